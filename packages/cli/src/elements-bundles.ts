import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
 * Copies the hydrating script and its chunks (the lazy map, other languages' words) into `toDir`, keeping
 * their relative layout so the script's imports resolve.
 */
export async function copyHydrationBundle(fromDir: string, toDir: string): Promise<void> {
  await mkdir(join(toDir, HYDRATE_CHUNKS), { recursive: true });
  await copyFile(join(fromDir, HYDRATE_SCRIPT), join(toDir, HYDRATE_SCRIPT));
  for (const name of await readdir(join(fromDir, HYDRATE_CHUNKS))) {
    if (name.endsWith('.js'))
      await copyFile(join(fromDir, HYDRATE_CHUNKS, name), join(toDir, HYDRATE_CHUNKS, name));
  }
}
