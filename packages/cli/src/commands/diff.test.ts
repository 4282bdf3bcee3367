import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
import { runCli, withTempDir } from '../test-helpers.js';

const fixture = (name: string) => fileURLToPath(new URL(`../diff/fixtures/${name}`, import.meta.url));
const FIRST = fixture('tajikistan-2016.brief.md');
const SECOND = fixture('tajikistan-2016-06.brief.md');

describe('briefkit diff', () => {
  it('exits 1 and lists what changed between two editions', async () => {
    const { code, stdout, stderr } = await runCli(['diff', FIRST, SECOND]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('Tajikistan: New challenges to security');
    expect(stdout).toContain(
      'Events\n  + border-incident-2016  Armed incident on the Afghan-Tajik border  2016-04',
    );
    expect(stdout).toContain('re-rated: likelihood likely → very likely');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '5 metadata changes, 1 sentence reworded in 1 section, 1 event added, 1 figure changed, 1 threat re-rated.',
    );
  });

  it('exits 0 for two files that say the same, even in different formats', () =>
    withTempDir(async (dir) => {
      await copyFile(FIRST, join(dir, 'a.brief.md'));
      const json = await runCli(['build', 'a.brief.md', '--out', 'site'], { cwd: dir });
      expect(json.code).toBe(0);
      const { code, stdout } = await runCli(['diff', 'a.brief.md', 'site/brief.json'], { cwd: dir });
      expect(code).toBe(0);
      expect(stdout.trimEnd().split('\n').at(-1)).toBe('No differences.');
    }));

  it('prints only the JSON document on stdout with --format json', async () => {
    const { code, stdout } = await runCli(['diff', FIRST, SECOND, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.identical).toBe(false);
    expect(report.old).toMatchObject({ file: FIRST, id: 'tajikistan-2016', published: '2016' });
    expect(report.new).toMatchObject({ file: SECOND, asOf: '2016-05-31' });
    expect(report.collections.figures.changed[0].changes).toEqual([
      { field: 'value', old: '5,500 troops', new: 'about 8,400 troops' },
    ]);
    expect(report.text[0].sentences[0].kind).toBe('changed');
    expect(report.summary).toContain('1 threat re-rated');
  });

  it('colours reworded words in a terminal, and marks them in plain text otherwise', async () => {
    const plain = await runCli(['diff', FIRST, SECOND]);
    expect(plain.stdout).toContain('keeping [-5 500-]{+about 8 400+} troops there');
    const coloured = await runCli(['diff', FIRST, SECOND], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).not.toContain('[-5 500-]');
    expect(coloured.stdout).toContain('\u001b[');
    expect(coloured.stdout).toContain('about 8 400');
  });

  it('exits 2 and shows the errors when an edition does not compile', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'good.brief.json'), JSON.stringify(minimalBrief, null, 2));
      const broken = JSON.stringify({ ...minimalBrief, published: '2016-02-30' }, null, 2);
      await writeFile(join(dir, 'bad.brief.json'), broken);
      const { code, stdout, stderr } = await runCli(['diff', 'good.brief.json', 'bad.brief.json'], {
        cwd: dir,
      });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      const line = broken.split('\n').findIndex((l) => l.includes('"published"')) + 1;
      expect(stderr).toContain(`bad.brief.json:${line}:`);
      expect(stderr).toContain('Cannot compare: bad.brief.json must compile without errors first.');
    }));

  it('exits 2 for a missing file, a missing argument or a bad --format', () =>
    withTempDir(async (dir) => {
      const missing = await runCli(['diff', 'old.brief.md', FIRST], { cwd: dir });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('error: old.brief.md: no such file or directory');
      const one = await runCli(['diff', FIRST]);
      expect(one.code).toBe(2);
      expect(one.stderr).toContain('missing argument');
      const format = await runCli(['diff', FIRST, SECOND, '--format', 'html']);
      expect(format.code).toBe(2);
      expect(format.stderr).toContain('--format must be one of pretty, json (got "html")');
    }));
});
