#!/usr/bin/env node
// Builds the Tajikistan site into dist/: compile the brief source, prerender the page with the elements'
// SSR, bundle the hydration script and the stylesheet, and publish the canonical JSON and the embed bundle.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(appDir, 'dist');
const cacheDir = join(appDir, 'node_modules', '.cache', 'tajikistan-site');
const sourceFile = process.env.BRIEF_SOURCE ?? join(appDir, 'src', 'tajikistan.brief.md');
// The public address shown in the embed snippet before the page's script replaces it with the real one.
const siteUrl = process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? '4173'}/`;

class BuildError extends Error {}

async function compileBrief() {
  if (!existsSync(sourceFile)) {
    throw new BuildError(`The brief source ${relative(process.cwd(), sourceFile)} does not exist.`);
  }
  const { compileFile } = await import('@briefkit/validator/node');
  const { brief, diagnostics } = await compileFile(sourceFile);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const shown = diagnostics.filter((d) => d.severity !== 'info' || process.env.BRIEFKIT_VERBOSE);
  for (const d of shown) {
    const where = `${relative(process.cwd(), d.file ?? sourceFile)}:${d.line}:${d.column}`;
    console.error(`${where}  ${d.severity}  ${d.message}  ${d.rule}`);
  }
  if (errors.length > 0 || !brief) {
    const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
    throw new BuildError(`The brief has ${count}; fix ${errors.length === 1 ? 'it' : 'them'} and build again.`);
  }
  return brief;
}

/** Bundles the Node prerender module (TypeScript) so this script can import it. */
async function loadPrerender() {
  const outfile = join(cacheDir, 'prerender.mjs');
  await build({
    entryPoints: [join(appDir, 'src', 'prerender.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

async function bundleClient() {
  const result = await build({
    entryPoints: { main: join(appDir, 'src', 'main.ts'), site: join(appDir, 'src', 'site.css') },
    outdir: join(distDir, 'assets'),
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome111', 'firefox115', 'safari16.4'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  return result.metafile;
}

/** The element bundle a newsroom embeds: the elements package's prebuilt bundle and its lazy chunks. */
async function publishEmbedBundle() {
  const elementsDist = join(dirname(fileURLToPath(import.meta.resolve('@briefkit/elements/package.json'))), 'dist');
  const bundle = join(elementsDist, 'bundle.js');
  if (!existsSync(bundle)) {
    throw new BuildError('@briefkit/elements has no dist/bundle.js: build the elements package first.');
  }
  const target = join(distDir, 'embed');
  const files = await listBundleFiles(elementsDist, bundle);
  for (const file of files) {
    const out = join(target, relative(elementsDist, file));
    await mkdir(dirname(out), { recursive: true });
    await copyFile(file, out);
  }
  return files.length;
}

/** The bundle and every file it imports, followed through relative `import`s (static and dynamic). */
async function listBundleFiles(root, entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file) || !file.startsWith(root)) continue;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const spec = match[1];
      if (spec) queue.push(join(dirname(file), spec));
    }
    if (existsSync(`${file}.map`)) seen.add(`${file}.map`);
  }
  return [...seen].filter((file) => existsSync(file));
}

async function main() {
  const started = performance.now();
  const brief = await compileBrief();
  await rm(distDir, { recursive: true, force: true });
  await mkdir(join(distDir, 'assets'), { recursive: true });

  const metafile = await bundleClient();
  const embedFiles = await publishEmbedBundle();
  await copyFile(join(appDir, 'src', 'favicon.svg'), join(distDir, 'favicon.svg'));
  await writeFile(join(distDir, 'brief.json'), `${JSON.stringify(brief, null, 2)}\n`);

  const { renderSitePage } = await loadPrerender();
  const html = await renderSitePage({
    brief,
    assets: { stylesheet: 'assets/site.css', script: 'assets/main.js', icon: 'favicon.svg' },
    briefJson: 'brief.json',
    embed: { siteUrl, bundlePath: 'embed/bundle.js', briefPath: 'brief.json' },
  });
  await writeFile(join(distDir, 'index.html'), html);

  const size = async (file) => ((await stat(join(distDir, file))).size / 1024).toFixed(1);
  const chunks = Object.keys(metafile.outputs).filter((f) => f.endsWith('.js')).length;
  console.log(
    `Built ${relative(process.cwd(), distDir) || 'dist'}/ in ${Math.round(performance.now() - started)} ms: ` +
      `index.html ${await size('index.html')} KB, brief.json ${await size('brief.json')} KB, ` +
      `assets/main.js ${await size('assets/main.js')} KB (+${chunks - 1} lazy chunks), ` +
      `embed bundle ${embedFiles} file(s).`,
  );
}

main().catch((error) => {
  if (error instanceof BuildError) {
    console.error(`build-site: ${error.message}`);
  } else if (error && typeof error === 'object' && 'errors' in error && Array.isArray(error.errors)) {
    // esbuild already printed its located messages.
    console.error('build-site: bundling failed (see the messages above).');
  } else {
    console.error('build-site: the build failed:', error);
  }
  process.exitCode = 1;
});
