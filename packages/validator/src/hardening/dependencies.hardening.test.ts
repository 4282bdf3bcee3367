// Dependency hygiene of the whole repository: the lockfile is committed and CI installs from it unchanged, and
// every dependency that ships an install script is listed in pnpm-workspace.yaml `allowBuilds` and justified in
// docs/security.md. A new dependency with an install script fails here until someone decides about it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Installed packages (every version in the pnpm store of this checkout) whose manifest has an install hook. */
function packagesWithInstallScripts(): Map<string, string> {
  const found = new Map<string, string>();
  const store = join(root, 'node_modules/.pnpm');
  for (const entry of readdirSync(store)) {
    const modules = join(store, entry, 'node_modules');
    if (!existsSync(modules)) continue;
    for (const name of readdirSync(modules)) {
      const dirs = name.startsWith('@')
        ? readdirSync(join(modules, name)).map((n) => `${name}/${n}`)
        : [name];
      for (const dir of dirs) {
        const manifest = join(modules, dir, 'package.json');
        if (!existsSync(manifest)) continue;
        const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
          name?: string;
          scripts?: Record<string, string>;
        };
        const hooks = ['preinstall', 'install', 'postinstall'].filter((h) => pkg.scripts?.[h]);
        if (pkg.name && hooks.length > 0)
          found.set(pkg.name, hooks.map((h) => `${h}: ${pkg.scripts![h]}`).join('; '));
      }
    }
  }
  return found;
}

/** Packages the lockfile marks as needing a build (older lockfile versions record it). */
function lockfileBuilds(): string[] {
  // The lockfile may hold several YAML documents (pnpm writes its own environment first).
  const docs = parseAllDocuments(read('pnpm-lock.yaml')).map(
    (d) => d.toJS() as { packages?: Record<string, { requiresBuild?: boolean }> } | null,
  );
  return docs
    .flatMap((lock) => Object.entries(lock?.packages ?? {}))
    .filter(([, info]) => info.requiresBuild)
    .map(([key]) => key.replace(/^\/?((?:@[^/]+\/)?[^@/]+)@.*$/, '$1'));
}

describe('dependency hygiene', () => {
  it('the lockfile is committed and CI installs with --frozen-lockfile', () => {
    const tracked = execFileSync('git', ['ls-files', 'pnpm-lock.yaml'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    expect(tracked).toBe('pnpm-lock.yaml');
    expect(read('.ci/run')).toMatch(/pnpm install --frozen-lockfile/);
  });

  it('every dependency with an install script is decided in allowBuilds and justified in docs/security.md', () => {
    const workspace = parse(read('pnpm-workspace.yaml')) as { allowBuilds?: Record<string, boolean> };
    const allow = workspace.allowBuilds ?? {};
    const doc = read('docs/security.md');
    const scripted = packagesWithInstallScripts();
    const names = new Set([...scripted.keys(), ...lockfileBuilds(), ...Object.keys(allow)]);
    const problems: string[] = [];
    for (const name of [...names].sort()) {
      if (!(name in allow) && scripted.has(name))
        problems.push(`${name} (${scripted.get(name)}) is not in pnpm-workspace.yaml allowBuilds`);
      // The justification is a row of the table in docs/security.md: | `name` | runs / never runs | why |
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      if (!row) problems.push(`${name} has no row in the install-scripts table of docs/security.md`);
      else if (allow[name] === true && !/\| runs \|/.test(row))
        problems.push(`${name} runs its install script: docs/security.md must say why`);
      else if (allow[name] === false && !/\| never runs \|/.test(row))
        problems.push(`${name} is blocked in allowBuilds but docs/security.md does not say so`);
    }
    expect(problems).toEqual([]);
    // The scan itself works: esbuild is known to carry a postinstall hook.
    expect(scripted.has('esbuild')).toBe(true);
  });
});
