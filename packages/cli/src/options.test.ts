import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
import { runCli, withTempDir } from './test-helpers.js';

// Strings that a number parser would rewrite: 010 → 10, 0x10 → 16, 1e3 → 1000, 1_0 stays, " 7" → 7.
const NUMBER_LIKE = ['010', '0x10', '1e3', '0b11', '.5', '00'];

describe('option values are the strings that were typed', () => {
  it.each(NUMBER_LIKE)('new --out %s writes into a folder of exactly that name', (name) =>
    withTempDir(async (dir) => {
      const { code, stderr } = await runCli(['new', 'TJ', '--out', name], { cwd: dir });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(await readdir(dir)).toEqual([name]);
      expect(await readdir(join(dir, name))).toEqual(['tj.brief.md']);
    }),
  );

  it('keeps the value written as --out=010 too', () =>
    withTempDir(async (dir) => {
      expect((await runCli(['new', 'TJ', '--out=010'], { cwd: dir })).code).toBe(0);
      expect(await readdir(dir)).toEqual(['010']);
    }));

  it('build --out 0x10 writes into 0x10/', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      const { code } = await runCli(['build', 'tj.brief.json', '--out', '0x10', '--static'], { cwd: dir });
      expect(code).toBe(0);
      expect((await readdir(dir)).sort()).toEqual(['0x10', 'tj.brief.json']);
      expect(await readdir(join(dir, '0x10'))).toContain('index.html');
    }));

  it('keeps a file argument that looks like a number as it was typed', () =>
    withTempDir(async (dir) => {
      const { code, stdout } = await runCli(['validate', '--strict', '0x10'], { cwd: dir });
      expect(code).toBe(2);
      expect(stdout).toContain('0x10: no such file or directory');
    }));

  it.each([
    ['new', ['new', 'TJ']],
    ['build', ['build', 'tj.brief.json']],
  ])('%s --out "" is a usage error, not a folder named 0', (_name, argv) =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      const { code, stderr } = await runCli([...argv, '--out', ''], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toContain('error: --out needs a value');
      expect(await readdir(dir)).toEqual(['tj.brief.json']);
    }),
  );
});

describe('--port is a decimal number from 0 to 65535', () => {
  it.each(['0x10', '1e3', '010', '1.5', ' 80', '+80', '65536', '99999999999', 'abc', 'Infinity'])(
    'preview --port "%s" is a usage error',
    (value) =>
      withTempDir(async (dir) => {
        await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
        const { code, stdout, stderr } = await runCli(['preview', 'tj.brief.json', '--port', value], {
          cwd: dir,
        });
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toContain('error: --port must be a whole number from 0 to 65535');
      }),
  );

  it('preview --port "" is a usage error, not port 0', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      const { code, stdout, stderr } = await runCli(['preview', 'tj.brief.json', '--port', ''], { cwd: dir });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('error: --port needs a value');
    }));
});
