// Prebuilt bundles for a bare <script type="module">: Lit included, minified. Dynamic imports stay separate
// chunks next to them (under dist/bundle/ and dist/bundle-hydrate/), loaded only when needed.
//   dist/bundle.js          defines <security-brief> at once, each other part when the page has one (src/bundle.ts)
//   dist/bundle-hydrate.js  every element at once, hydrating server-rendered elements (renderBriefPage's scriptSrc)

import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild options for a browser bundle of `entry` (a path under src/). */
export function bundleOptions(entry, name, outdir) {
  return {
    absWorkingDir: root,
    entryPoints: { [name]: entry },
    outdir,
    chunkNames: `${name}/[name]-[hash]`,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    conditions: ['@briefkit/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    plugins: [minifyTemplatesPlugin()],
  };
}

/** esbuild options for a Node ESM bundle of `entry` run from source (server rendering in tests and benchmarks). */
export function nodeBundleOptions(entry, outfile) {
  return {
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@briefkit/source'],
    logLevel: 'error',
    // Bundled CommonJS dependencies call require(); ESM output has none of its own.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outdir = resolve(root, 'dist');
  for (const name of ['bundle', 'bundle-hydrate'])
    rmSync(resolve(outdir, name), { recursive: true, force: true });
  await build(bundleOptions('src/bundle.ts', 'bundle', outdir));
  await build(bundleOptions('src/hydrate.ts', 'bundle-hydrate', outdir));
}
