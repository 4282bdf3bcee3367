// The benchmarks' shared measuring rules (scripts/bench-kit.mjs), with stand-in measurements: the median of
// per-round ratios, a second measurement before a budget is called missed, and the figures written as JSON.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { benchResults, interleave, summarize } from '../scripts/bench-kit.mjs';

interface Ratio {
  median: number;
  p25: number;
  p75: number;
}
const ratio = (median: number): { ratio: Ratio } => ({ ratio: { median, p25: median, p75: median } });

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('bench-kit', () => {
  it('summarizes a list by its median and interquartile range, whatever its order', () => {
    expect(summarize([5, 1, 3, 2, 4])).toEqual({ median: 3, p25: 2, p75: 4, min: 1, max: 5 });
    expect(summarize([10, 20]).median).toBe(15);
  });

  it('times every function in each round, baseline first, alternating the order from round to round', async () => {
    const calls: string[] = [];
    const [base, other] = await interleave([() => calls.push('a'), () => calls.push('b')], {
      rounds: 4,
      warmup: 1,
    });
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'b', 'a', 'a', 'b', 'b', 'a']);
    expect(base.ratio.median).toBe(1);
    expect(other.ratio.median).toBeGreaterThan(0);
  });

  it('measures a ratio over budget once more, and calls it missed only when both measurements miss', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const bench = benchResults('test');
    const noisy = vi.fn().mockResolvedValueOnce(ratio(2.5)).mockResolvedValueOnce(ratio(1.4));
    const slow = vi.fn().mockResolvedValue(ratio(3));
    const fast = vi.fn().mockResolvedValue(ratio(1.2));
    expect(await bench.check('noisy', noisy, { budget: 2 })).toMatchObject({
      ratio: 1.4,
      met: true,
      remeasured: true,
    });
    expect(await bench.check('slow', slow, { budget: 2 })).toMatchObject({
      ratio: 3,
      met: false,
      remeasured: true,
    });
    expect(await bench.check('fast', fast, { budget: 2, floor: 1.1 })).toMatchObject({
      ratio: 1.2,
      met: true,
      floor: 1.1,
    });
    expect(noisy).toHaveBeenCalledTimes(2);
    expect(slow).toHaveBeenCalledTimes(2);
    expect(fast).toHaveBeenCalledTimes(1);
    // A floor-type budget (at least so many per second) is missed from below.
    const rate = vi.fn().mockResolvedValue(ratio(15));
    expect(await bench.check('rate', rate, { budget: 20, atLeast: true })).toMatchObject({ met: false });
  });

  it('writes every figure to results.json and names the missed budgets in its closing line', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const dir = mkdtempSync(join(tmpdir(), 'bench-kit-'));
    dirs.push(dir);
    const bench = benchResults('@briefkit/example');
    await bench.check('within', async () => ({ ...ratio(1.5), bytes: 30_000 }), { budget: 2 });
    await bench.check('over', async () => ratio(9), { budget: 2 });
    const over = bench.write(join(dir, 'bench', 'results.json'));
    expect(over).toEqual(['over']);
    const written = JSON.parse(readFileSync(join(dir, 'bench', 'results.json'), 'utf8'));
    expect(written).toEqual({
      within: { ratio: 1.5, spread: [1.5, 1.5], budget: 2, met: true, bytes: 30_000 },
      over: { ratio: 9, spread: [9, 9], budget: 2, met: false, remeasured: true },
    });
    expect(log.mock.calls.at(-1)?.[0]).toMatch(/^@briefkit\/example: OVER BUDGET: over/);
    expect(log.mock.calls.some(([line]) => /^over: 9 .*OVER BUDGET$/.test(String(line)))).toBe(true);
  });
});
