// A throw-away consumer project outside the workspace, installed with npm from the packed tarballs only.
// Third-party dependencies come from the registry through one npm cache shared by every project of the run
// (and kept in the system's temp folder between runs, never in the repository).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PackedPackage } from './pack.js';
import { run } from './run.js';

export const npmCache = join(tmpdir(), 'briefkit-consumer-npm-cache');
export const fixturesDir = new URL('../fixtures/', import.meta.url).pathname;

export interface ProjectOptions {
  /** Folder under test-consumers/fixtures copied into the project. */
  fixture: string;
  /** Which of our packages the project depends on (by name); their internal dependencies come along. */
  uses: string[];
  /** Registry dependencies, exact versions. */
  dependencies?: Record<string, string>;
}

export async function createProject(packed: PackedPackage[], options: ProjectOptions): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `briefkit-consumer-${options.fixture}-`));
  cpSync(join(fixturesDir, options.fixture), dir, { recursive: true });
  const tarball = (name: string) => {
    const pkg = packed.find((p) => p.manifest.name === name);
    if (!pkg) throw new Error(`${name} is not a published package of this repository`);
    return `file:${pkg.tarball}`;
  };
  // Every tarball is listed in `overrides`, so a dependency of one of our packages on another (a real version
  // number once packed) resolves to its tarball too instead of to the registry.
  const overrides = Object.fromEntries(packed.map((p) => [p.manifest.name, `file:${p.tarball}`]));
  const dependencies = {
    ...Object.fromEntries(options.uses.map((name) => [name, tarball(name)])),
    ...options.dependencies,
  };
  const manifest = {
    name: `consumer-${options.fixture}`,
    private: true,
    type: 'module',
    dependencies,
    overrides,
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', '--cache', npmCache],
    { cwd: dir, timeoutMs: 240_000 },
  );
  return dir;
}
