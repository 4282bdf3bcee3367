// Resource limits: alias bombs, 50 MB inputs, 10 000-deep nesting, 100 000 events. Each either completes or
// stops at a documented, configurable limit with a located `input-limit` diagnostic, and peak memory stays
// bounded (the process's peak resident size, read before and after). That the work grows linearly is measured
// by the benchmark (bench/linear.bench.mjs), not here: a loaded machine makes timings noise.
import type { Brief } from '@briefkit/schema';
import { fullBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../compile.js';
import { DEFAULT_LIMITS } from '../config.js';
import type { CompileResult } from '../types.js';
import { validateBrief } from '../validate.js';

const MB = 1024 * 1024;

/** Growth of the process's peak resident memory while `fn` runs, in bytes (0 if it never exceeded the old peak). */
function peakGrowth<T>(fn: () => T): { result: T; growth: number } {
  const before = process.resourceUsage().maxRSS * 1024;
  const result = fn();
  return { result, growth: process.resourceUsage().maxRSS * 1024 - before };
}

const limitAt = (result: CompileResult) => result.diagnostics.find((d) => d.rule === 'input-limit');

function withEvents(n: number): Brief {
  const brief = structuredClone(fullBrief);
  const event = brief.events![0]!;
  const more = Array.from({ length: n - brief.events!.length }, (_, i) => ({
    ...event,
    id: `event-${i}`,
    title: `Event number ${i}`,
  }));
  brief.events = [...brief.events!, ...more];
  return brief;
}

function billionLaughs(levels: number): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < levels; i++) {
    const [prev, cur] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
    lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return lines.join('\n');
}

describe('resource limits', () => {
  it('documents its defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxBytes: 10 * MB, maxAliasCount: 100, maxDepth: 100 });
  });

  it('a YAML alias bomb stops at the alias limit, whatever it is raised to, without the expansion in memory', () => {
    for (const maxAliasCount of [100, 10_000]) {
      const { result, growth } = peakGrowth(() =>
        compileSource(billionLaughs(10), { format: 'yaml', config: { limits: { maxAliasCount } } }),
      );
      expect(limitAt(result)).toMatchObject({ line: 2 });
      expect(limitAt(result)?.message).toContain(`more than ${maxAliasCount} times`);
      // 9^10 "lol"s would be gigabytes.
      expect(growth).toBeLessThan(200 * MB);
    }
  });

  it('the alias limit is configurable: 150 aliases are refused by default and read with maxAliasCount 200', () => {
    const text = `x: &x 1\nlist: [${Array(150).fill('*x').join(', ')}]\n`;
    expect(limitAt(compileSource(text, { format: 'yaml' }))).toBeDefined();
    const raised = compileSource(text, { format: 'yaml', config: { limits: { maxAliasCount: 200 } } });
    expect(limitAt(raised)).toBeUndefined();
  });

  it('a 50 MB input is refused before parsing, in every format, and never copied', () => {
    const big = `{"title": "${'x'.repeat(50 * MB)}"}`;
    // Flat before measuring: the engine would otherwise copy the concatenation on first read, whoever reads it.
    expect(big.indexOf('\u0000')).toBe(-1);
    for (const format of ['json', 'yaml', 'markdown'] as const) {
      const { result, growth } = peakGrowth(() => compileSource(big, { format }));
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ rule: 'input-limit', line: 1, column: 1 });
      expect(result.diagnostics[0]!.message).toMatch(
        /50\.0 MB, more than the limit of 10\.0 MB.*limits\.maxBytes/,
      );
      expect(growth).toBeLessThan(32 * MB);
    }
    // Counted in UTF-8 bytes: 4 million "é" is 8 MB, under the limit; 6 million is 12 MB, over it.
    expect(limitAt(compileSource('é'.repeat(4_000_000), { format: 'markdown' }))).toBeUndefined();
    expect(limitAt(compileSource('é'.repeat(6_000_000), { format: 'markdown' }))).toBeDefined();
  });

  it('10 000-deep values given directly (no parser) are refused, not a stack overflow', () => {
    let sections: unknown = [];
    for (let i = 0; i < 10_000; i++) sections = [{ id: `s${i}`, title: 'Deep', content: [], sections }];
    const deepSections = validateBrief({ ...fullBrief, sections });
    expect(deepSections.brief).toBeUndefined();
    expect(deepSections.diagnostics.some((d) => d.rule === 'internal-error')).toBe(false);
    expect(deepSections.diagnostics[0]?.message).toMatch(/nested more than \d+ levels/);
    let value: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) value = { a: [value] };
    const deepValue = validateBrief({ ...fullBrief, lede: [value] });
    expect(deepValue.brief).toBeUndefined();
    expect(deepValue.diagnostics.some((d) => d.rule === 'internal-error')).toBe(false);
  });

  it('the depth limit is configurable: 150-deep JSON is refused by default and parsed with maxDepth 200', () => {
    const text = `{"x": ${'['.repeat(150)}${']'.repeat(150)}}`;
    expect(limitAt(compileSource(text, { format: 'json' }))).toBeDefined();
    expect(
      limitAt(compileSource(text, { format: 'json', config: { limits: { maxDepth: 200 } } })),
    ).toBeUndefined();
  });

  // How the time grows with the events is a benchmark (bench/linear.bench.mjs): here, what is deterministic.
  it('100 000 events validate in bounded memory, and as JSON text hit the size limit before parsing', () => {
    const large = withEvents(100_000);
    const { result, growth } = peakGrowth(() => validateBrief(large));
    expect(result.brief?.events).toHaveLength(100_000);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(growth).toBeLessThan(1024 * MB);
    const json = JSON.stringify(large);
    expect(json.length).toBeGreaterThan(DEFAULT_LIMITS.maxBytes);
    const refused = compileSource(json, { format: 'json' });
    expect(limitAt(refused)).toMatchObject({ line: 1, column: 1 });
    expect(refused.brief).toBeUndefined();
  });

  it('the size limit is configurable: 2 000 events as JSON are refused under 256 KB and read under 1 MB', () => {
    const json = JSON.stringify(withEvents(2_000));
    expect(json.length).toBeGreaterThan(256 * 1024);
    expect(json.length).toBeLessThan(MB);
    const lowered = compileSource(json, { format: 'json', config: { limits: { maxBytes: 256 * 1024 } } });
    expect(limitAt(lowered)).toBeDefined();
    const raised = compileSource(json, { format: 'json', config: { limits: { maxBytes: MB } } });
    expect(limitAt(raised)).toBeUndefined();
    expect(raised.brief?.events).toHaveLength(2_000);
  });
});
