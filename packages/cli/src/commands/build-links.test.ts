// A link left in the output folder (by accident or by someone else on a shared host) must not let `build`
// overwrite the file it points to.
import { lstat, mkdir, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
import { runCli, withTempDir } from '../test-helpers.js';

describe('briefkit build and links in the output folder', () => {
  it('replaces a link where a file goes, and leaves the file it pointed to as it was', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      await writeFile(join(dir, 'precious.txt'), 'keep me');
      await mkdir(join(dir, 'site'));
      await symlink(join(dir, 'precious.txt'), join(dir, 'site', 'index.html'));
      await symlink('../precious.txt', join(dir, 'site', 'brief.json'));

      const { code } = await runCli(['build', 'tj.brief.json', '--out', 'site', '--static'], { cwd: dir });
      expect(code).toBe(0);
      expect(await readFile(join(dir, 'precious.txt'), 'utf8')).toBe('keep me');
      for (const name of ['index.html', 'brief.json']) {
        expect((await lstat(join(dir, 'site', name))).isSymbolicLink(), name).toBe(false);
      }
      expect(await readFile(join(dir, 'site', 'index.html'), 'utf8')).toContain(
        'The civil war ended in 1997.',
      );
    }));

  it('refuses to write into a directory through a link, with a clear error and exit 2', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      await mkdir(join(dir, 'elsewhere'));
      await mkdir(join(dir, 'site'));
      await symlink(join(dir, 'elsewhere'), join(dir, 'site', 'assets'));

      const { code, stderr } = await runCli(['build', 'tj.brief.json', '--out', 'site'], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toContain(`error: ${join('site', 'assets')}: is a symbolic link`);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(await readlink(join(dir, 'site', 'assets'))).toBe(join(dir, 'elsewhere'));
      expect(await readdir(join(dir, 'elsewhere'))).toEqual([]);
    }));

  it('leaves no temporary file behind', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      expect((await runCli(['build', 'tj.brief.json', '--out', 'site'], { cwd: dir })).code).toBe(0);
      const all = await readdir(join(dir, 'site'), { recursive: true });
      expect(all.filter((name) => name.includes('briefkit-tmp'))).toEqual([]);
    }));
});
