// Fuzzing with bounded runs: arbitrary JSON, arbitrary YAML and Markdown text, and schema-valid generated
// briefs. The validator never fails inside (its catch-all `internal-error` never fires), every diagnostic is
// located, and pathological Markdown is refused at its line.
import { checkBrief } from '@briefkit/schema';
import { fullBrief } from '@briefkit/schema/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../compile.js';
import { formatBriefMarkdown } from '../format/format-markdown.js';
import type { Diagnostic, SourceFormat } from '../types.js';
import { validateBrief } from '../validate.js';
import { briefArbitrary } from './brief-arbitrary.js';

const runs = { numRuns: 120 };
const formats: SourceFormat[] = ['markdown', 'yaml', 'json'];

function sound(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(d.rule, d.message).not.toBe('internal-error');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message).not.toMatch(/\n\s+at /);
  }
}

const yamlPiece = fc.constantFrom(
  ': ',
  '- ',
  '? ',
  '&a ',
  '*a',
  '!!str ',
  '!!binary ',
  '!<tag:x> ',
  '%YAML 1.2\n',
  '---\n',
  '...\n',
  '|\n',
  '>-\n',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  "'",
  '#',
  '\n',
  '  ',
  '\t',
  '<<: *a\n',
  'formatVersion',
  'sections',
  '1.0',
  '2015-09-04',
  'null',
  '~',
  '0x1F',
  '.inf',
  '\ufeff',
  '\u202e',
);
const markdownPiece = fc.constantFrom(
  '# ',
  '## ',
  '> ',
  '- ',
  '1. ',
  '*',
  '**',
  '_',
  '`',
  '```\n',
  '[',
  '](',
  ')',
  '][',
  '![',
  '<',
  '>',
  '<!--',
  '-->',
  '&amp;',
  '&#',
  '\\',
  '---\n',
  '\n',
  '\n\n',
  '    ',
  '|',
  '[^1]',
  '(actor:x)',
  '[x][src-y]',
  'javascript:',
  '<script>',
  '\u202e',
  '\u200b',
);
const textOf = (piece: fc.Arbitrary<string>) =>
  fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 80 }).map((a) => a.join(''));
const frontMatter = formatBriefMarkdown(fullBrief);

describe('the validator never fails on arbitrary input', () => {
  it('arbitrary JSON values, as values and as JSON and YAML text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        sound(validateBrief(value).diagnostics);
        const text = JSON.stringify(value) ?? 'null';
        sound(compileSource(text, { format: 'json' }).diagnostics);
        sound(compileSource(text, { format: 'yaml' }).diagnostics);
      }),
      runs,
    );
  });

  it('arbitrary YAML-ish text, alone and as front matter', () => {
    fc.assert(
      fc.property(textOf(yamlPiece), (text) => {
        sound(compileSource(text, { format: 'yaml' }).diagnostics);
        sound(compileSource(`---\n${text}\n---\n\nLede.\n`, { format: 'markdown' }).diagnostics);
      }),
      runs,
    );
  });

  it('arbitrary Markdown-ish text, alone and as the body of a valid brief', () => {
    fc.assert(
      fc.property(textOf(markdownPiece), (text) => {
        sound(compileSource(text, { format: 'markdown' }).diagnostics);
        sound(compileSource(`${frontMatter}\n${text}\n`, { format: 'markdown' }).diagnostics);
      }),
      runs,
    );
  });

  it('schema-valid generated briefs: no schema error, no internal error, and the .brief.md form compiles back', () => {
    fc.assert(
      fc.property(briefArbitrary, (brief) => {
        expect(checkBrief(brief).ok).toBe(true);
        const checked = validateBrief(brief);
        sound(checked.diagnostics);
        expect(checked.diagnostics.filter((d) => d.rule === 'schema')).toEqual([]);
        for (const format of formats) {
          const text =
            format === 'markdown'
              ? formatBriefMarkdown(brief)
              : format === 'json'
                ? JSON.stringify(brief)
                : JSON.stringify(brief, null, 2);
          sound(compileSource(text, { format }).diagnostics);
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** A valid brief with about `n` events, paragraphs and sources (unique ids, references that resolve). */
// How the work grows with the input (n against 10n, the pathological inputs among them) is measured by the
// benchmark, bench/linear.bench.mjs: timings belong there, not in a unit test on a shared machine.

describe('limits that keep Markdown parsing linear', () => {
  it('a paragraph crowded with emphasis markers or brackets is refused at its line, in no time', () => {
    for (const crowd of [
      '*a_'.repeat(100_000),
      '[a]('.repeat(100_000),
      '_'.repeat(1) + ' x_'.repeat(5_000),
    ]) {
      const source = `${frontMatter}\nA normal paragraph.\n\n${crowd}\n`;
      const result = compileSource(source, { file: 'crowded.brief.md' });
      const limit = result.diagnostics.find((d) => d.rule === 'input-limit');
      expect(limit?.message).toContain('split it into paragraphs');
      expect(source.split('\n')[limit!.line - 1]).toBe(crowd);
    }
  });

  it('ordinary prose with emphasis and links is far below the limit', () => {
    const prose = Array.from(
      { length: 250 },
      (_, i) => `*Word* ${i} [link](https://example.org/${i}) _and_ **more**.`,
    ).join(' ');
    const result = compileSource(`${frontMatter}\n${prose}\n`);
    expect(result.diagnostics.filter((d) => d.rule === 'input-limit')).toEqual([]);
  });
});
