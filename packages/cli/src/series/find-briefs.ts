import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { CliError, describeFsError } from '../errors.js';
import { displayPath } from '../paths.js';

/** The source files a series is made of, whatever their format. */
export const BRIEF_FILE = /\.brief\.(?:md|ya?ml|json)$/i;

/** Folders that hold no one's briefs: tools' caches and dependencies. Hidden folders are skipped too. */
const SKIPPED = new Set(['node_modules']);

/**
 * Every brief source under the inputs: a folder gives each `*.brief.md/.yaml/.json` below it (in name order,
 * without following links to folders, so a loop cannot trap the walk), a file is taken as named. The output
 * folder is never searched, so a site built inside the folder it was built from does not feed itself.
 * Returns display paths (relative to `cwd` where that reads best), each once.
 */
export async function findBriefs(inputs: readonly string[], cwd: string, outDir: string): Promise<string[]> {
  const found = new Set<string>();
  const out = resolve(outDir);
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw describeFsError(error, displayPath(dir, cwd));
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
        if (path === out || path.startsWith(out + sep)) continue;
        await walk(path);
      } else if (BRIEF_FILE.test(entry.name)) {
        // A link to a file is read like the file; a link to a folder is not followed.
        const info = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry;
        if (info?.isFile()) found.add(displayPath(path, cwd));
      }
    }
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch((error: unknown) => {
      throw describeFsError(error, input);
    });
    if (info.isDirectory()) await walk(path);
    else found.add(displayPath(path, cwd));
  }
  if (found.size === 0) {
    throw new CliError(`no brief sources in ${inputs.join(', ')}`, {
      hint: 'A series is made of files named like kg.brief.md, kg.brief.yaml or kg.brief.json.',
    });
  }
  return [...found];
}
