// Proves the release flow on a copy of this repository: `changeset version` consumes the pending changesets,
// bumps @briefkit/schema to the format's major, writes CHANGELOGs, and `pnpm pack` then publishes real versions
// where the manifests say `workspace:`.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../packages/schema/src/version.js';

const root = new URL('..', import.meta.url).pathname;
let dir = '';
const manifest = (pkg: string) =>
  JSON.parse(readFileSync(join(dir, 'packages', pkg, 'package.json'), 'utf8'));

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
    for (const pkg of ['validator', 'elements', 'cli', 'vite-plugin'])
      expect(manifest(pkg).version).toMatch(/^0\.[1-9]\d*\.0$/);
  });

  it('writes a CHANGELOG for every published package and none for the app', () => {
    for (const pkg of ['schema', 'validator', 'elements', 'cli', 'vite-plugin']) {
      const log = readFileSync(join(dir, 'packages', pkg, 'CHANGELOG.md'), 'utf8');
      expect(log).toContain(`# @briefkit/${pkg}`);
      expect(log).toContain('First release of briefkit.');
    }
    expect(existsSync(join(dir, 'apps/tajikistan/CHANGELOG.md'))).toBe(false);
  });

  it('consumes the changesets', () => {
    expect(
      readdirSync(join(dir, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md'),
    ).toEqual([]);
  });

  it('publishes the bumped versions of our own packages where the manifests say workspace:', () => {
    const out = join(dir, 'packed');
    const published = readdirSync(join(dir, 'packages')).filter((name) => manifest(name).private !== true);
    const versions = new Map(
      published.map((name) => [manifest(name).name as string, manifest(name).version as string]),
    );
    let internal = 0;
    for (const name of published) {
      const deps: Record<string, string> = manifest(name).dependencies ?? {};
      // pnpm pack resolves `workspace:` through the package's node_modules links, as `pnpm install` makes them.
      for (const dep of Object.keys(deps).filter((d) => versions.has(d))) {
        mkdirSync(join(dir, 'packages', name, 'node_modules', '@briefkit'), { recursive: true });
        const link = join(dir, 'packages', name, 'node_modules', dep);
        if (!existsSync(link)) symlinkSync(join(dir, 'packages', dep.replace('@briefkit/', '')), link);
      }
      const report = JSON.parse(
        execFileSync('pnpm', ['pack', '--pack-destination', out, '--json'], {
          cwd: join(dir, 'packages', name),
          encoding: 'utf8',
        }),
      ) as { filename: string };
      const packed = JSON.parse(
        execFileSync('tar', ['-xOzf', report.filename, 'package/package.json'], { encoding: 'utf8' }),
      );
      expect(packed.version).toBe(manifest(name).version);
      for (const [dep, range] of Object.entries(packed.dependencies ?? {}) as [string, string][]) {
        expect(range, `${packed.name} → ${dep}`).not.toMatch(/^workspace:/);
        if (!versions.has(dep)) continue;
        internal++;
        expect(range, `${packed.name} → ${dep}`).toBe(versions.get(dep));
      }
    }
    // The validator, elements and CLI all depend on the schema; the CLI on the other two as well.
    expect(internal).toBeGreaterThanOrEqual(5);
    expect(versions.get('@briefkit/schema')).toMatch(/^[1-9]\d*\.0\.0$/);
  });
});
