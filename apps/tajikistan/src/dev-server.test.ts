// The live-editing page (`pnpm --filter tajikistan dev`) gets the brief through @briefkit/vite-plugin: the
// module Vite serves is the same canonical Brief the site is built from.
import { readFileSync } from 'node:fs';
import { compileSource } from '@briefkit/validator';
import { build, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import config from '../vite.config.js';

// The config module is loaded by the test runner (it transforms TypeScript), then handed to Vite as is.
const configFile = false;
const briefPath = new URL('./tajikistan.brief.md', import.meta.url).pathname;
const expected = compileSource(readFileSync(briefPath, 'utf8'), { file: briefPath }).brief;

describe('the dev page imports the brief through the Vite plugin', () => {
  it('serves the validated canonical Brief as a module', async () => {
    const server = await createServer({
      ...config,
      configFile,
      logLevel: 'silent',
      server: { ...config.server, port: 0, hmr: false },
    });
    try {
      const module = (await server.ssrLoadModule(briefPath)) as { default: unknown };
      expect(expected).toBeDefined();
      expect(module.default).toEqual(expected);
    } finally {
      await server.close();
    }
  });

  it('builds the dev page with the brief inlined', async () => {
    const outDir = new URL('../dist-dev', import.meta.url).pathname;
    const output = await build({
      ...config,
      configFile,
      logLevel: 'silent',
      build: { ...config.build, outDir, write: false },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) =>
      'output' in o ? o.output : [],
    );
    const code = chunks.map((c) => ('code' in c ? c.code : '')).join('\n');
    expect(code).toContain('Tajikistan: New challenges to security');
    expect(code).toContain('src-civil-war');
  }, 120_000);
});
