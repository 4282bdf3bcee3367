import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compileBriefFile, hasErrors } from '../compile.js';
import type { Context } from '../context.js';
import { CliError, describeFsError, EXIT_FAILED, EXIT_OK } from '../errors.js';
import { stringOption } from '../options.js';
import { displayPath } from '../paths.js';
import { renderPage } from '../render.js';
import { formatPrettyReport } from '../report/pretty.js';

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
  const { brief, report } = await compileBriefFile(file, ctx.io.cwd);
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

  await writeOutput(join(outDir, 'index.html'), await renderPage(brief), show('index.html'));
  ctx.print(`Wrote ${show('index.html')}`);
  return EXIT_OK;
}
