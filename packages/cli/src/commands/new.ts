import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Context } from '../context.js';
import { CliError, describeFsError, EXIT_OK } from '../errors.js';
import { choiceOption, flag, stringOption } from '../options.js';
import { displayPath } from '../paths.js';
import { terminalText } from '../report/terminal-text.js';
import { lookupCountry } from '../scaffold/country.js';
import { BRIEF_KINDS, starterBrief, starterFileName } from '../scaffold/template.js';

export function publicationMonth(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** A crisis update is dated to the day. */
export function publicationDay(date: Date): string {
  return `${publicationMonth(date)}-${String(date.getDate()).padStart(2, '0')}`;
}

const KIND_WORDS = {
  country: 'a brief',
  thematic: 'a thematic brief',
  'crisis-update': 'a crisis update',
} as const;

export async function newAction(args: string[], raw: Record<string, unknown>, ctx: Context): Promise<number> {
  const kind = choiceOption(raw.kind, 'kind', BRIEF_KINDS, 'country');
  const country = lookupCountry(args[0] ?? '');
  const outDir = resolve(ctx.io.cwd, stringOption(raw.out, 'out') ?? '.');
  const target = join(outDir, starterFileName(country, kind));
  const shown = terminalText(displayPath(target, ctx.io.cwd));
  const now = ctx.io.now();
  const published = kind === 'crisis-update' ? publicationDay(now) : publicationMonth(now);
  const text = starterBrief({ country, kind, published });

  try {
    await mkdir(outDir, { recursive: true });
    // `wx` fails if the file exists, so there is no window between a check and the write.
    await writeFile(target, text, { flag: flag(raw.force) ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new CliError(`${shown} already exists`, {
        hint: 'Choose another --out directory, or add --force to overwrite it.',
      });
    }
    throw describeFsError(error, shown);
  }
  const c = ctx.out;
  ctx.print(`Created ${c.bold(shown)}, ${KIND_WORDS[kind]} on ${country.name}.`);
  ctx.print(
    `Next: fill it in, then run ${c.cyan(`briefkit validate ${shown}`)} or ${c.cyan(`briefkit preview ${shown}`)}.`,
  );
  return EXIT_OK;
}
