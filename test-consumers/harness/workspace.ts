// The published packages of this repository: every package under packages/ that is not private.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export type ExportTarget = string | null | { [condition: string]: ExportTarget };

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  description?: string;
  license?: string;
  type?: string;
  keywords?: string[];
  repository?: { type?: string; url?: string; directory?: string } | string;
  engines?: Record<string, string>;
  exports?: Record<string, ExportTarget>;
  files?: string[];
  sideEffects?: boolean | string[];
  bin?: Record<string, string> | string;
  customElements?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
}

export interface WorkspacePackage {
  /** Folder name under packages/ (`schema`, `cli`, …). */
  folder: string;
  dir: string;
  manifest: Manifest;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

export function publishedPackages(): WorkspacePackage[] {
  const base = join(repoRoot, 'packages');
  return readdirSync(base)
    .filter((folder) => existsSync(join(base, folder, 'package.json')))
    .map((folder) => ({ folder, dir: join(base, folder), manifest: readManifest(join(base, folder)) }))
    .filter((pkg) => pkg.manifest.private !== true)
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}
