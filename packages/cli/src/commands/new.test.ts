import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, withTempDir } from '../test-helpers.js';

const now = () => new Date(2026, 10, 27);

describe('briefkit new', () => {
  it('writes <code>.brief.md for the country into the current directory', () =>
    withTempDir(async (dir) => {
      const { code, stdout } = await runCli(['new', 'kg'], { cwd: dir, now });
      expect(code).toBe(0);
      expect(stdout).toContain('Created kg.brief.md, a brief on Kyrgyzstan.');
      const text = await readFile(join(dir, 'kg.brief.md'), 'utf8');
      expect(text).toContain('country: { code: KG, name: "Kyrgyzstan" }');
      expect(text).toContain('published: "2026-11"');
    }));

  it('writes into --out, creating it', () =>
    withTempDir(async (dir) => {
      const { code, stdout } = await runCli(['new', 'TJ', '--out', 'briefs/central-asia'], { cwd: dir, now });
      expect(code).toBe(0);
      expect(stdout).toContain(join('briefs', 'central-asia', 'tj.brief.md'));
      expect(await readFile(join(dir, 'briefs/central-asia/tj.brief.md'), 'utf8')).toContain('Tajikistan');
    }));

  it('refuses to overwrite an existing file unless --force', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.md'), 'my work');
      const refused = await runCli(['new', 'TJ'], { cwd: dir, now });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('error: tj.brief.md already exists');
      expect(refused.stderr).toContain('--force');
      expect(await readFile(join(dir, 'tj.brief.md'), 'utf8')).toBe('my work');

      const forced = await runCli(['new', 'TJ', '--force'], { cwd: dir, now });
      expect(forced.code).toBe(0);
      expect(await readFile(join(dir, 'tj.brief.md'), 'utf8')).toContain('Tajikistan');
    }));

  it('exits 2 with a clear message for an unknown code, writing nothing', () =>
    withTempDir(async (dir) => {
      const { code, stdout, stderr } = await runCli(['new', 'XX'], { cwd: dir, now });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.split('\n')[0]).toBe('error: "XX" is not an assigned ISO 3166-1 alpha-2 country code');
      await expect(readFile(join(dir, 'xx.brief.md'))).rejects.toThrow();
    }));

  it('exits 2 when --out is a file', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'taken'), '');
      const { code, stderr } = await runCli(['new', 'TJ', '--out', 'taken'], { cwd: dir, now });
      expect(code).toBe(2);
      expect(stderr).toMatch(/^error: .*taken/);
    }));

  it('exits 2 when --out cannot be written', () =>
    withTempDir(async (dir) => {
      await mkdir(join(dir, 'locked'), { mode: 0o500 });
      const { code } = await runCli(['new', 'TJ', '--out', 'locked'], { cwd: dir, now });
      // root may write anywhere; everyone else is refused
      expect(code).toBe(process.getuid?.() === 0 ? 0 : 2);
    }));

  it('starts a crisis update dated to the day with --kind crisis-update', () =>
    withTempDir(async (dir) => {
      const { code, stdout } = await runCli(['new', 'ML', '--kind', 'crisis-update'], { cwd: dir, now });
      expect(code).toBe(0);
      expect(stdout).toContain('Created ml-crisis-update.brief.md, a crisis update on Mali.');
      const text = await readFile(join(dir, 'ml-crisis-update.brief.md'), 'utf8');
      expect(text).toContain('kind: crisis-update');
      expect(text).toContain('published: "2026-11-27"');
      expect(text).toContain('asOf: "2026-11-27"');
    }));

  it('exits 2 for an unknown --kind, writing nothing', () =>
    withTempDir(async (dir) => {
      const { code, stderr } = await runCli(['new', 'ML', '--kind', 'memo'], { cwd: dir, now });
      expect(code).toBe(2);
      expect(stderr).toContain('--kind must be one of country, thematic, crisis-update (got "memo")');
      await expect(readFile(join(dir, 'ml-memo.brief.md'))).rejects.toThrow();
    }));
});
