import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('./map.ts', import.meta.url));

describe('map bundle', () => {
  it('keeps the geodata and the projection code out of the element’s own chunk', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      write: false,
      outdir: 'out',
      platform: 'browser',
      conditions: ['@briefkit/source'],
      external: ['lit', 'lit/*', '@lit/*'],
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const [mainPath, main] = Object.entries(outputs).find(([, o]) => o.entryPoint?.endsWith('map.ts')) ?? [];
    expect(main).toBeDefined();
    // Everything the element's chunk loads up front: itself and the chunks it imports statically.
    const eager = new Set<string>();
    const visit = (path: string) => {
      if (eager.has(path) || !outputs[path]) return;
      eager.add(path);
      for (const i of outputs[path].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
    };
    if (mainPath) visit(mainPath);
    const inputsOf = (path: string) => Object.keys(outputs[path]?.inputs ?? {});
    for (const lazy of ['countries-110m.json', 'codes.json', 'd3-geo', 'topojson-client']) {
      expect([...eager].some((path) => inputsOf(path).some((input) => input.includes(lazy)))).toBe(false);
      expect(Object.keys(outputs).some((path) => inputsOf(path).some((input) => input.includes(lazy)))).toBe(
        true,
      );
    }
    // The element asks for the rest with a dynamic import.
    expect(main?.imports.some((i) => i.kind === 'dynamic-import')).toBe(true);
  });
});
