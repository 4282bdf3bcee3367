// Proves the release flow on a copy of this repository: `changeset version` consumes the pending changesets,
// bumps @briefkit/schema to the format's major, writes CHANGELOGs and rewrites internal dependency ranges.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../packages/schema/src/version.js';

const root = new URL('..', import.meta.url).pathname;
let dir = '';
const manifest = (pkg: string) => JSON.parse(readFileSync(join(dir, 'packages', pkg, 'package.json'), 'utf8'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefkit-release-'));
  for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset']) {
    cpSync(join(root, file), join(dir, file), { recursive: true });
  }
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, group))) {
      const from = join(root, group, name, 'package.json');
      if (existsSync(from)) cpSync(from, join(dir, group, name, 'package.json'));
    }
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, '-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args]);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'copy');
  execFileSync(join(root, 'node_modules/.bin/changeset'), ['version'], { cwd: dir, stdio: 'pipe' });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('changeset version on this repository', () => {
  it('gives @briefkit/schema the format major and the other packages a minor', () => {
    expect(manifest('schema').version.split('.')[0]).toBe(FORMAT_VERSION.split('.')[0]);
    for (const pkg of ['validator', 'elements', 'cli']) expect(manifest(pkg).version).toMatch(/^0\.[1-9]\d*\.0$/);
  });

  it('writes a CHANGELOG for every published package and none for the app', () => {
    for (const pkg of ['schema', 'validator', 'elements', 'cli']) {
      const log = readFileSync(join(dir, 'packages', pkg, 'CHANGELOG.md'), 'utf8');
      expect(log).toContain(`# @briefkit/${pkg}`);
      expect(log).toContain('First release of briefkit.');
    }
    expect(existsSync(join(dir, 'apps/tajikistan/CHANGELOG.md'))).toBe(false);
  });

  it('consumes the changesets', () => {
    expect(readdirSync(join(dir, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md')).toEqual([]);
  });
});
