// `pnpm pack` every published package once into a temporary folder: the tarballs are exactly what npm would
// receive (workspace: ranges rewritten, `files` applied), and every consumer test installs from them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run.js';
import { type Manifest, publishedPackages, type WorkspacePackage } from './workspace.js';

export interface PackedPackage extends WorkspacePackage {
  tarball: string;
  /** package.json as it is inside the tarball. */
  packed: Manifest;
  /** Paths inside the tarball, relative to the package root. */
  contents: string[];
}

/** Refuses to pack a package whose build output is missing: the tarball would install and then fail to import. */
function assertBuilt(pkg: WorkspacePackage): void {
  const exportsMap = pkg.manifest.exports ?? {};
  const targets: string[] = [];
  const collect = (target: unknown): void => {
    if (typeof target === 'string') targets.push(target);
    else if (target && typeof target === 'object') for (const value of Object.values(target)) collect(value);
  };
  collect(exportsMap);
  const missing = targets.filter((t) => !t.startsWith('./src/') && !existsSync(join(pkg.dir, t)));
  if (missing.length > 0) {
    throw new Error(
      `${pkg.manifest.name} is not built (missing ${missing.join(', ')}). Run \`pnpm build\` before these tests.`,
    );
  }
}

export async function packAll(): Promise<{ dir: string; packages: PackedPackage[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'briefkit-tarballs-'));
  const packages = publishedPackages();
  for (const pkg of packages) assertBuilt(pkg);
  const packed = await Promise.all(
    packages.map(async (pkg) => {
      const { stdout } = await run('pnpm', ['pack', '--pack-destination', dir, '--json'], {
        cwd: pkg.dir,
        env: process.env,
      });
      const report = JSON.parse(stdout) as { filename: string; files: { path: string }[] };
      const tarball = report.filename;
      const manifest = JSON.parse(
        execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' }),
      ) as Manifest;
      return { ...pkg, tarball, packed: manifest, contents: report.files.map((file) => file.path) };
    }),
  );
  return { dir, packages: packed };
}
