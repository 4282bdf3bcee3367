import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileSource } from './compile.js';
import { formatBriefMarkdown } from './format/format-markdown.js';
import type { CompileResult } from './types.js';
import { validateBrief } from './validate.js';

const runs = { numRuns: 150 };

function wellFormed(result: CompileResult) {
  expect(Array.isArray(result.diagnostics)).toBe(true);
  for (const d of result.diagnostics) {
    expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
  }
  if (result.brief) expect(validateBrief(result.brief).brief).toBeDefined();
}

const markdownPiece = fc.constantFrom(
  '# ',
  '## ',
  '### ',
  '> ',
  '- ',
  '1. ',
  '*',
  '**',
  '_',
  '`',
  '```',
  '```key-facts\n',
  '[',
  ']',
  '(',
  ')',
  '![',
  '<b>',
  '<!--',
  '-->',
  '---\n',
  '\n',
  '\n\n',
  '\t',
  '    ',
  '|',
  '[x][src-a]',
  '[y](actor:a)',
  '(quote:b)',
  '[^1]',
  ': ',
  '{#id}',
  '— ',
  '\r\n',
  'word ',
  '&amp;',
  '\\',
  '"',
  "'",
  'é',
  '\u202E',
);
const markdownText = fc
  .array(fc.oneof(markdownPiece, fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((a) => a.join(''));
const base = formatBriefMarkdown(fullBrief);

describe('nothing makes the validator throw', () => {
  test('arbitrary strings in every format', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.constantFrom('markdown', 'yaml', 'json') as fc.Arbitrary<'markdown' | 'yaml' | 'json'>,
        (text, format) => {
          wellFormed(compileSource(text, { format }));
        },
      ),
      runs,
    );
  });

  test('arbitrary Markdown bodies after a valid front matter, and spliced into a real brief', () => {
    fc.assert(
      fc.property(markdownText, fc.nat(), (body, at) => {
        wellFormed(
          compileSource(`${formatBriefMarkdown(minimalBrief).split('\n\n')[0]}\n\n${body}`, {
            format: 'markdown',
          }),
        );
        const cut = at % base.length;
        wellFormed(compileSource(base.slice(0, cut) + body + base.slice(cut), { format: 'markdown' }));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  test('arbitrary JSON values, as values and as text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateBrief(value);
        expect(result.brief).toBeUndefined();
        wellFormed(compileSource(JSON.stringify(value) ?? 'null', { format: 'json' }));
        wellFormed(compileSource(JSON.stringify(value) ?? 'null', { format: 'yaml' }));
      }),
      runs,
    );
  });

  test('arbitrary changes to a valid brief', () => {
    const keys = fc.constantFrom(
      'id',
      'title',
      'date',
      'sources',
      'entity',
      'source',
      'text',
      'marks',
      'type',
      'content',
      'url',
      'href',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), keys, fc.jsonValue()), { maxLength: 5 }), (edits) => {
        const doc = structuredClone(fullBrief) as unknown as Record<string, unknown>;
        const nodes: Record<string, unknown>[] = [];
        const collect = (v: unknown) => {
          if (Array.isArray(v)) v.forEach(collect);
          else if (v && typeof v === 'object') {
            nodes.push(v as Record<string, unknown>);
            Object.values(v).forEach(collect);
          }
        };
        collect(doc);
        for (const [i, key, value] of edits) nodes[i % nodes.length]![key] = value;
        const result = validateBrief(doc);
        for (const d of result.diagnostics) expect(typeof d.message).toBe('string');
      }),
      runs,
    );
  });
});
