import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Brief } from '@briefkit/schema';
import { compileBriefFile, hasErrors } from '../compile.js';
import type { Context } from '../context.js';
import { diffBriefs } from '../diff/diff-briefs.js';
import { copyHydrationBundle, elementsBundles, HYDRATE_SCRIPT } from '../elements-bundles.js';
import { CliError, EXIT_FAILED, EXIT_OK } from '../errors.js';
import { flag, stringOption } from '../options.js';
import { OutputWriter } from '../output-writer.js';
import { displayPath } from '../paths.js';
import { formatPrettyReport } from '../report/pretty.js';
import { terminalText } from '../report/terminal-text.js';
import { renderSeriesBriefPage } from './brief-page.js';
import { renderChangesPage } from './changes-page.js';
import { briefText, byPublishedDesc, entryOf, type SeriesEntry } from './entry.js';
import { renderFeed } from './feed.js';
import { findBriefs } from './find-briefs.js';
import { type FailedBrief, renderIndexPage } from './index-page.js';
import { indexScriptModule } from './index-script.js';
import { progressBar } from './progress.js';
import { SearchIndexBuilder } from './search-index.js';
import { briefPath, pageUrl, parseBaseUrl } from './site-urls.js';
import { renderSitemap } from './sitemap.js';

const ASSETS = 'assets';
const LISTED_WRITES = 40;
const DEFAULT_TITLE = 'Security briefs';
/** What a feed says was updated when no brief has a readable date: fixed, so a rebuild changes nothing. */
const NO_DATE = '1970-01-01T00:00:00Z';

/**
 * The ES module build of MiniSearch (one file that imports nothing), copied beside the index page's script.
 * `require.resolve` finds the CommonJS build; the ES build sits beside it in the package (`dist/es`).
 */
function miniSearchModule(): string {
  const commonJs = createRequire(import.meta.url).resolve('minisearch');
  return join(dirname(commonJs), '..', 'es', 'index.js');
}

function failureReason(report: Parameters<typeof hasErrors>[0]): string {
  if (report.ioError !== undefined) return report.ioError;
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
  return first === undefined ? count : `${count}; first at line ${first.line}: ${first.message}`;
}

interface Plan {
  entries: SeriesEntry[];
  failed: FailedBrief[];
}

/** First pass: compile every source once, report its diagnostics, keep only what the index needs. */
async function plan(files: readonly string[], ctx: Context): Promise<Plan> {
  const entries: SeriesEntry[] = [];
  const failed: FailedBrief[] = [];
  const byId = new Map<string, SeriesEntry>();
  const progress = progressBar(files.length, ctx.io.stderr, 'checked');
  for (const file of files) {
    let compiled: Awaited<ReturnType<typeof compileBriefFile>>;
    try {
      compiled = await compileBriefFile(file, ctx.io.cwd);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      failed.push({ file, reason: error.message });
      ctx.log(`error: ${terminalText(error.message)}`);
      progress.tick();
      continue;
    }
    const { brief, report } = compiled;
    // Notes (info) are for the author at work; across a whole series only warnings and errors are shown.
    const shown = report.diagnostics.filter((d) => d.severity !== 'info');
    if (shown.length > 0) ctx.log(formatPrettyReport([{ ...report, diagnostics: shown }], ctx.err));
    progress.tick();
    if (brief === undefined || hasErrors(report)) {
      failed.push({ file, reason: failureReason(report) });
      continue;
    }
    const same = byId.get(brief.id);
    if (same !== undefined) {
      const reason = `its id "${brief.id}" is already the id of ${same.file}; each brief of a series needs its own`;
      ctx.log(`${terminalText(file)}: error: ${terminalText(reason)}`);
      failed.push({ file, reason });
      continue;
    }
    const entry = entryOf(brief, file);
    byId.set(entry.id, entry);
    entries.push(entry);
  }
  progress.done();
  return { entries, failed };
}

/** The editions a brief replaces, newest first, following `supersedes` through the series (never round). */
function olderEditions(entry: SeriesEntry, byId: ReadonlyMap<string, SeriesEntry>): SeriesEntry[] {
  const out: SeriesEntry[] = [];
  const seen = new Set([entry.id]);
  let next = entry.supersedes === undefined ? undefined : byId.get(entry.supersedes);
  while (next !== undefined && !seen.has(next.id)) {
    out.push(next);
    seen.add(next.id);
    next = next.supersedes === undefined ? undefined : byId.get(next.supersedes);
  }
  return out;
}

function newerEditions(entry: SeriesEntry, replacedBy: ReadonlyMap<string, SeriesEntry>): SeriesEntry[] {
  const out: SeriesEntry[] = [];
  const seen = new Set([entry.id]);
  let next = replacedBy.get(entry.id);
  while (next !== undefined && !seen.has(next.id)) {
    out.push(next);
    seen.add(next.id);
    next = replacedBy.get(next.id);
  }
  return out;
}

/**
 * `briefkit build <folder|files…> --out <dir>`: every brief's page and canonical JSON under `<dir>/<id>/`, one
 * shared copy of the scripts, the index page with its search, and (with a base URL) the feed and the sitemap.
 * The briefs are compiled one at a time, twice (once to plan the index, once to write), so a series of
 * thousands never sits in memory at once. Files whose content would not change are not rewritten.
 */
export async function buildSeries(
  inputs: readonly string[],
  out: string,
  raw: Record<string, unknown>,
  ctx: Context,
): Promise<number> {
  const baseOption = stringOption(raw.baseUrl, 'base-url');
  const base = baseOption === undefined ? undefined : parseBaseUrl(baseOption);
  const title = stringOption(raw.title, 'title') ?? DEFAULT_TITLE;
  const keepGoing = flag(raw.keepGoing);
  const isStatic = flag(raw.static);
  const outDir = resolve(ctx.io.cwd, out);

  const files = await findBriefs(inputs, ctx.io.cwd, outDir);
  const { entries, failed } = await plan(files, ctx);
  if (failed.length > 0 && !keepGoing) {
    const which = failed.length === 1 ? '1 brief has' : `${failed.length} briefs have`;
    ctx.log(
      `Nothing was written: ${which} errors (see above). Fix them, or build the others with --keep-going.`,
    );
    return EXIT_FAILED;
  }
  if (entries.length === 0) {
    ctx.log('Nothing was written: no brief of the series could be built.');
    return EXIT_FAILED;
  }

  const byId = new Map(entries.map((e) => [e.id, e]));
  const replacedBy = new Map<string, SeriesEntry>();
  for (const e of [...entries].sort(byPublishedDesc).reverse()) {
    if (e.supersedes !== undefined && byId.has(e.supersedes) && !replacedBy.has(e.supersedes))
      replacedBy.set(e.supersedes, e);
  }
  const changes = new Map<string, string>();
  for (const e of entries) {
    if (e.supersedes !== undefined && byId.has(e.supersedes) && e.supersedes !== e.id)
      changes.set(e.id, e.supersedes);
  }

  const writer = new OutputWriter(outDir, ctx.io.cwd);
  await writer.open();

  const bundles = isStatic ? undefined : elementsBundles();
  if (bundles !== undefined) await copyHydrationBundle(bundles, writer, ASSETS);
  else if (!isStatic)
    ctx.log(
      "The elements' browser bundle is not built, so the pages have no script (they read without one).",
    );
  const scriptSrc = bundles === undefined ? undefined : `../${ASSETS}/${HYDRATE_SCRIPT}`;

  // Second pass: each brief compiled again, written, indexed for search, and let go.
  const search = new SearchIndexBuilder();
  const progress = progressBar(entries.length, ctx.io.stderr, 'built');
  for (const entry of entries) {
    const { brief } = await compileBriefFile(entry.file, ctx.io.cwd);
    if (brief === undefined) throw new CliError(`${entry.file}: changed while the series was being built`);
    const dir = briefPath(entry.id);
    await writer.write(`${dir}brief.json`, `${JSON.stringify(brief, null, 2)}\n`);
    const canonical = pageUrl(base, dir);
    await writer.write(
      `${dir}index.html`,
      await renderSeriesBriefPage(brief, {
        older: olderEditions(entry, byId),
        newer: newerEditions(entry, replacedBy),
        ...(canonical === undefined ? {} : { canonical }),
        ...(scriptSrc === undefined ? {} : { scriptSrc }),
      }),
    );
    search.add(entry, briefText(brief));
    progress.tick();
  }
  progress.done();

  // What changed between each edition and the one it replaces: both are read back from the output, once.
  const readBack = async (id: string): Promise<Brief> =>
    JSON.parse(await readFile(join(outDir, briefPath(id), 'brief.json'), 'utf8')) as Brief;
  for (const [id, olderId] of changes) {
    const diff = diffBriefs(await readBack(olderId), await readBack(id));
    await writer.write(
      `${briefPath(id)}changes.html`,
      renderChangesPage(diff, byId.get(id)?.language ?? 'en'),
    );
  }

  const newestFirst = [...entries].sort(byPublishedDesc);
  await writer.write('search-index.json', search.serialize());
  if (!isStatic) {
    await writer.copy(miniSearchModule(), `${ASSETS}/minisearch.js`);
    await writer.write(`${ASSETS}/series-index.js`, indexScriptModule());
  }
  const canonical = pageUrl(base, '');
  await writer.write(
    'index.html',
    renderIndexPage(newestFirst, {
      title,
      ...(canonical === undefined ? {} : { canonical }),
      feed: base !== undefined,
      script: !isStatic,
      changes,
      replacedBy: new Map([...replacedBy].map(([old, newer]) => [old, newer.id])),
      failed,
    }),
  );
  if (base !== undefined) {
    await writer.write('feed.xml', renderFeed(newestFirst, { title, base, fallbackUpdated: NO_DATE }));
    await writer.write('sitemap.xml', renderSitemap(newestFirst, base));
  } else {
    ctx.log('No --base-url: feed.xml and sitemap.xml need absolute addresses, so they were not written.');
  }

  const briefs = entries.length === 1 ? '1 brief' : `${entries.length} briefs`;
  ctx.print(
    `Built ${briefs} into ${terminalText(displayPath(outDir, ctx.io.cwd))}: ` +
      `${writer.written.length} ${writer.written.length === 1 ? 'file' : 'files'} written, ` +
      `${writer.unchanged.length} unchanged.`,
  );
  // A rebuild names what it rewrote; the first build of a large series would only flood the terminal.
  if (writer.written.length <= LISTED_WRITES)
    for (const path of writer.written) ctx.print(`  wrote ${writer.show(path)}`);
  if (failed.length > 0) {
    ctx.log(
      `Not built (${failed.length}): ${failed.map((f) => f.file).join(', ')} — listed on the index page.`,
    );
    return EXIT_FAILED;
  }
  return EXIT_OK;
}
