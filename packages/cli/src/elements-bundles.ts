import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describeFsError } from './errors.js';
import type { OutputWriter } from './output-writer.js';

/** The page script that hydrates server-rendered elements, and the directory of the chunks it imports. */
export const HYDRATE_SCRIPT = 'bundle-hydrate.js';
const HYDRATE_CHUNKS = 'bundle-hydrate';

/**
 * The directory of the elements' prebuilt browser bundles. Undefined when they were not built: pages are then
 * served or written as rendered on the server, still complete and readable.
 */
export function elementsBundles(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve(`@briefkit/elements/${HYDRATE_SCRIPT}`));
  } catch {
    return undefined;
  }
}

/**
 * Copies the hydrating script and its chunks (the lazy map, other languages' words) to `toDir` under the
 * writer's output, keeping their relative layout so the script's imports resolve.
 */
export async function copyHydrationBundle(
  fromDir: string,
  writer: OutputWriter,
  toDir: string,
): Promise<void> {
  await writer.copy(join(fromDir, HYDRATE_SCRIPT), `${toDir}/${HYDRATE_SCRIPT}`);
  let names: string[];
  try {
    names = await readdir(join(fromDir, HYDRATE_CHUNKS));
  } catch (error) {
    throw describeFsError(error, join(fromDir, HYDRATE_CHUNKS));
  }
  for (const name of names.sort()) {
    if (name.endsWith('.js'))
      await writer.copy(join(fromDir, HYDRATE_CHUNKS, name), `${toDir}/${HYDRATE_CHUNKS}/${name}`);
  }
}
