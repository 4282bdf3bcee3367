import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Brief, Span } from '@briefkit/schema';
import { contestedBrief, fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileSource } from '../compile.js';
import { formatBriefMarkdown } from './format-markdown.js';

/** Just enough entities for the spans the property test writes. */
const small: Brief = {
  ...structuredClone(minimalBrief),
  actors: [{ id: 'rahmon', kind: 'person', name: 'Emomali Rahmon' }],
  places: [{ id: 'dushanbe', name: 'Dushanbe' }],
  events: [{ id: 'civil-war', title: 'Civil war', date: '1992/1997' }],
  sources: [{ id: 'src-civil-war', title: 'The civil war', url: 'https://example.org/civil-war' }],
};

const example = fileURLToPath(
  new URL('../../../../apps/tajikistan/src/tajikistan.brief.md', import.meta.url),
);

function roundTrip(brief: Brief): Brief | undefined {
  const result = compileSource(formatBriefMarkdown(brief), { format: 'markdown' });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.brief;
}

describe('formatBriefMarkdown', () => {
  test('minimalBrief compiles back to itself', () => {
    expect(roundTrip(minimalBrief)).toEqual(minimalBrief);
  });

  test('a brief with contested figures and tolls (format 1.1 estimates) compiles back to itself', () => {
    // The fixture's country is the fictional "ZZ", which only the country-code rule minds.
    const result = compileSource(formatBriefMarkdown(contestedBrief), {
      format: 'markdown',
      config: { rules: { 'country-code-unknown': 'off' } },
    });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.brief).toEqual(contestedBrief);
  });

  test('fullBrief (every block, span and entity) compiles back to itself', () => {
    expect(roundTrip(fullBrief)).toEqual(fullBrief);
  });

  test('section ids are written only where the title would not give them', () => {
    const text = formatBriefMarkdown(fullBrief);
    expect(text).toContain('## Background: civil war and rise of authoritarianism {#background}');
    expect(text).toContain('### Parliament\n');
  });

  test.runIf(existsSync(example))('the Tajikistan example brief survives compile → format → compile', () => {
    const first = compileSource(readFileSync(example, 'utf8'), { file: example });
    expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(roundTrip(first.brief!)).toEqual(first.brief);
  });

  test('arbitrary text, marks, citations and mentions survive the round trip', () => {
    // Text as an author could write it: no line breaks, no white space at the paragraph's edges.
    const words = fc
      .string({
        minLength: 1,
        maxLength: 12,
        unit: fc.constantFrom(...'ab *_`[]()<>#&\\!-+.:\'"|~=é'.split('')),
      })
      .filter((s) => s.trim() === s && s !== '');
    const marks = fc.subarray(['emphasis', 'strong', 'code'] as const);
    const span: fc.Arbitrary<Span> = fc.oneof(
      fc.record({ type: fc.constant('text' as const), text: words, marks }),
      fc.record({
        type: fc.constant('citation' as const),
        source: fc.constant('src-civil-war'),
        text: words,
      }),
      fc.record({
        type: fc.constant('mention' as const),
        entity: fc.constantFrom('rahmon', 'dushanbe', 'civil-war'),
        text: words,
      }),
      fc.record({
        type: fc.constant('link' as const),
        href: fc.constant('https://example.org/a_b(c)'),
        text: words,
      }),
    );
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 6 }), (spans) => {
        const content = spans.map((s) =>
          'marks' in s && s.marks?.length === 0 ? { type: s.type, text: (s as { text: string }).text } : s,
        ) as Span[];
        // Neighbouring spans of one kind and formatting are one span once written as text.
        const merged: Span[] = [];
        for (const s of content) {
          const last = merged[merged.length - 1];
          if (
            s.type === 'text' &&
            last?.type === 'text' &&
            JSON.stringify(last.marks ?? []) === JSON.stringify(s.marks ?? [])
          ) {
            merged[merged.length - 1] = { ...last, text: last.text + s.text };
          } else merged.push(s);
        }
        const brief = structuredClone(small);
        brief.sections[0]!.content.unshift({ type: 'paragraph', content: merged });
        const back = compileSource(formatBriefMarkdown(brief), { format: 'markdown' });
        expect(back.brief?.sections[0]?.content[0]).toEqual({ type: 'paragraph', content: merged });
      }),
      { numRuns: 100 },
    );
  });
});
