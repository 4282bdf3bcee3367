import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { CliError, describeFsError, EXIT_OK } from '../errors.js';
import type { ImportWarning } from '../import/document.js';
import { importDocument } from '../import/import-document.js';
import { readInput } from '../import/read-input.js';
import { flag, stringOption } from '../options.js';
import { displayPath } from '../paths.js';
import { formatDiagnostic } from '../report/pretty.js';
import { terminalText } from '../report/terminal-text.js';
import { type CountryInfo, lookupCountry } from '../scaffold/country.js';

/** From this size on, the import says what it is doing on stderr, so a long wait is not a silent one. */
export const PROGRESS_BYTES = 256 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function printWarning(warning: ImportWarning, file: string, text: string | undefined, ctx: Context): void {
  if (warning.line === undefined) {
    ctx.log(
      `${terminalText(file)}  ${ctx.err.yellow(ctx.err.bold('warning'))}  ${terminalText(warning.message)}  ${ctx.err.dim(warning.rule)}`,
    );
    return;
  }
  const diagnostic = {
    file,
    line: warning.line,
    column: warning.column ?? 1,
    severity: 'warning' as const,
    rule: warning.rule,
    message: warning.message,
  };
  ctx.log(formatDiagnostic(diagnostic, text, ctx.err));
}

export async function importAction(
  args: string[],
  raw: Record<string, unknown>,
  ctx: Context,
): Promise<number> {
  const file = args[0] ?? '';
  const out = stringOption(raw.out, 'out');
  const countryCode = stringOption(raw.country, 'country');
  let country: CountryInfo | undefined;
  try {
    country = countryCode === undefined ? undefined : lookupCountry(countryCode);
  } catch (error) {
    // The lookup's own hint speaks of `briefkit new`.
    if (error instanceof CliError) {
      throw new CliError(`--country: ${error.message}`, {
        hint: 'Give two letters, for example: --country TJ',
      });
    }
    throw error;
  }
  const progress = (text: string) => ctx.log(ctx.err.dim(text));

  const input = await readInput(
    file,
    ctx.io.cwd,
    (bytes) => progress(`Importing ${terminalText(file)} (${megabytes(bytes)}): reading…`),
    PROGRESS_BYTES,
  );
  const large = input.bytes >= PROGRESS_BYTES;
  if (large) progress(`Read ${plural(input.document.blocks.length, 'block')}; writing the brief…`);
  const result = importDocument(input.document, { file, now: ctx.io.now(), ...(country ? { country } : {}) });
  for (const warning of result.warnings) printWarning(warning, file, input.text, ctx);

  const { stats } = result;
  const summary = `${plural(stats.sections, 'section')}, ${plural(stats.paragraphs, 'paragraph')}, ${plural(stats.citations, 'citation')} of ${plural(stats.sources, 'source')}, ${plural(stats.suggestions, 'suggestion')} to review in the front matter`;
  const where = result.countryGuessed
    ? `The country, ${result.country.name} (${result.country.code}), was guessed: check it, or import again with --country.`
    : undefined;

  if (out === undefined) {
    ctx.print(result.markdown);
    ctx.log(`Imported ${terminalText(file)}: ${summary}.`);
    if (where) ctx.log(where);
    return EXIT_OK;
  }
  const target = resolve(ctx.io.cwd, out);
  const shown = terminalText(displayPath(target, ctx.io.cwd));
  try {
    // `wx` fails if the file exists, so an earlier import (or the source itself) is never overwritten by mistake.
    await writeFile(target, result.markdown, { flag: flag(raw.force) ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new CliError(`${shown} already exists`, {
        hint: 'Choose another --out file, or add --force to overwrite it.',
      });
    }
    throw describeFsError(error, shown);
  }
  const c = ctx.out;
  ctx.print(`Wrote ${c.bold(shown)}: ${summary}.`);
  if (where) ctx.print(where);
  ctx.print(`Next: ${c.cyan(`briefkit validate ${shown}`)}, then ${c.cyan(`briefkit preview ${shown}`)}.`);
  return EXIT_OK;
}
