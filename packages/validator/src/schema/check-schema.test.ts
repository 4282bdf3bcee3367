import { Brief, checkBrief } from '@briefkit/schema';
import { fullBrief, invalidFixtures, minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, test } from 'vitest';
import { checkSchema } from './check-schema.js';

describe('checkSchema', () => {
  test('accepts the valid fixtures and returns them unchanged', () => {
    for (const doc of [minimalBrief, fullBrief]) {
      const result = checkSchema(structuredClone(doc));
      expect(result.issues).toEqual([]);
      expect(result.brief).toEqual(Brief.parse(doc));
    }
  });

  test.each(invalidFixtures.map((f) => [f.name, f] as const))(
    'agrees with the schema package on "%s"',
    (_name, fixture) => {
      const ours = checkSchema(structuredClone(fixture.doc));
      const theirs = checkBrief(structuredClone(fixture.doc));
      expect(ours.brief).toBeUndefined();
      expect(theirs.ok).toBe(false);
      expect(ours.issues).toEqual(theirs.issues);
    },
  );

  test('an unknown field names the key so it can be pointed at', () => {
    const result = checkSchema({ ...structuredClone(minimalBrief), summary: 'x' });
    expect(result.issues[0]).toMatchObject({ code: 'unknown-field', key: 'summary', path: [] });
  });

  test('sections nested past the limit are refused without deep recursion', () => {
    const doc = structuredClone(minimalBrief) as Brief;
    let list = doc.sections;
    for (let i = 0; i < 10_000; i++) {
      const section = { id: `s${i}`, title: 'S', content: [], sections: [] as Brief['sections'] };
      list.push(section);
      list = section.sections;
    }
    const result = checkSchema(doc);
    expect(result.brief).toBeUndefined();
    expect(result.issues[0]?.code).toBe('too-deep');
  });

  test('a cyclic value is an issue, not a crash', () => {
    const doc = structuredClone(minimalBrief) as unknown as { sections: unknown[] };
    const section = { id: 'a', title: 'A', content: [], sections: [] as unknown[] };
    section.sections.push(section);
    doc.sections = [section];
    expect(checkSchema(doc).brief).toBeUndefined();
  });
});
