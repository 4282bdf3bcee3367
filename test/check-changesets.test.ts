import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = new URL('../scripts/check-changesets.mjs', import.meta.url).pathname;
const dirs: string[] = [];

function repo(): { dir: string; write: (path: string, text: string) => void; commit: (msg: string) => void } {
  const dir = mkdtempSync(join(tmpdir(), 'briefkit-changesets-'));
  dirs.push(dir);
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, '-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args]);
  git('init', '-q');
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const commit = (msg: string) => {
    git('add', '-A');
    git('commit', '-qm', msg);
  };
  write('packages/a/package.json', JSON.stringify({ name: '@x/a', version: '1.0.0' }));
  write('packages/a/CHANGELOG.md', '# @x/a\n');
  write('packages/a/src/index.ts', 'export const a = 1;\n');
  write('packages/p/package.json', JSON.stringify({ name: '@x/p', private: true }));
  write('packages/p/src/index.ts', 'export const p = 1;\n');
  commit('release');
  return { dir, write, commit };
}

const check = (dir: string) => spawnSync('node', [script, dir], { encoding: 'utf8' });

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/check-changesets.mjs', () => {
  it('passes when nothing changed since the release', () => {
    expect(check(repo().dir).status).toBe(0);
  });

  it('fails when src changed without a changeset, naming the package', () => {
    const { dir, write, commit } = repo();
    write('packages/a/src/index.ts', 'export const a = 2;\n');
    commit('change a');
    const result = check(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('@x/a: src changed');
  });

  it('passes once a changeset names the package; private packages need none', () => {
    const { dir, write, commit } = repo();
    write('packages/a/src/index.ts', 'export const a = 2;\n');
    write('packages/p/src/index.ts', 'export const p = 2;\n');
    write('.changeset/a.md', '---\n"@x/a": patch\n---\n\nFix a.\n');
    commit('change a with changeset');
    expect(check(dir).status).toBe(0);
  });

  it('holds for this repository', () => {
    const result = check(new URL('..', import.meta.url).pathname);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
