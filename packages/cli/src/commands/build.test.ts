import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
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

  it('shows the map, key figures, threats and timeline after the brief by default', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(fullBrief, null, 2));
      const { code, stderr } = await runCli(['build', 'tj.brief.json', '--out', 'site', '--static'], {
        cwd: dir,
      });
      expect(code).toBe(0);
      const html = await readFile(join(dir, 'site/index.html'), 'utf8');
      for (const tag of ['map', 'figures', 'threats', 'timeline'])
        expect(html).toContain(`<security-brief-${tag}`);
      expect(html).toContain('Attacks in Dushanbe and Vahdat');
      expect(stderr).not.toContain('not shown on the built page');
    }));

  it('--parts chooses the parts, and names each entity the page then leaves out, at its line', () =>
    withTempDir(async (dir) => {
      const text = JSON.stringify(fullBrief, null, 2);
      await writeFile(join(dir, 'tj.brief.json'), text);
      const { code, stderr } = await runCli(
        ['build', 'tj.brief.json', '--out', 'site', '--static', '--parts', 'timeline'],
        { cwd: dir },
      );
      expect(code).toBe(0);
      const html = await readFile(join(dir, 'site/index.html'), 'utf8');
      expect(html).toContain('<security-brief-timeline');
      expect(html).not.toContain('<security-brief-figures');
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l.includes('"id": "taliban-fighters"')) + 1;
      const column = (lines[line - 1]?.indexOf('"id"') ?? 0) + 1;
      expect(stderr).toContain(
        `tj.brief.json:${line}:${column}  info  figure "taliban-fighters" is not shown on the built page: add figures to --parts (or list it in a key-facts box)  not-on-page`,
      );
      expect(stderr).toMatch(/threat "[^"]+" is not shown on the built page: add threats to --parts/);
    }));

  it('--parts none writes the brief alone; an unknown part is a usage error', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      const none = await runCli(['build', 'tj.brief.json', '--out', 'site', '--static', '--parts', 'none'], {
        cwd: dir,
      });
      expect(none.code).toBe(0);
      expect(await readFile(join(dir, 'site/index.html'), 'utf8')).not.toContain('<security-brief-');
      const bad = await runCli(['build', 'tj.brief.json', '--out', 'site', '--parts', 'map,chart'], {
        cwd: dir,
      });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(
        '--parts: unknown part "chart": use map, figures, threats, timeline, all or none',
      );
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
