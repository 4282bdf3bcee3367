import { Brief } from '@briefkit/schema';
import { fullBrief, invalidFixtures, minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { compileAssert, UnsupportedSchema } from './compile-assert.js';

type Path = (string | number)[];

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every path to an object, array or value inside `value`. */
function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...at, i])));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...at, key]));
  }
  return out;
}

function setAt(
  doc: unknown,
  path: Path,
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
) {
  let parent = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path[path.length - 1]!);
}

// Values that sit on the edges of the checks: empty and one-code-point strings (a surrogate pair is two UTF-16
// units), non-finite numbers, wrong types, an explicit undefined.
const replacements: unknown[] = ['', '\u{1F600}', 'TJ', -91, Number.NaN, null, [], undefined];

describe('compileAssert', () => {
  const check = compileAssert(Brief);

  test('compiles the brief schema (else every brief would take the slow path)', () => {
    expect(() => compileAssert(Brief)).not.toThrow();
  });

  test('agrees with zod on the fixtures', () => {
    for (const doc of [minimalBrief, fullBrief]) expect(check(structuredClone(doc))).toBe(true);
    for (const fixture of invalidFixtures) {
      expect(check(structuredClone(fixture.doc))).toBe(Brief.safeParse(structuredClone(fixture.doc)).success);
    }
  });

  test('agrees with zod on every field of the full brief replaced, removed or joined by an unknown key', () => {
    let compared = 0;
    for (const path of paths(fullBrief)) {
      if (path.length === 0) continue;
      const variants: unknown[] = replacements.map((value) => {
        const doc = clone(fullBrief);
        setAt(doc, path, (parent, key) => {
          parent[key] = value;
        });
        return doc;
      });
      const removed = clone(fullBrief);
      setAt(removed, path, (parent, key) => {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
      });
      variants.push(removed);
      const extra = clone(fullBrief);
      setAt(extra, path, (parent, key) => {
        const value = parent[key];
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
          (value as Record<string, unknown>).unexpected = 1;
        }
      });
      variants.push(extra);
      for (const doc of variants) {
        expect(check(doc), path.join('.')).toBe(Brief.safeParse(doc).success);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
    // About ten thousand documents through zod: two seconds alone, many more when the whole suite shares the
    // machine's cores with the browser tests.
  }, 120_000);

  test("honours an object's refinement, as zod does (a figure needs a quantity or estimates)", () => {
    const schema = z
      .strictObject({ a: z.number().optional(), b: z.number().optional() })
      .refine((v) => v.a !== undefined || v.b !== undefined);
    const check = compileAssert(schema);
    for (const value of [{}, { a: 1 }, { b: 2 }, { a: 'x' }, { c: 1 }]) {
      expect(check(value), JSON.stringify(value)).toBe(schema.safeParse(value).success);
    }
    expect(() =>
      compileAssert(z.strictObject({ a: z.number() }).refine((v) => v.a > 0, { when: () => true })),
    ).toThrow(UnsupportedSchema);
  });

  test('refuses constructs it cannot test exactly', () => {
    expect(() => compileAssert(z.object({ a: z.string() }))).toThrow(UnsupportedSchema);
    expect(() => compileAssert(z.strictObject({ a: z.string().default('x') }))).toThrow(UnsupportedSchema);
    expect(() => compileAssert(z.strictObject({ a: z.string().refine((s) => s !== 'x') }))).toThrow(
      UnsupportedSchema,
    );
  });
});
