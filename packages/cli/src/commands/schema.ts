import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Context } from '../context.js';
import { CliError, EXIT_OK } from '../errors.js';
import { flag } from '../options.js';
import { frontMatterSchema } from '../schema/front-matter-schema.js';

/** The JSON Schema file shipped in @briefkit/schema (generated from the zod schema when that package builds). */
export async function readJsonSchema(): Promise<string> {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve('@briefkit/schema/brief.schema.json');
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError('the JSON Schema file of @briefkit/schema is missing', {
      hint: 'Reinstall @briefkit/schema (in the briefkit repository: pnpm turbo run build --filter=@briefkit/schema).',
      cause: error,
    });
  }
}

export async function schemaAction(
  _args: string[],
  raw: Record<string, unknown>,
  ctx: Context,
): Promise<number> {
  const shipped = await readJsonSchema();
  const text = flag(raw.frontMatter)
    ? `${JSON.stringify(frontMatterSchema(JSON.parse(shipped)), null, 2)}\n`
    : shipped;
  ctx.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return EXIT_OK;
}
