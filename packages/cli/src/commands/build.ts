import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compileBriefFile, hasErrors } from '../compile.js';
import type { Context } from '../context.js';
import { copyHydrationBundle, elementsBundles, HYDRATE_SCRIPT } from '../elements-bundles.js';
import { CliError, EXIT_FAILED, EXIT_OK } from '../errors.js';
import { flag, stringOption } from '../options.js';
import { OutputWriter } from '../output-writer.js';
import { coverageDiagnostics, partsOption } from '../page-coverage.js';
import { renderPage } from '../render.js';
import { formatPrettyReport } from '../report/pretty.js';
import { terminalText } from '../report/terminal-text.js';

/** Where the page's scripts go, relative to the output directory (and to index.html). */
const ASSETS = 'assets';

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}

export async function buildAction(
  args: string[],
  raw: Record<string, unknown>,
  ctx: Context,
): Promise<number> {
  const out = stringOption(raw.out, 'out');
  if (out === undefined) {
    throw new CliError('build needs an output directory', {
      hint: `Run: briefkit build ${args.join(' ')} --out <dir>`,
    });
  }
  const first = args[0] ?? '';
  // One file keeps the one-page layout; a folder, or several files, make a series site.
  if (args.length > 1 || (await isDirectory(resolve(ctx.io.cwd, first)))) {
    const { buildSeries } = await import('../series/build-series.js');
    return buildSeries(args, out, raw, ctx);
  }
  return buildOne(first, out, raw, ctx);
}

async function buildOne(file: string, out: string, raw: Record<string, unknown>, ctx: Context) {
  const parts = partsOption(raw.parts);
  const { brief, report } = await compileBriefFile(file, ctx.io.cwd);
  if (brief !== undefined) report.diagnostics.push(...coverageDiagnostics(brief, parts, file, report.source));
  if (report.diagnostics.length > 0) ctx.log(formatPrettyReport([report], ctx.err));
  if (brief === undefined || hasErrors(report)) {
    ctx.log('Nothing was written: fix the errors above first.');
    return EXIT_FAILED;
  }

  const writer = new OutputWriter(resolve(ctx.io.cwd, out), ctx.io.cwd);
  await writer.open();
  await writer.write('brief.json', `${JSON.stringify(brief, null, 2)}\n`);
  ctx.print(`Wrote ${writer.show('brief.json')}`);

  // The page reads without JavaScript; with the elements' script beside it, it also hydrates (in-page links
  // move focus into the shadow root, the map draws), as a published page does.
  let scriptSrc: string | undefined;
  const isStatic = flag(raw.static);
  const bundles = isStatic ? undefined : elementsBundles();
  if (bundles !== undefined) {
    await copyHydrationBundle(bundles, writer, ASSETS);
    scriptSrc = `${ASSETS}/${HYDRATE_SCRIPT}`;
    ctx.print(`Wrote ${writer.show(scriptSrc)} (and the chunks it loads)`);
  } else if (!isStatic) {
    ctx.log("The elements' browser bundle is not built, so index.html has no script (it reads without one).");
  }
  await writer.write(
    'index.html',
    await renderPage(brief, scriptSrc === undefined ? { parts } : { scriptSrc, parts }),
  );
  ctx.print(`Wrote ${writer.show('index.html')}`);
  return EXIT_OK;
}
