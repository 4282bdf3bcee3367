import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
import { runCli, withTempDir } from '../test-helpers.js';

describe('briefkit build', () => {
  it('writes the canonical brief.json and a server-rendered index.html', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      const { code, stdout } = await runCli(['build', 'tj.brief.json', '--out', 'site'], { cwd: dir });
      expect(code).toBe(0);
      expect(stdout).toContain(`Wrote ${join('site', 'brief.json')}`);
      expect(stdout).toContain(`Wrote ${join('site', 'index.html')}`);

      const json = await readFile(join(dir, 'site/brief.json'), 'utf8');
      expect(JSON.parse(json)).toEqual(minimalBrief);
      expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 2)}\n`);

      const html = await readFile(join(dir, 'site/index.html'), 'utf8');
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toContain('<html lang="en"');
      expect(html).toContain('<title>Tajikistan: a minimal brief</title>');
      // Declarative shadow DOM: the text is in the HTML, readable without JavaScript.
      expect(html).toContain('shadowroot');
      expect(html).toContain('The civil war ended in 1997.');
    }));

  it('exits 1 with diagnostics and writes nothing when the brief has errors', () =>
    withTempDir(async (dir) => {
      await writeFile(
        join(dir, 'tj.brief.json'),
        JSON.stringify({ ...minimalBrief, published: '2016-02-30' }),
      );
      const { code, stdout, stderr } = await runCli(['build', 'tj.brief.json', '--out', 'site'], {
        cwd: dir,
      });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/tj\.brief\.json:\d+:\d+ {2}error/);
      expect(stderr).toContain('Nothing was written');
      await expect(readdir(join(dir, 'site'))).rejects.toThrow();
    }));

  it('exits 2 without --out', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      const { code, stderr } = await runCli(['build', 'tj.brief.json'], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toContain('briefkit build tj.brief.json --out <dir>');
    }));

  it('exits 2 when --out is an existing file', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      await writeFile(join(dir, 'site'), 'not a directory');
      const { code, stderr } = await runCli(['build', 'tj.brief.json', '--out', 'site'], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toMatch(/^error: site: /);
    }));

  it('writes the script that hydrates the page beside it, with every chunk it imports', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      const { code, stdout } = await runCli(['build', 'tj.brief.json', '--out', 'site'], { cwd: dir });
      expect(code).toBe(0);
      expect(stdout).toContain(`Wrote ${join('site', 'assets', 'bundle-hydrate.js')}`);
      const html = await readFile(join(dir, 'site/index.html'), 'utf8');
      expect(html).toContain('<script type="module" src="assets/bundle-hydrate.js"></script>');
      // Every module the script loads, now or lazily, is there under the path it asks for.
      const seen = new Set<string>();
      const visit = async (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const code = await readFile(join(dir, 'site/assets', file), 'utf8');
        for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
          await visit(join(file, '..', spec as string));
        }
      };
      await visit('bundle-hydrate.js');
      expect(seen.size).toBeGreaterThan(2);
    }));

  it('leaves the script out with --static', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      const { code } = await runCli(['build', 'tj.brief.json', '--out', 'site', '--static'], {
        cwd: dir,
      });
      expect(code).toBe(0);
      expect((await readdir(join(dir, 'site'))).sort()).toEqual(['brief.json', 'index.html']);
      const html = await readFile(join(dir, 'site/index.html'), 'utf8');
      expect(html).not.toContain('<script type="module"');
      expect(html).toContain('The civil war ended in 1997.');
    }));
});
