import { resolve } from 'node:path';
import { compileForReport } from '../compile.js';
import type { Context } from '../context.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../errors.js';
import { choiceOption, flag } from '../options.js';
import type { FileReport } from '../report/diagnostic.js';
import { tally } from '../report/diagnostic.js';
import { toJsonReport } from '../report/json.js';
import { formatPrettyReport } from '../report/pretty.js';
import { terminalText } from '../report/terminal-text.js';
import { watchFiles } from '../watch.js';

export interface ValidateOptions {
  format: 'pretty' | 'json';
  strict: boolean;
}

export function exitCodeFor(reports: readonly FileReport[], strict: boolean): number {
  const total = tally(reports);
  if (total.unreadable > 0) return EXIT_USAGE;
  if (total.errors > 0 || (strict && total.warnings > 0)) return EXIT_FAILED;
  return EXIT_OK;
}

async function validateAll(files: readonly string[], ctx: Context): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of files) {
    const compiled = await compileForReport(file, ctx.io.cwd);
    reports.push('report' in compiled ? compiled.report : compiled);
  }
  return reports;
}

/** Prints one report: pretty to stdout, or JSON to stdout with unreadable files also named on stderr. */
function printReport(
  reports: readonly FileReport[],
  options: ValidateOptions,
  ctx: Context,
  compact: boolean,
): void {
  if (options.format === 'json') {
    for (const r of reports) {
      if (r.ioError !== undefined) ctx.log(`${ctx.err.red('error')}: ${terminalText(r.ioError)}`);
    }
    const json = toJsonReport(reports, { strict: options.strict });
    // In watch mode each run is one line (JSON Lines), so a consumer can split the stream.
    ctx.print(compact ? JSON.stringify(json) : JSON.stringify(json, null, 2));
    return;
  }
  ctx.print(formatPrettyReport(reports, ctx.out, { strict: options.strict }));
}

export async function validateAction(
  files: string[],
  raw: Record<string, unknown>,
  ctx: Context,
): Promise<number> {
  const options: ValidateOptions = {
    format: choiceOption(raw.format, 'format', ['pretty', 'json'] as const, 'pretty'),
    strict: flag(raw.strict),
  };
  const watching = flag(raw.watch);
  const first = await validateAll(files, ctx);
  printReport(first, options, ctx, watching);
  let code = exitCodeFor(first, options.strict);
  if (!watching) return code;

  // Runs are serialised: a change during a run schedules exactly one more run after it.
  let running: Promise<void> | undefined;
  let again = false;
  const rerun = (changed: string) => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        ctx.log(ctx.err.dim(`\n${terminalText(changed)} changed; validating again.`));
        const reports = await validateAll(files, ctx);
        code = exitCodeFor(reports, options.strict);
        printReport(reports, options, ctx, true);
      } while (again);
    })()
      .catch((error: unknown) => {
        ctx.log(
          `${ctx.err.red('error')}: ${terminalText(error instanceof Error ? error.message : String(error))}`,
        );
      })
      .finally(() => {
        running = undefined;
      });
  };
  const given = new Map(files.map((f) => [resolve(ctx.io.cwd, f), f]));
  const watcher = watchFiles(
    [...given.keys()],
    (changed) => rerun(given.get(changed) ?? changed),
    ctx.io.signal,
  );
  // Said only once the watchers are attached, so a save after this line is never missed.
  ctx.log(
    ctx.err.dim(
      `Watching ${files.length === 1 ? terminalText(files[0] ?? '') : `${files.length} files`} for changes. Press Ctrl-C to stop.`,
    ),
  );
  await watcher;
  await running;
  return code;
}
