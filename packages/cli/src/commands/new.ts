import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Context } from '../context.js';
import { CliError, describeFsError, EXIT_OK } from '../errors.js';
import { flag, stringOption } from '../options.js';
import { displayPath } from '../paths.js';
import { lookupCountry } from '../scaffold/country.js';
import { starterBrief, starterFileName } from '../scaffold/template.js';

export function publicationMonth(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

export async function newAction(args: string[], raw: Record<string, unknown>, ctx: Context): Promise<number> {
  const country = lookupCountry(args[0] ?? '');
  const outDir = resolve(ctx.io.cwd, stringOption(raw.out, 'out') ?? '.');
  const target = join(outDir, starterFileName(country));
  const shown = displayPath(target, ctx.io.cwd);
  const text = starterBrief({ country, published: publicationMonth(ctx.io.now()) });

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
  ctx.print(`Created ${c.bold(shown)}, a brief on ${country.name}.`);
  ctx.print(
    `Next: fill it in, then run ${c.cyan(`briefkit validate ${shown}`)} or ${c.cyan(`briefkit preview ${shown}`)}.`,
  );
  return EXIT_OK;
}
