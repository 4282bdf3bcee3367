import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleOptions } from '../scripts/bundle.mjs';

/**
 * The ceiling for `define` and every part except the map, min+gzip with Lit, as shipped in dist/bundle.js.
 * The design budget is 12 KB; what stands between this figure and it is set out in the README ("Budgets").
 */
const BUDGET = 27.5 * 1024;

// What may wait for a dynamic import: the map (its element and its geodata) and the words of languages other
// than English. Every other part is counted, so making a part lazy cannot shrink the figure.
const LAZY = [
  /\/src\/parts\/map\/(geo|atlas|draw|labels)\.ts$/,
  /\/src\/shared\/locales\//,
  /\/node_modules\/.*(d3-|topojson|world-atlas|i18n-iso-countries)/,
];
// The map's element class ships in the bundle (so every element is defined at once and hydration works); the
// budget is defined without it, so the size build leaves the map's modules out.
const MAP_MODULES = /\/src\/parts\/map\/[^/]+\.ts$/;

interface Measured {
  minified: number;
  gzip: number;
  eagerInputs: string[];
  lazyInputs: string[];
}

/** The browser bundle of `src/define.ts` as shipped: what a page downloads before its first render, and the rest. */
async function measure(withoutMap = false): Promise<Measured> {
  const options = bundleOptions('src/define.ts', 'bundle', '/virtual-out');
  const leaveOutMap = {
    name: 'leave-out-map',
    setup(b: {
      onResolve: (
        o: { filter: RegExp },
        f: (a: { path: string }) => { path: string; external: boolean },
      ) => void;
    }) {
      b.onResolve({ filter: /\/parts\/map\/map\.js$/ }, (args) => ({ path: args.path, external: true }));
    },
  };
  const plugins = [...(options.plugins ?? []), ...(withoutMap ? [leaveOutMap] : [])];
  const result = await build({ ...options, plugins, write: false, metafile: true as const });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((name) => outputs[name]?.entryPoint);
  if (!entry) throw new Error('no entry in the bundle');
  // The entry and everything it imports statically.
  const eager = new Set<string>();
  const visit = (name: string) => {
    if (eager.has(name)) return;
    eager.add(name);
    for (const imp of outputs[name]?.imports ?? []) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entry);
  let minified = 0;
  let gzip = 0;
  const eagerInputs = new Set<string>();
  const lazyInputs = new Set<string>();
  for (const file of result.outputFiles) {
    const name = Object.keys(outputs).find((o) => file.path.endsWith(o.replace(/^.*?virtual-out/, '')));
    if (!name) continue;
    const inputs = Object.keys(outputs[name]?.inputs ?? {});
    if (!eager.has(name)) {
      for (const input of inputs) lazyInputs.add(input);
      continue;
    }
    // Each file is a request of its own, compressed on its own.
    minified += file.contents.length;
    gzip += gzipSync(file.contents, { level: 9 }).length;
    for (const input of inputs) eagerInputs.add(input);
  }
  return { minified, gzip, eagerInputs: [...eagerInputs], lazyInputs: [...lazyInputs] };
}

// One build for all the tests of this file.
let measured: Promise<Measured> | undefined;
const measureOnce = () => (measured ??= measure());
let measuredWithoutMap: Promise<Measured> | undefined;
const measureBudget = () => (measuredWithoutMap ??= measure(true));

describe('the browser bundle (define + every part, the map lazy)', () => {
  it('keeps the schema library and raw-HTML directives out', async () => {
    const { eagerInputs, lazyInputs } = await measureOnce();
    const all = [...eagerInputs, ...lazyInputs];
    expect(all.some((i) => i.includes('/zod/'))).toBe(false);
    expect(all.some((i) => i.includes('unsafe-html') || i.includes('unsafe-svg'))).toBe(false);
    expect(eagerInputs.some((i) => i.includes('lit-html'))).toBe(true);
  });

  it('loads only the map and other languages lazily, and every other part up front', async () => {
    const { eagerInputs, lazyInputs } = await measureOnce();
    expect(lazyInputs.filter((input) => !LAZY.some((re) => re.test(`/${input}`)))).toEqual([]);
    for (const part of ['security-brief', 'actors', 'sources', 'timeline', 'threats', 'figures']) {
      expect(eagerInputs.some((i) => i.endsWith(`/${part}.ts`))).toBe(true);
    }
    expect(eagerInputs.some((i) => LAZY.some((re) => re.test(`/${i}`)))).toBe(false);
    expect(lazyInputs.some((i) => i.includes('world-atlas'))).toBe(true);
    expect(lazyInputs.some((i) => i.endsWith('locales/fr.ts'))).toBe(true);
  });

  it('stays within its budget (define + every part but the map)', async () => {
    const { minified, gzip, eagerInputs } = await measureBudget();
    expect(eagerInputs.some((i) => MAP_MODULES.test(`/${i}`))).toBe(false);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.info(
      `bundle: ${kb(minified)} minified, ${kb(gzip)} min+gzip with Lit (ceiling ${kb(BUDGET)}, design budget 12 KB)`,
    );
    expect(gzip).toBeLessThanOrEqual(BUDGET);
  });
});
