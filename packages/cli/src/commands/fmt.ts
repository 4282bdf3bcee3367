import { writeFile } from 'node:fs/promises';
import { detectFormat, formatBriefMarkdown } from '@briefkit/validator';
import { compileBriefFile, hasErrors } from '../compile.js';
import type { Context } from '../context.js';
import { CliError, describeFsError, EXIT_FAILED, EXIT_OK } from '../errors.js';
import { flag } from '../options.js';
import { formatPrettyReport } from '../report/pretty.js';
import { terminalText } from '../report/terminal-text.js';

export async function fmtAction(args: string[], raw: Record<string, unknown>, ctx: Context): Promise<number> {
  const file = args[0] ?? '';
  const shown = terminalText(file);
  const write = flag(raw.write);
  const check = flag(raw.check);
  if (write && check) throw new CliError('--write and --check cannot be used together');

  const { source, brief, report } = await compileBriefFile(file, ctx.io.cwd);
  if (brief === undefined || hasErrors(report)) {
    ctx.log(formatPrettyReport([report], ctx.err));
    ctx.log('Not formatted: fix the errors above first.');
    return EXIT_FAILED;
  }
  const formatted = formatBriefMarkdown(brief);
  const isMarkdown = detectFormat(source.absolutePath) === 'markdown';
  if ((write || check) && !isMarkdown) {
    throw new CliError(`${file}: --${write ? 'write' : 'check'} works on .brief.md files only`, {
      hint: `To convert it, run: briefkit fmt ${file} > ${file.replace(/\.brief\.(json|ya?ml)$|\.(json|ya?ml)$/i, '')}.brief.md`,
    });
  }
  const unchanged = formatted === source.text;
  if (check) {
    if (unchanged) return EXIT_OK;
    ctx.log(`${shown} is not canonically formatted. Run: briefkit fmt ${shown} --write`);
    return EXIT_FAILED;
  }
  if (write) {
    if (unchanged) {
      ctx.log(`${shown} is already formatted.`);
      return EXIT_OK;
    }
    try {
      await writeFile(source.absolutePath, formatted);
    } catch (error) {
      throw describeFsError(error, file);
    }
    ctx.log(`Formatted ${shown}.`);
    return EXIT_OK;
  }
  ctx.io.stdout.write(formatted);
  return EXIT_OK;
}
