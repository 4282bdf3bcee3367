import type { Brief } from '@briefkit/schema';
import { compileBriefFile, hasErrors } from '../compile.js';
import type { Context } from '../context.js';
import { diffBriefs } from '../diff/diff-briefs.js';
import { formatPrettyDiff, summarize } from '../diff/format-pretty.js';
import { CliError, EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../errors.js';
import { choiceOption } from '../options.js';
import type { FileReport } from '../report/diagnostic.js';
import { formatPrettyReport } from '../report/pretty.js';
import { terminalText } from '../report/terminal-text.js';

/** The brief in `file`, or undefined after printing why it cannot be compared (its errors, on stderr). */
async function load(file: string, ctx: Context): Promise<Brief | FileReport> {
  const { brief, report } = await compileBriefFile(file, ctx.io.cwd);
  if (brief === undefined || hasErrors(report)) return report;
  return brief;
}

const isReport = (value: Brief | FileReport): value is FileReport => 'diagnostics' in value;

export async function diffAction(
  args: string[],
  raw: Record<string, unknown>,
  ctx: Context,
): Promise<number> {
  const format = choiceOption(raw.format, 'format', ['pretty', 'json'] as const, 'pretty');
  const [oldFile, newFile] = args;
  if (oldFile === undefined || newFile === undefined)
    throw new CliError('diff needs two files: the older edition, then the newer one', {
      hint: 'Run: briefkit diff <old> <new>',
    });
  const before = await load(oldFile, ctx);
  const after = await load(newFile, ctx);
  const broken = [before, after].filter(isReport);
  if (broken.length > 0) {
    // Only the errors: warnings do not stop a comparison and would drown the reason it stopped.
    const errors = broken.map((r) => ({
      ...r,
      diagnostics: r.diagnostics.filter((d) => d.severity === 'error'),
    }));
    ctx.log(formatPrettyReport(errors, ctx.err));
    ctx.log(
      `Cannot compare: ${broken.map((r) => terminalText(r.file)).join(' and ')} must compile without errors first.`,
    );
    return EXIT_USAGE;
  }
  const diff = diffBriefs(before as Brief, after as Brief);
  if (format === 'json') {
    const { old, new: fresh, ...rest } = diff;
    ctx.print(
      JSON.stringify(
        {
          old: { file: oldFile, ...old },
          new: { file: newFile, ...fresh },
          ...rest,
          summary: summarize(diff),
        },
        null,
        2,
      ),
    );
  } else {
    const colour = ctx.out.red('x') !== 'x';
    ctx.print(formatPrettyDiff(diff, { oldFile, newFile, colors: ctx.out, colour }));
  }
  return diff.identical ? EXIT_OK : EXIT_FAILED;
}
