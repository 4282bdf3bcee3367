import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempDir } from './test-helpers.js';
import { watchFiles } from './watch.js';

function nextChange(paths: string[], signal: AbortSignal): { changed: Promise<string>; done: Promise<void> } {
  let done!: Promise<void>;
  const changed = new Promise<string>((resolve) => {
    done = watchFiles(paths, resolve, signal);
  });
  return { changed, done };
}

describe('watchFiles', () => {
  it('reports a change to a watched file, and not to its neighbours', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'tj.brief.md');
      await writeFile(file, 'one');
      const controller = new AbortController();
      const calls: string[] = [];
      const done = watchFiles([file], (changed) => calls.push(changed), controller.signal);
      await writeFile(join(dir, 'other.md'), 'x');
      await writeFile(file, 'two');
      await new Promise((r) => setTimeout(r, 300));
      controller.abort();
      await done;
      expect(calls).toEqual([file]);
    }));

  it('keeps reporting after an editor saves by renaming a new file over the old one', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'tj.brief.md');
      await writeFile(file, 'one');
      const controller = new AbortController();
      const calls: string[] = [];
      const done = watchFiles([file], (changed) => calls.push(changed), controller.signal);
      for (const content of ['two', 'three']) {
        await writeFile(join(dir, '.tj.brief.md.swp'), content);
        await rename(join(dir, '.tj.brief.md.swp'), file);
        await new Promise((r) => setTimeout(r, 200));
      }
      controller.abort();
      await done;
      expect(calls).toEqual([file, file]);
    }));

  it('stops when the signal aborts', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'a.brief.md');
      await writeFile(file, '');
      const controller = new AbortController();
      const { done } = nextChange([file], controller.signal);
      controller.abort();
      await expect(done).resolves.toBeUndefined();
    }));

  it('rejects with a clear error when the directory does not exist', async () => {
    await expect(watchFiles(['/nonexistent-briefkit-dir/a.brief.md'], () => {}, undefined)).rejects.toThrow(
      '/nonexistent-briefkit-dir: no such file or directory',
    );
  });
});
