#!/usr/bin/env node
// Builds the Tajikistan series into dist/: `briefkit build` makes the series site of the two editions (the
// index with its search, the feed, the sitemap, each edition's page and what changed between them); then the
// first edition gets the site's own richer page: compiled with the validator, prerendered with the elements'
// SSR, with its hydration script, stylesheet, embeddable element bundle and canonical JSON beside it. The
// workspace packages are bundled from their TypeScript source (the `@briefkit/source` export condition), so
// the server render and the browser run the very same code.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(appDir, 'dist');
/** The second edition of the brief: the one `briefkit diff` is tested with, made up to show a series. */
export const secondEdition = join(appDir, '../../packages/cli/src/diff/fixtures/tajikistan-2016-06.brief.md');
const SERIES_TITLE = 'Tajikistan: security briefs';
const cacheDir = join(appDir, 'node_modules', '.cache', 'tajikistan-site');
const conditions = ['@briefkit/source'];
const browserTargets = ['es2022', 'chrome111', 'firefox115', 'safari16.4'];

export class BuildError extends Error {}

/** A path as the reader typed it: relative to where they are, unless it lies elsewhere. */
function shown(path) {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** Bundles a Node module of the build (TypeScript: `compile` or `prerender`) so this script can import it. */
export async function loadNodeModule(name) {
  const outfile = join(cacheDir, `${name}.mjs`);
  await build({
    entryPoints: [join(appDir, 'src', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions,
    // Bundled CommonJS dependencies may still call require(); give them one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** Reads and checks the brief source; prints its diagnostics like `briefkit validate`, fails on errors. */
export async function compileBrief(sourceFile) {
  if (!existsSync(sourceFile)) {
    throw new BuildError(`the brief source ${shown(sourceFile)} does not exist.`);
  }
  const { compileFile } = await loadNodeModule('compile');
  const { brief, diagnostics } = await compileFile(sourceFile);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const d of diagnostics) {
    if (d.severity === 'info' && !process.env.BRIEFKIT_VERBOSE) continue;
    console.error(
      `${shown(d.file ?? sourceFile)}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.rule}`,
    );
  }
  if (errors.length > 0 || !brief) {
    const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
    throw new BuildError(
      `the brief has ${count}; fix ${errors.length === 1 ? 'it' : 'them'} and build again.`,
    );
  }
  return brief;
}

async function bundleBrowser(outdir, entryPoints) {
  const result = await build({
    entryPoints,
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: browserTargets,
    conditions,
    minify: true,
    sourcemap: 'linked',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  return Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
}

/**
 * The series site of `sources` into dist/, by the `briefkit` command, run as its own process: the page render
 * below defines the elements from their source, and one process holds one definition of each. Its report goes
 * to the console; a failure stops the build.
 */
export function buildSeries(sources, { siteUrl }) {
  const bin = join(
    dirname(createRequire(import.meta.url).resolve('@briefkit/cli/package.json')),
    'dist',
    'bin.js',
  );
  const result = spawnSync(
    process.execPath,
    [bin, 'build', ...sources, '--out', distDir, '--base-url', siteUrl, '--title', SERIES_TITLE],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  process.stdout.write((result.stdout ?? '').replace(/^ {2}wrote .*\n/gm, ''));
  if (result.status !== 0) {
    throw new BuildError(
      `briefkit build exited with ${result.status ?? result.signal} (see the messages above).`,
    );
  }
}

/**
 * Writes the brief's own page into dist/<id>/, over the one `briefkit build` wrote there, with everything it
 * loads beside it; `newer` is the edition that replaces it in the series, if any.
 */
export async function buildBriefPage(prerender, brief, { siteUrl, newer }) {
  const pageDir = join(distDir, brief.id);
  const pageUrl = new URL(`${encodeURIComponent(brief.id)}/`, siteUrl).href;
  // The page's script: hydration support, the brief for the parts, the elements, the copy button.
  const siteChunks = await bundleBrowser(join(pageDir, 'assets'), {
    main: join(appDir, 'src', 'main.ts'),
    site: join(appDir, 'src', 'site.css'),
  });
  // What a newsroom embeds: the elements alone, no hydration (its pages are not server-rendered).
  const embedChunks = await bundleBrowser(join(pageDir, 'embed'), {
    bundle: join(appDir, 'src', 'embed.ts'),
  });
  await copyFile(join(appDir, 'src', 'favicon.svg'), join(pageDir, 'favicon.svg'));
  await writeFile(join(pageDir, 'brief.json'), `${JSON.stringify(brief, null, 2)}\n`);

  const html = await prerender.renderSitePage({
    brief,
    assets: { stylesheet: 'assets/site.css', script: 'assets/main.js', icon: 'favicon.svg' },
    briefJson: 'brief.json',
    embed: { siteUrl: pageUrl, bundlePath: 'embed/bundle.js', briefPath: 'brief.json' },
    series: {
      indexHref: '../',
      ...(newer
        ? {
            newer: {
              href: `../${encodeURIComponent(newer.id)}/`,
              title: newer.title,
              published: newer.published,
            },
          }
        : {}),
    },
  });
  await writeFile(join(pageDir, 'index.html'), html);
  return { pageDir, siteChunks, embedChunks };
}

async function main() {
  const started = performance.now();
  const sourceFile = process.env.BRIEF_SOURCE ?? join(appDir, 'src', 'tajikistan.brief.md');
  // The site's public address: canonical links, the feed and the sitemap, and the embed snippet until the
  // page's script replaces it with the address it is served from.
  const siteUrl = process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? '4173'}/`;
  const brief = await compileBrief(sourceFile);
  const second = await compileBrief(secondEdition);
  const prerender = await loadNodeModule('prerender');
  await rm(distDir, { recursive: true, force: true });
  await mkdir(distDir, { recursive: true });
  buildSeries([sourceFile, secondEdition], { siteUrl });
  const newer = second.supersedes === brief.id ? second : undefined;
  const { pageDir, siteChunks, embedChunks } = await buildBriefPage(prerender, brief, { siteUrl, newer });
  const kb = async (file) => `${((await stat(join(pageDir, file))).size / 1024).toFixed(1)} KB`;
  console.log(
    `Built ${relative(process.cwd(), distDir) || '.'} in ${Math.round(performance.now() - started)} ms: ` +
      `the series index, feed.xml, sitemap.xml, ${second.id}/ and ${brief.id}/ — ` +
      `index.html ${await kb('index.html')}, brief.json ${await kb('brief.json')}, ` +
      `assets/main.js ${await kb('assets/main.js')} (+${siteChunks.length - 1} chunks), ` +
      `embed/bundle.js ${await kb('embed/bundle.js')} (+${embedChunks.length - 1} chunks).`,
  );
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  main().catch((error) => {
    if (error instanceof BuildError) {
      console.error(`build-site: ${error.message}`);
    } else if (error && typeof error === 'object' && Array.isArray(error.errors)) {
      // esbuild has printed its located messages already.
      console.error('build-site: bundling failed (see the messages above).');
    } else {
      console.error('build-site: the build failed:', error);
    }
    process.exitCode = 1;
  });
}
