// Fuzzing with bounded runs: arbitrary JSON, arbitrary YAML and Markdown text, and schema-valid generated
// briefs. The validator never fails inside (its catch-all `internal-error` never fires), every diagnostic is
// located, and its work grows linearly: the time for 10n inputs over the time for n stays near 10.
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
function scaled(n: number) {
  const brief = structuredClone(fullBrief);
  const event = brief.events![0]!;
  const source = brief.sources![0]!;
  brief.events = Array.from({ length: n }, (_, i) => ({
    ...event,
    id: `e-${i}`,
    title: `Event ${i} <b>&</b>`,
  }));
  brief.sources = [...brief.sources!, ...Array.from({ length: n }, (_, i) => ({ ...source, id: `s-${i}` }))];
  brief.sections = [
    ...brief.sections,
    {
      id: 'more',
      title: 'More',
      content: Array.from({ length: n }, (_, i) => ({
        type: 'paragraph' as const,
        content: [
          { type: 'text' as const, text: `Paragraph ${i} with *stars*, [brackets] and <tags>.` },
          { type: 'citation' as const, source: `s-${i}` },
        ],
      })),
    },
  ];
  return brief;
}

/** Median wall time of `fn` over a few runs (one-run ratios are what the budget speaks of, medians calm noise). */
function time(fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[1]!;
}

// Linear work gives 10; a quadratic step gives ~100. The bound is generous for a shared, noisy machine.
// Measured as one run of 10n against ten runs of n, so fixed costs and timer noise weigh the same on both sides.
const LINEAR_BOUND = 30;

function tenTimes(fn: () => void): void {
  for (let i = 0; i < 10; i++) fn();
}

// Timing ratios (n vs 10n in one run) are a benchmark, not a unit test: a loaded machine makes them noisy. CI runs
// them in its benchmark step (`BRIEFKIT_TIMING=1`, see .ci/run) and reports the figures; `pnpm test` skips them.
describe.skipIf(!process.env.BRIEFKIT_TIMING)('the validator works in linear time', () => {
  const small = scaled(100);
  const large = scaled(1_000);
  const inputs: [string, () => void, () => void][] = [
    ['validateBrief', () => validateBrief(small), () => validateBrief(large)],
    ...formats.map((format): [string, () => void, () => void] => {
      const a =
        format === 'markdown'
          ? formatBriefMarkdown(small)
          : format === 'json'
            ? JSON.stringify(small, null, 2)
            : JSON.stringify(small, null, 1);
      const b =
        format === 'markdown'
          ? formatBriefMarkdown(large)
          : format === 'json'
            ? JSON.stringify(large, null, 2)
            : JSON.stringify(large, null, 1);
      return [
        `compileSource (${format})`,
        () => compileSource(a, { format }),
        () => compileSource(b, { format }),
      ];
    }),
  ];
  for (const [name, runSmall, runLarge] of inputs) {
    it(`${name}: 10× the events, paragraphs and sources takes at most ~${LINEAR_BOUND / 10}× linear time`, () => {
      runSmall(); // warm-up: compilation of the validator's own code is not part of the measure
      const ratio = time(runLarge) / time(() => tenTimes(runSmall));
      expect(ratio).toBeLessThan(LINEAR_BOUND / 10);
    }, 60_000);
  }

  // Inputs that make naive parsers backtrack or rescan: each repeated n and 10n times.
  const pathological: [string, SourceFormat, (n: number) => string][] = [
    ['open brackets', 'markdown', (n) => `${frontMatter}\n${'['.repeat(n)}\n`],
    ['emphasis runs', 'markdown', (n) => `${frontMatter}\n${'*a_'.repeat(n)}\n`],
    ['backslashes', 'markdown', (n) => `${frontMatter}\n${'\\'.repeat(n)}x\n`],
    ['unclosed links', 'markdown', (n) => `${frontMatter}\n${'[a]('.repeat(n)}\n`],
    ['angle brackets', 'markdown', (n) => `${frontMatter}\n${'<a '.repeat(n)}\n`],
    ['quote markers', 'markdown', (n) => `${frontMatter}\n${'> x\n'.repeat(n)}\n`],
    [
      'paragraphs full of emphasis',
      'markdown',
      (n) => `${frontMatter}\n${`${'*a_'.repeat(200)}\n\n`.repeat(n / 200)}`,
    ],
    [
      'paragraphs full of brackets',
      'markdown',
      (n) => `${frontMatter}\n${`${'[a]('.repeat(400)}\n\n`.repeat(n / 400)}`,
    ],
    ['flow mappings', 'yaml', (n) => `a${'{b: '.repeat(40)}1${'}'.repeat(40)}\n`.repeat(n / 40)],
    ['long plain scalar', 'yaml', (n) => `title: ${'word '.repeat(n)}\n`],
    ['many keys', 'yaml', (n) => Array.from({ length: n }, (_, i) => `k${i}: v`).join('\n')],
    ['long string', 'json', (n) => `{"title": "${'\\u00e9'.repeat(n)}"}`],
  ];
  for (const [name, format, make] of pathological) {
    it(`${format} with ${name}: 10n takes at most ~${LINEAR_BOUND / 10}× the linear time of n`, () => {
      const a = make(2_000);
      const b = make(20_000);
      compileSource(a, { format });
      const ratio =
        time(() => compileSource(b, { format })) / time(() => tenTimes(() => compileSource(a, { format })));
      expect(ratio).toBeLessThan(LINEAR_BOUND / 10);
    }, 60_000);
  }
});

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
