// The manifest and README of every published package (every non-private package under packages/) say what npm
// and users need: who it is, where it runs, what it exports, what may be tree-shaken, and why each dependency is
// there. Reads the repository only; the packed tarballs are checked by publishing.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ExportTarget,
  publishedPackages,
  readManifest,
  repoRoot,
} from '../test-consumers/harness/workspace.js';

const packages = publishedPackages();
const rootManifest = readManifest(repoRoot) as { engines?: Record<string, string> };

/** The `## Heading` section of a Markdown file, up to the next heading of the same level. */
function section(markdown: string, heading: string): string | undefined {
  const match = new RegExp(`^## ${heading}\\s*$([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(markdown);
  return match?.[1];
}

function fencedBlocks(markdown: string): { lang: string; lines: string[] }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1] ?? '',
    lines: (m[2] ?? '').split('\n').filter((line) => line.trim() !== ''),
  }));
}

/** Every condition → target pair of an exports entry, in order, with the nesting flattened. */
function conditions(target: ExportTarget): [string, string][] {
  if (typeof target === 'string' || target === null) return [];
  return Object.entries(target).flatMap(([key, value]) =>
    typeof value === 'string' ? [[key, value] as [string, string]] : conditions(value),
  );
}

describe('published packages', () => {
  it('are the four of the format, validator, elements and CLI (and any added since)', () => {
    const names = packages.map((p) => p.manifest.name);
    for (const name of ['@briefkit/schema', '@briefkit/validator', '@briefkit/elements', '@briefkit/cli']) {
      expect(names).toContain(name);
    }
  });

  describe.each(packages.map((p) => [p.manifest.name, p] as const))('%s', (name, pkg) => {
    const m = pkg.manifest;
    const readmePath = join(pkg.dir, 'README.md');
    const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';

    it('has its identity: scoped name matching its folder, semver version, description, licence, keywords', () => {
      expect(name).toBe(`@briefkit/${pkg.folder}`);
      expect(m.version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
      expect(m.description?.length ?? 0).toBeGreaterThan(30);
      expect(m.license).toBe('MIT');
      expect(m.keywords).toEqual(expect.arrayContaining(['briefkit']));
      expect(m.keywords?.length ?? 0).toBeGreaterThanOrEqual(3);
    });

    it('points at its folder of the repository', () => {
      expect(m.repository).toEqual({
        type: 'git',
        url: 'git+https://github.com/briefkit/briefkit.git',
        directory: `packages/${pkg.folder}`,
      });
    });

    it('is ESM only and needs the Node version the repository needs', () => {
      expect(m.type).toBe('module');
      expect(m.engines?.node).toBe(rootManifest.engines?.node);
      expect(m.exports).toBeDefined();
      for (const field of ['main', 'module', 'browser']) expect(m, field).not.toHaveProperty(field);
      const used = Object.values(m.exports ?? {}).flatMap((target) => conditions(target).map(([key]) => key));
      expect(used).not.toContain('require');
    });

    it('has an exports map with "types" before the code and no wildcard subpaths', () => {
      const entries = Object.entries(m.exports ?? {});
      expect(entries.map(([key]) => key)).toContain('.');
      expect(entries.map(([key]) => key)).toContain('./package.json');
      for (const [subpath, target] of entries) {
        expect(subpath, 'wildcard subpath').not.toContain('*');
        if (typeof target === 'string') {
          expect(target).not.toContain('*');
          expect(target, `${subpath}: only data files are exported without types`).toMatch(/\.(json|css)$/);
          continue;
        }
        const pairs = conditions(target);
        const keys = pairs.map(([key]) => key);
        for (const [, file] of pairs) expect(file).not.toContain('*');
        expect(keys, subpath).toContain('types');
        // The source condition is for this repository's tests and tools only; it must come first to win there.
        const published = keys.filter((key) => key !== '@briefkit/source');
        expect(published[0], `${subpath}: types first`).toBe('types');
        if (keys.includes('@briefkit/source')) expect(keys[0]).toBe('@briefkit/source');
        for (const [key, file] of pairs) {
          if (key === '@briefkit/source') expect(file).toMatch(/^\.\/src\/.+\.ts$/);
          else if (key === 'types') expect(file, `${subpath} ${key}`).toMatch(/^\.\/.+\.d\.ts$/);
          else expect(file, `${subpath} ${key}`).toMatch(/^\.\/dist\/.+\.js$/);
        }
      }
    });

    it('publishes its build, README and CHANGELOG and leaves its tests out', () => {
      expect(m.files).toEqual(expect.arrayContaining(['dist', 'README.md', 'CHANGELOG.md']));
      if (m.files?.includes('src')) expect(m.files).toContain('!src/**/*.test.ts');
    });

    it('marks as side-effectful only the modules that register elements', () => {
      if (m.sideEffects === false) return;
      expect(Array.isArray(m.sideEffects)).toBe(true);
      for (const file of m.sideEffects as string[]) {
        expect(file).toMatch(
          /^\.\/(dist|src)\/(define|hydrate|ssr\/index|bundle|bundle-hydrate)(\.(js|ts)|\/\*\.js)$/,
        );
      }
    });

    it('never asks npm for a pinned copy: registry dependencies take ^ ranges, our own packages workspace:*', () => {
      for (const [dep, range] of Object.entries(m.dependencies ?? {})) {
        if (dep.startsWith('@briefkit/')) expect(range, dep).toBe('workspace:*');
        else expect(range, dep).toMatch(/^\^\d+\.\d+\.\d+$/);
      }
      for (const dep of Object.keys(m.peerDependencies ?? {}))
        expect(m.dependencies ?? {}).not.toHaveProperty(dep);
    });

    it('has a README with an Install section and a short example', () => {
      expect(readme, 'README.md').not.toBe('');
      expect(readme.startsWith(`# ${name}\n`)).toBe(true);
      const install = section(readme, 'Install');
      expect(install, '## Install').toBeDefined();
      expect(install).toMatch(new RegExp(`npm install (--save-dev )?${name.replace('/', '\\/')}`));
      const examples = fencedBlocks(readme).filter(
        (block) =>
          ['ts', 'js', 'html', 'sh'].includes(block.lang) && block.lines.some((l) => l.includes('briefkit')),
      );
      const short = examples.filter((block) => block.lines.length >= 3 && block.lines.length <= 12);
      expect(short.length, 'an example of 3 to 12 lines that uses the package').toBeGreaterThan(0);
    });

    it('explains every runtime dependency and peer dependency in a Dependencies section', () => {
      const deps = section(readme, 'Dependencies');
      expect(deps, '## Dependencies').toBeDefined();
      for (const dep of [...Object.keys(m.dependencies ?? {}), ...Object.keys(m.peerDependencies ?? {})]) {
        expect(deps, `README explains ${dep}`).toContain(dep);
      }
    });
  });

  it('chose zod and lit deliberately: regular dependencies of the packages that run them, never peers', () => {
    const byName = new Map(packages.map((p) => [p.manifest.name, p.manifest]));
    expect(byName.get('@briefkit/schema')?.dependencies).toHaveProperty('zod');
    expect(byName.get('@briefkit/elements')?.dependencies).toHaveProperty('lit');
    // The elements need no zod of their own: the Brief type comes from @briefkit/schema.
    expect(byName.get('@briefkit/elements')?.dependencies).not.toHaveProperty('zod');
    for (const p of packages) {
      expect(p.manifest.peerDependencies ?? {}, p.manifest.name).not.toHaveProperty('zod');
      expect(p.manifest.peerDependencies ?? {}, p.manifest.name).not.toHaveProperty('lit');
    }
  });
});
