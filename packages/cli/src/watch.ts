import { type FSWatcher, watch } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError, describeFsError } from './errors.js';

/** Editors save in bursts (write, rename, chmod); one change per burst is enough. */
const SETTLE_MS = 60;

/**
 * Calls `onChange` after any of `paths` changes, until `signal` aborts. Directories are watched rather than
 * the files, because editors that save by writing a new file and renaming it over the old one would
 * otherwise detach a per-file watcher after the first save.
 */
export function watchFiles(
  paths: readonly string[],
  onChange: (changed: string) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const byDirectory = new Map<string, Set<string>>();
  for (const path of paths) {
    const names = byDirectory.get(dirname(path)) ?? new Set<string>();
    names.add(basename(path));
    byDirectory.set(dirname(path), names);
  }
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let pending: string | undefined;

  return new Promise<void>((resolve, reject) => {
    const close = () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      resolve();
    };
    try {
      for (const [directory, names] of byDirectory) {
        const watcher = watch(directory, (_event, name) => {
          if (name === null || !names.has(String(name))) return;
          pending = join(directory, String(name));
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (pending !== undefined) onChange(pending);
            pending = undefined;
          }, SETTLE_MS);
        });
        watcher.on('error', (error) => {
          for (const w of watchers) w.close();
          reject(describeFsError(error, directory));
        });
        watchers.push(watcher);
      }
    } catch (error) {
      for (const w of watchers) w.close();
      reject(error instanceof CliError ? error : describeFsError(error, [...byDirectory.keys()].join(', ')));
      return;
    }
    if (signal?.aborted) close();
    else signal?.addEventListener('abort', close, { once: true });
  });
}

/** Resolves when the signal aborts (the bin aborts it on Ctrl-C); never, when there is no signal. */
export function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) resolve();
    else signal?.addEventListener('abort', () => resolve(), { once: true });
  });
}
