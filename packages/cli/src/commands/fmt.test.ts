import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minimalBrief } from '@briefkit/schema/fixtures';
import { compileSource, formatBriefMarkdown } from '@briefkit/validator';
import { describe, expect, it } from 'vitest';
import { runCli, withTempDir } from '../test-helpers.js';

const canonical = formatBriefMarkdown(minimalBrief);

describe('briefkit fmt', () => {
  it('prints the canonical .brief.md of a JSON brief, which compiles back to the same brief', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      const { code, stdout } = await runCli(['fmt', 'tj.brief.json'], { cwd: dir });
      expect(code).toBe(0);
      expect(stdout).toBe(canonical);
      expect(compileSource(stdout, { file: 'x.brief.md', format: 'markdown' }).brief).toEqual(minimalBrief);
    }));

  it('--check exits 0 for a formatted file and 1 for one that is not', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'ok.brief.md'), canonical);
      expect((await runCli(['fmt', 'ok.brief.md', '--check'], { cwd: dir })).code).toBe(0);

      await writeFile(join(dir, 'messy.brief.md'), canonical.replace('\n\n', '\n\n\n\n'));
      const messy = await runCli(['fmt', 'messy.brief.md', '--check'], { cwd: dir });
      expect(messy.code).toBe(1);
      expect(messy.stdout).toBe('');
      expect(messy.stderr).toContain('messy.brief.md is not canonically formatted');
    }));

  it('--write rewrites the file in place', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'messy.brief.md'), canonical.replace('\n\n', '\n\n\n\n'));
      const { code, stdout } = await runCli(['fmt', 'messy.brief.md', '--write'], { cwd: dir });
      expect(code).toBe(0);
      expect(stdout).toBe('');
      expect(await readFile(join(dir, 'messy.brief.md'), 'utf8')).toBe(canonical);
    }));

  it('refuses --write on a JSON file, saying how to convert it', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      const { code, stderr } = await runCli(['fmt', 'tj.brief.json', '--write'], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toContain('briefkit fmt tj.brief.json > tj.brief.md');
      expect(await readFile(join(dir, 'tj.brief.json'), 'utf8')).toBe(JSON.stringify(minimalBrief));
    }));

  it('refuses --write with --check', async () => {
    const { code, stderr } = await runCli(['fmt', 'x.brief.md', '--write', '--check']);
    expect(code).toBe(2);
    expect(stderr).toContain('--write and --check cannot be used together');
  });

  it('exits 1 with diagnostics on stderr for a brief with errors, leaving it untouched', () =>
    withTempDir(async (dir) => {
      const broken = canonical.replace(/^id: .*$/m, 'id: Not An Id');
      await writeFile(join(dir, 'bad.brief.md'), broken);
      const { code, stdout, stderr } = await runCli(['fmt', 'bad.brief.md', '--write'], { cwd: dir });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/bad\.brief\.md:\d+:\d+ {2}error/);
      expect(await readFile(join(dir, 'bad.brief.md'), 'utf8')).toBe(broken);
    }));
});
