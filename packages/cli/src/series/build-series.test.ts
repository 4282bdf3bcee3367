import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, withTempDir } from '../test-helpers.js';
import { seriesBrief, THREE, writeSeries } from './test-series.js';

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

describe('briefkit build <folder>: a series site', () => {
  it('writes each brief under its id, with one shared copy of the scripts', () =>
    withTempDir(async (dir) => {
      await mkdir(join(dir, 'briefs/nested'), { recursive: true });
      await writeSeries(join(dir, 'briefs'), THREE.slice(0, 2));
      await writeSeries(join(dir, 'briefs/nested'), THREE.slice(2));
      const { code, stdout, stderr } = await runCli(['build', 'briefs', '--out', 'site'], { cwd: dir });
      expect(stderr).toContain('No --base-url');
      expect(code).toBe(0);
      expect(stdout).toContain('Built 3 briefs into site');
      for (const spec of THREE) {
        const json = JSON.parse(await readFile(join(dir, 'site', spec.id, 'brief.json'), 'utf8'));
        expect(json).toEqual(seriesBrief(spec));
        const html = await readFile(join(dir, 'site', spec.id, 'index.html'), 'utf8');
        expect(html).toContain(`<title>${spec.title}</title>`);
        expect(html).toContain(spec.text);
        expect(html).toContain('<script type="module" src="../assets/bundle-hydrate.js"></script>');
        expect(html).toContain('<a href="../">All briefs</a>');
        expect(await exists(join(dir, 'site', spec.id, 'assets'))).toBe(false);
      }
      expect(await exists(join(dir, 'site/assets/bundle-hydrate.js'))).toBe(true);
      expect(await exists(join(dir, 'site/feed.xml'))).toBe(false);
    }));

  it('takes a list of files as well as a folder', () =>
    withTempDir(async (dir) => {
      await writeSeries(dir, THREE);
      const { code } = await runCli(
        ['build', 'kg-2017.brief.json', 'tj-2016-02.brief.json', '--out', 'site'],
        {
          cwd: dir,
        },
      );
      expect(code).toBe(0);
      expect((await readdir(join(dir, 'site'))).sort()).toEqual(
        ['assets', 'index.html', 'kg-2017', 'search-index.json', 'tj-2016-02'].sort(),
      );
    }));

  it('lists the briefs on the index, grouped by country and newest first, readable without a script', () =>
    withTempDir(async (dir) => {
      await writeSeries(dir, THREE);
      expect(
        (await runCli(['build', '.', '--out', 'site', '--title', 'At a glance'], { cwd: dir })).code,
      ).toBe(0);
      const html = await readFile(join(dir, 'site/index.html'), 'utf8');
      expect(html).toContain('<title>At a glance</title>');
      expect(html).toContain('3 briefs in 2 countries');
      // Kyrgyzstan before Tajikistan; in Tajikistan, June before February.
      const order = [
        'id="country-kg"',
        'href="kg-2017/"',
        'id="country-tj"',
        'href="tj-2016-06/"',
        'href="tj-2016-02/"',
      ];
      const at = order.map((needle) => html.indexOf(needle));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(html).toContain('Published <time>2017-03</time> · <span class="kind">crisis update</span>');
      expect(html).toContain('Kyrgyzstan: A fragile balance: what a reader should know first.');
      expect(html).toContain('<a href="tj-2016-06/changes.html">what changed</a>');
      expect(html).toContain('replaced by <a href="tj-2016-06/">a newer edition</a>');
      // The filter form waits for the script; without it the page is the plain list.
      expect(html).toMatch(/<form id="series-filter" role="search" hidden>/);
    }));

  it('links an edition to the one it replaces and to a page of what changed', () =>
    withTempDir(async (dir) => {
      await writeSeries(dir, THREE);
      expect((await runCli(['build', '.', '--out', 'site'], { cwd: dir })).code).toBe(0);
      const newer = await readFile(join(dir, 'site/tj-2016-06/index.html'), 'utf8');
      expect(newer).toContain('This edition replaces <a href="../tj-2016-02/">');
      expect(newer).toContain('<a href="changes.html">see what changed</a>');
      const older = await readFile(join(dir, 'site/tj-2016-02/index.html'), 'utf8');
      expect(older).toContain('A newer edition replaces this one: <a href="../tj-2016-06/">');
      const changes = await readFile(join(dir, 'site/tj-2016-06/changes.html'), 'utf8');
      expect(changes).toContain('The Rasht valley saw <ins>heavy </ins>fighting');
      expect(changes).toContain('supersedes: <del>(none)</del> → <ins>tj-2016-02</ins>');
      expect(await exists(join(dir, 'site/tj-2016-02/changes.html'))).toBe(false);
    }));

  it('stops at a bad brief with its located diagnostics, and writes nothing', () =>
    withTempDir(async (dir) => {
      await writeSeries(dir, THREE);
      await writeFile(
        join(dir, 'bad.brief.json'),
        JSON.stringify({ ...seriesBrief(THREE[2]!), id: 'bad', published: '2016-02-30' }),
      );
      const { code, stdout, stderr } = await runCli(['build', '.', '--out', 'site'], { cwd: dir });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/bad\.brief\.json:\d+:\d+ {2}error/);
      expect(stderr).toContain('Nothing was written: 1 brief has errors');
      expect(stderr).toContain('--keep-going');
      expect(await exists(join(dir, 'site'))).toBe(false);
    }));

  it('with --keep-going builds the others, says on the index which failed, and still exits 1', () =>
    withTempDir(async (dir) => {
      await writeSeries(dir, THREE);
      await writeFile(join(dir, 'bad.brief.md'), '---\nformatVersion: "1.0"\nid: [unclosed\n---\n');
      const { code, stderr } = await runCli(['build', '.', '--out', 'site', '--keep-going'], { cwd: dir });
      expect(code).toBe(1);
      expect(stderr).toMatch(/bad\.brief\.md:\d+:\d+ {2}error/);
      expect(stderr).toContain('Not built (1): bad.brief.md');
      const html = await readFile(join(dir, 'site/index.html'), 'utf8');
      expect(html).toContain('<h2>Not built</h2>');
      expect(html).toMatch(/<li><code>bad\.brief\.md<\/code>: 1 error; first at line \d+: /);
      for (const spec of THREE) expect(await exists(join(dir, 'site', spec.id, 'index.html'))).toBe(true);
    }));

  it('refuses two briefs with the same id, naming both files', () =>
    withTempDir(async (dir) => {
      await writeSeries(dir, THREE);
      await writeFile(join(dir, 'copy.brief.json'), JSON.stringify(seriesBrief(THREE[2]!)));
      const { code, stderr } = await runCli(['build', '.', '--out', 'site'], { cwd: dir });
      expect(code).toBe(1);
      expect(stderr).toContain(
        'kg-2017.brief.json: error: its id "kg-2017" is already the id of copy.brief.json',
      );
    }));

  it('deletes nothing it did not write, and does not read its own output as briefs', () =>
    withTempDir(async (dir) => {
      await writeSeries(dir, THREE);
      await mkdir(join(dir, 'site/kg-2017'), { recursive: true });
      await writeFile(join(dir, 'site/CNAME'), 'briefs.example.org\n');
      await writeFile(join(dir, 'site/kg-2017/notes.txt'), 'mine');
      await writeFile(join(dir, 'site/stray.brief.json'), 'not json');
      expect((await runCli(['build', '.', '--out', 'site'], { cwd: dir })).code).toBe(0);
      expect(await readFile(join(dir, 'site/CNAME'), 'utf8')).toBe('briefs.example.org\n');
      expect(await readFile(join(dir, 'site/kg-2017/notes.txt'), 'utf8')).toBe('mine');
      expect(await readFile(join(dir, 'site/stray.brief.json'), 'utf8')).toBe('not json');
    }));

  it('exits 2 with a clear line for a folder without briefs or a missing input', () =>
    withTempDir(async (dir) => {
      await mkdir(join(dir, 'empty'));
      const empty = await runCli(['build', 'empty', '--out', 'site'], { cwd: dir });
      expect(empty.code).toBe(2);
      expect(empty.stderr).toContain('error: no brief sources in empty');
      const missing = await runCli(['build', 'empty', 'nope', '--out', 'site'], { cwd: dir });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('error: nope: no such file or directory');
      expect(missing.stderr).not.toMatch(/\n\s+at /);
    }));
});
