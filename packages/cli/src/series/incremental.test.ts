import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStream, runCli, withTempDir } from '../test-helpers.js';
import { type BriefSpec, seriesBrief, THREE, writeSeries } from './test-series.js';

/** Every file of the site with its inode: a file replaced by rename gets a new one, an untouched one keeps it. */
async function inodes(site: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const name of await readdir(site, { recursive: true })) {
    const info = await stat(join(site, name));
    if (info.isFile()) out.set(name.split('\\').join('/'), info.ino);
  }
  return out;
}

describe('a second build', () => {
  it('rewrites only the changed brief’s files and the pages that list it', () =>
    withTempDir(async (dir) => {
      await writeSeries(dir, THREE);
      const base = ['--out', 'site', '--base-url', 'https://example.org/'];
      expect((await runCli(['build', '.', ...base], { cwd: dir })).code).toBe(0);
      const before = await inodes(join(dir, 'site'));

      const same = await runCli(['build', '.', ...base], { cwd: dir });
      expect(same.stdout).toContain(`0 files written, ${before.size} unchanged`);
      expect(await inodes(join(dir, 'site'))).toEqual(before);

      const changed: BriefSpec = { ...THREE[2]!, title: 'Kyrgyzstan: A fragile balance, revisited' };
      await writeFile(join(dir, 'kg-2017.brief.json'), JSON.stringify(seriesBrief(changed)));
      const again = await runCli(['build', '.', ...base], { cwd: dir });
      expect(again.code).toBe(0);
      const after = await inodes(join(dir, 'site'));
      const rewritten = [...after].filter(([name, ino]) => before.get(name) !== ino).map(([name]) => name);
      expect(rewritten.sort()).toEqual(
        ['feed.xml', 'index.html', 'kg-2017/brief.json', 'kg-2017/index.html', 'search-index.json'].sort(),
      );
      expect(again.stdout).toContain(`5 files written, ${before.size - 5} unchanged`);
      expect(again.stdout).toContain(`wrote ${join('site', 'kg-2017', 'index.html')}`);
      expect(await readFile(join(dir, 'site/index.html'), 'utf8')).toContain('A fragile balance, revisited');
    }));

  it('draws a progress bar on a terminal for more than a handful of briefs, and none for a few', () =>
    withTempDir(async (dir) => {
      const specs = Array.from({ length: 8 }, (_, i) => ({
        id: `b-${i}`,
        title: `Brief ${i}`,
        published: '2016',
      }));
      await writeSeries(dir, specs);
      const stderr = new MemoryStream(true);
      const stdout = new MemoryStream();
      expect(
        await runCli(['build', '.', '--out', 'site'], { cwd: dir, stderr, stdout }).then((r) => r.code),
      ).toBe(0);
      expect(stderr.text).toContain('\r[########################] 8/8 built');
      expect(stderr.text).toContain('] 4/8 built');

      const few = new MemoryStream(true);
      expect(
        await runCli(['build', 'b-0.brief.json', 'b-1.brief.json', '--out', 'few'], {
          cwd: dir,
          stderr: few,
        }).then((r) => r.code),
      ).toBe(0);
      expect(few.text).not.toContain('built');
    }));
});
