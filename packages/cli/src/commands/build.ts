import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compileBriefFile, hasErrors } from '../compile.js';
import type { Context } from '../context.js';
import { copyHydrationBundle, elementsBundles, HYDRATE_SCRIPT } from '../elements-bundles.js';
import { CliError, describeFsError, EXIT_FAILED, EXIT_OK } from '../errors.js';
import { stringOption } from '../options.js';
import { coverageDiagnostics, partsOption } from '../page-coverage.js';
import { displayPath } from '../paths.js';
import { renderPage } from '../render.js';
import { formatPrettyReport } from '../report/pretty.js';

/** Where the page's scripts go, relative to the output directory (and to index.html). */
const ASSETS = 'assets';

async function writeOutput(path: string, text: string, shown: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    throw describeFsError(error, shown);
  }
}

export async function buildAction(
  args: string[],
  raw: Record<string, unknown>,
  ctx: Context,
): Promise<number> {
  const file = args[0] ?? '';
  const out = stringOption(raw.out, 'out');
  if (out === undefined) {
    throw new CliError('build needs an output directory', {
      hint: `Run: briefkit build ${file} --out <dir>`,
    });
  }
  const parts = partsOption(raw.parts);
  const { brief, report } = await compileBriefFile(file, ctx.io.cwd);
  if (brief !== undefined) report.diagnostics.push(...coverageDiagnostics(brief, parts, file, report.source));
  if (report.diagnostics.length > 0) ctx.log(formatPrettyReport([report], ctx.err));
  if (brief === undefined || hasErrors(report)) {
    ctx.log('Nothing was written: fix the errors above first.');
    return EXIT_FAILED;
  }

  const outDir = resolve(ctx.io.cwd, out);
  const show = (name: string) => displayPath(join(outDir, name), ctx.io.cwd);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new CliError(`${out}: is a file, not a directory`);
    throw describeFsError(error, out);
  }
  await writeOutput(join(outDir, 'brief.json'), `${JSON.stringify(brief, null, 2)}\n`, show('brief.json'));
  ctx.print(`Wrote ${show('brief.json')}`);

  // The page reads without JavaScript; with the elements' script beside it, it also hydrates (in-page links
  // move focus into the shadow root, the map draws), as a published page does.
  let scriptSrc: string | undefined;
  const bundles = raw.static === true ? undefined : elementsBundles();
  if (bundles !== undefined) {
    const assets = join(outDir, ASSETS);
    try {
      await copyHydrationBundle(bundles, assets);
    } catch (error) {
      throw describeFsError(error, show(ASSETS));
    }
    scriptSrc = `${ASSETS}/${HYDRATE_SCRIPT}`;
    ctx.print(`Wrote ${show(scriptSrc)} (and the chunks it loads)`);
  } else if (raw.static !== true) {
    ctx.log("The elements' browser bundle is not built, so index.html has no script (it reads without one).");
  }
  await writeOutput(
    join(outDir, 'index.html'),
    await renderPage(brief, scriptSrc === undefined ? { parts } : { scriptSrc, parts }),
    show('index.html'),
  );
  ctx.print(`Wrote ${show('index.html')}`);
  return EXIT_OK;
}
