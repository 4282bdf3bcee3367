// Measures the validator against JSON.parse on the same machine in the same run (ratios, not times):
// (JSON.parse + validateBrief) / JSON.parse for a ~30 KB and a ~3 MB brief, and how the cost grows from a
// brief to one 100 times its size. Exits non-zero when a budget is exceeded. Run after `pnpm build`.
import { validateBrief } from '../dist/index.js';
import { generateBrief, unitsFor } from './generate-brief.mjs';

const BUDGET_RATIO = 2.0;
const BUDGET_GROWTH = 110;

/** Time of `fn` per call, in ms, over `reps` calls. */
function time(fn, reps) {
  const start = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return (performance.now() - start) / reps;
}

/**
 * Runs `rounds` rounds; each times every function back to back, so load from other processes hits both sides
 * of a ratio alike. The order alternates from round to round: a call leaves garbage behind, and whichever call
 * comes next pays for collecting it — with a 3 MB document, a fixed order shifts a ratio by a quarter one way
 * or the other. Returns the mean time of each and their ratios to the first: over both orders, each side
 * carries the collections its own allocations cause.
 */
function compare(fns, { rounds, reps }) {
  for (let i = 0; i < 3; i++) for (const fn of fns) time(fn, reps);
  const times = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const order = fns.map((_, j) => (r % 2 === 0 ? j : fns.length - 1 - j));
    for (const j of order) times[j].push(time(fns[j], reps));
  }
  const means = times.map((ts) => ts.reduce((a, b) => a + b, 0) / ts.length);
  return { times: means, ratios: means.map((m) => m / means[0]) };
}

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
  { name: '~30 KB', json: text(small), reps: 50 },
  { name: '~3 MB', json: text(small * 100), reps: 1 },
];

const rows = docs.map((doc) => {
  const { times, ratios } = compare([() => JSON.parse(doc.json), () => validateBrief(JSON.parse(doc.json))], {
    rounds: 32,
    reps: doc.reps,
  });
  return {
    document: doc.name,
    bytes: doc.json.length,
    'JSON.parse ms': times[0].toFixed(3),
    'parse+validate ms': times[1].toFixed(3),
    ratio: Number(ratios[1].toFixed(2)),
    budget: `≤ ${BUDGET_RATIO.toFixed(1)}`,
  };
});

// Growth: the 100x document against 100 runs of the 1x one, back to back in each round.
const [smallDoc, bigDoc] = docs.map((doc) => JSON.parse(doc.json));
const growth = compare([() => validateBrief(smallDoc), () => validateBrief(bigDoc)], { rounds: 22, reps: 1 })
  .ratios[1];
const bytes = docs[1].json.length / docs[0].json.length;

console.log(
  '@briefkit/validator: parse + validate vs JSON.parse (mean of rounds in both orders, one process)',
);
console.table(rows);
console.log(
  `100x document / 1x: ${growth.toFixed(1)} (${bytes.toFixed(1)}x the bytes; budget ≤ ${BUDGET_GROWTH})`,
);

const over = rows
  .filter((r) => r.ratio > BUDGET_RATIO)
  .map((r) => `${r.document} ratio ${r.ratio} > ${BUDGET_RATIO}`);
if (growth > BUDGET_GROWTH) over.push(`growth ${growth.toFixed(1)} > ${BUDGET_GROWTH}`);
if (over.length) {
  console.error(`over budget: ${over.join('; ')}`);
  process.exit(1);
}
console.log('within budget');
