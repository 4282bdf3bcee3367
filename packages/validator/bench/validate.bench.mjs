// Measures the validator against JSON.parse on the same machine in the same run (ratios, not times):
// (JSON.parse + validateBrief) / JSON.parse for a ~30 KB and a ~3 MB brief, how the cost grows from a brief to
// one 100 times its size, and that every input grows linearly (bench/linear.bench.mjs). Figures go to
// bench/results.json; a missed budget is printed, measured twice, and does not change the exit code.
// Run after `pnpm build`: node bench/validate.bench.mjs
import { fileURLToPath } from 'node:url';
import { benchResults, interleave } from '../../../scripts/bench-kit.mjs';
import { validateBrief } from '../dist/index.js';
import { generateBrief, unitsFor } from './generate-brief.mjs';
import { runLinear } from './linear.bench.mjs';

const BUDGET_RATIO = 2.0;
const BUDGET_GROWTH = 110;

function text(units) {
  const json = JSON.stringify(generateBrief({ units }));
  const check = validateBrief(JSON.parse(json));
  if (!check.brief || check.diagnostics.some((d) => d.severity === 'error')) {
    console.error('the generated brief is not valid:', check.diagnostics.slice(0, 3));
    process.exit(2);
  }
  return json;
}

const small = unitsFor(30);
const docs = [
  { key: 'validate30kb', name: '~30 KB', json: text(small), reps: 50 },
  { key: 'validate3mb', name: '~3 MB', json: text(small * 100), reps: 1 },
];
const bench = benchResults('@briefkit/validator');

console.log('@briefkit/validator: median of per-round ratios [interquartile range], baseline interleaved');
for (const doc of docs) {
  await bench.check(
    doc.key,
    async () => {
      const [parse, both] = await interleave(
        [() => JSON.parse(doc.json), () => validateBrief(JSON.parse(doc.json))],
        { rounds: 31, reps: doc.reps, warmup: 3 },
      );
      return { ratio: both.ratio, bytes: doc.json.length, jsonParseMs: Number(parse.ms.toFixed(3)) };
    },
    { budget: BUDGET_RATIO, digits: 2, note: `(JSON.parse + validateBrief) / JSON.parse, ${doc.name} brief` },
  );
}

// Growth: the 100× document against the 1× one, one call each, interleaved (each call then meets the caches
// and heap the other left, as calls in a server do). The floor is JSON.parse's own growth, measured alike.
const [smallDoc, bigDoc] = docs.map((doc) => JSON.parse(doc.json));
const parseGrowth = (
  await interleave([() => JSON.parse(docs[0].json), () => JSON.parse(docs[1].json)], {
    rounds: 21,
    warmup: 2,
  })
)[1].ratio.median;
await bench.check(
  'growth100x',
  async () => {
    const [, big] = await interleave([() => validateBrief(smallDoc), () => validateBrief(bigDoc)], {
      rounds: 21,
      warmup: 2,
    });
    return { ratio: big.ratio, bytesRatio: Number((docs[1].json.length / docs[0].json.length).toFixed(1)) };
  },
  {
    budget: BUDGET_GROWTH,
    floor: parseGrowth,
    digits: 1,
    note: 'validateBrief of a 100× brief / 1×; linear = 100; floor: JSON.parse of the same two',
  },
);

await runLinear(bench, interleave);
bench.write(fileURLToPath(new URL('./results.json', import.meta.url)));
