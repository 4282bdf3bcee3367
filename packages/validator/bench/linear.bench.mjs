// The validator's work grows linearly with its input: for each input, one run on 10n against ten runs on n, in
// interleaved rounds (so fixed costs and load from other processes weigh the same on both sides). Linear work
// gives 1×; a quadratic step gives about 10×. The budget, 3×, leaves room for a shared, noisy machine while
// still catching any superlinear step. Also 100 000 events against 10 000 (the resource-limits case).
// Run after `pnpm build`: node bench/linear.bench.mjs
import { fullBrief } from '@briefkit/schema/fixtures';
import { compileSource, formatBriefMarkdown, validateBrief } from '../dist/index.js';

const BUDGET = 3;
const frontMatter = formatBriefMarkdown(fullBrief);

function scaled(n) {
  const brief = structuredClone(fullBrief);
  const event = brief.events[0];
  const source = brief.sources[0];
  brief.events = Array.from({ length: n }, (_, i) => ({
    ...event,
    id: `e-${i}`,
    title: `Event ${i} <b>&</b>`,
  }));
  brief.sources = [...brief.sources, ...Array.from({ length: n }, (_, i) => ({ ...source, id: `s-${i}` }))];
  brief.sections = [
    ...brief.sections,
    {
      id: 'more',
      title: 'More',
      content: Array.from({ length: n }, (_, i) => ({
        type: 'paragraph',
        content: [
          { type: 'text', text: `Paragraph ${i} with *stars*, [brackets] and <tags>.` },
          { type: 'citation', source: `s-${i}` },
        ],
      })),
    },
  ];
  return brief;
}

function withEvents(n) {
  const brief = structuredClone(fullBrief);
  const event = brief.events[0];
  const more = Array.from({ length: n - brief.events.length }, (_, i) => ({
    ...event,
    id: `event-${i}`,
    title: `Event number ${i}`,
  }));
  brief.events = [...brief.events, ...more];
  return brief;
}

const small = scaled(100);
const large = scaled(1_000);
const asText = {
  markdown: formatBriefMarkdown,
  json: (b) => JSON.stringify(b, null, 2),
  yaml: (b) => JSON.stringify(b, null, 1),
};

/** [name, run on n, run on 10n]. */
const cases = [
  ['validateBrief', () => validateBrief(small), () => validateBrief(large)],
  ...Object.entries(asText).map(([format, text]) => {
    const [a, b] = [text(small), text(large)];
    return [
      `compileSource (${format})`,
      () => compileSource(a, { format }),
      () => compileSource(b, { format }),
    ];
  }),
];

// Inputs that make naive parsers backtrack or rescan, n and 10n times.
const pathological = [
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
  const [a, b] = [make(2_000), make(20_000)];
  cases.push([
    `${format} with ${name}`,
    () => compileSource(a, { format }),
    () => compileSource(b, { format }),
  ]);
}

function tenTimes(fn) {
  for (let i = 0; i < 10; i++) fn();
}

/** Export for the combined runner: records every case in `bench`. */
export async function runLinear(bench, interleave) {
  for (const [name, runSmall, runLarge] of cases) {
    await bench.check(
      `linear: ${name}`,
      async () => {
        const [, ten] = await interleave([() => tenTimes(runSmall), runLarge], { rounds: 5, warmup: 1 });
        return { ratio: ten.ratio };
      },
      { budget: BUDGET, digits: 2 },
    );
  }
  // 100 000 events against 10 000: ten times the events, one call each.
  const [tenK, hundredK] = [withEvents(10_000), withEvents(100_000)];
  await bench.check(
    'linear: validateBrief, 100 000 events vs 10 × 10 000',
    async () => {
      const [, big] = await interleave(
        [() => tenTimes(() => validateBrief(tenK)), () => validateBrief(hundredK)],
        {
          rounds: 3,
          warmup: 1,
        },
      );
      return { ratio: big.ratio };
    },
    { budget: BUDGET, digits: 2 },
  );
}
