// What every benchmark in the repository shares, so their figures mean the same thing and survive a loaded
// machine:
//   - a ratio is always measured against its baseline in the same process, the two interleaved round by round
//     (the order alternates, so the garbage one call leaves is collected on both sides alike);
//   - the figure is the median of the per-round ratios, reported with its spread (the interquartile range);
//   - a ratio over its budget is measured once more before it is reported as over;
//   - every figure goes to `bench/results.json` of its package, `{ name: { ratio, budget, … } }`;
//   - a missed budget is printed as such and leaves the exit code at 0 (budgets are tracked by these figures,
//     not by failing a build); a benchmark that cannot run at all exits non-zero.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Median and interquartile range of a list of numbers. */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => {
    const i = (sorted.length - 1) * q;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
  };
  return { median: at(0.5), p25: at(0.25), p75: at(0.75), min: sorted[0], max: sorted.at(-1) };
}

/** Milliseconds per call of `fn`, over `reps` calls (awaiting each call when `fn` returns a promise). */
export async function timeOf(fn, reps = 1) {
  const start = performance.now();
  for (let i = 0; i < reps; i++) {
    const out = fn();
    if (out && typeof out.then === 'function') await out;
  }
  return (performance.now() - start) / reps;
}

/**
 * Times `fns` (the first is the baseline) in `rounds` interleaved rounds, after `warmup` rounds that are not
 * counted. Returns, for each function, the median time per call and the median and spread of its per-round ratio
 * to the baseline. `reps` is either one number or one per function (a function doing 1/10 of the work of another
 * may be called ten times as often).
 */
export async function interleave(fns, { rounds = 15, reps = 1, warmup = 2 } = {}) {
  const repsOf = (j) => (Array.isArray(reps) ? reps[j] : reps);
  for (let w = 0; w < warmup; w++) for (let j = 0; j < fns.length; j++) await timeOf(fns[j], repsOf(j));
  const times = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const order = fns.map((_, j) => (r % 2 === 0 ? j : fns.length - 1 - j));
    for (const j of order) times[j].push(await timeOf(fns[j], repsOf(j)));
  }
  return fns.map((_, j) => {
    const ratios = times[j].map((t, r) => t / times[0][r]);
    return { ms: summarize(times[j]).median, ratio: summarize(ratios) };
  });
}

const round = (x, digits) => Number(x.toFixed(digits));

/**
 * The results of one benchmark run: `check` records a ratio against its budget, measuring it again once when the
 * first measurement is over; `write` saves them all to the package's `bench/results.json` and prints a verdict.
 */
export function benchResults(title) {
  const results = {};
  const over = [];
  return {
    results,
    /**
     * `measure` returns `{ ratio: { median, p25, p75 }, ...extra }`; `budget` is the highest ratio allowed
     * (or, with `atLeast: true`, the lowest). `floor` is what the same measure costs with none of our code.
     */
    async check(name, measure, { budget, atLeast = false, floor, digits = 3, note } = {}) {
      const missed = (r) => (atLeast ? r < budget : r > budget);
      let m = await measure();
      let remeasured = false;
      if (budget !== undefined && missed(m.ratio.median)) {
        remeasured = true;
        const again = await measure();
        // The better of the two: a budget is missed only when a second, independent measurement misses too.
        if (atLeast ? again.ratio.median > m.ratio.median : again.ratio.median < m.ratio.median) m = again;
      }
      const { ratio, ...extra } = m;
      const entry = {
        ratio: round(ratio.median, digits),
        spread: [round(ratio.p25, digits), round(ratio.p75, digits)],
        ...(budget !== undefined ? { budget } : {}),
        ...(floor !== undefined ? { floor: round(floor, digits) } : {}),
        ...(budget !== undefined ? { met: !missed(ratio.median) } : {}),
        ...(remeasured ? { remeasured } : {}),
        ...(note ? { note } : {}),
        ...extra,
      };
      results[name] = entry;
      const bound = budget === undefined ? '' : ` (budget ${atLeast ? '≥' : '≤'} ${budget})`;
      const floorText = floor === undefined ? '' : `, floor ${round(floor, digits)}`;
      const verdict = budget === undefined ? '' : entry.met ? '  ok' : '  OVER BUDGET';
      console.log(
        `${name}: ${entry.ratio} [${entry.spread.join('–')}]${bound}${floorText}${remeasured ? ', measured twice' : ''}${verdict}`,
      );
      if (entry.met === false) over.push(name);
      return entry;
    },
    /** Writes `results.json` beside the benchmark (`file` is its path) and prints one closing line. */
    write(file) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
      if (over.length) console.log(`${title}: OVER BUDGET: ${over.join(', ')} (figures in ${file})`);
      else console.log(`${title}: every budget met (figures in ${file})`);
      return over;
    },
  };
}
