// The end-to-end tests run against the built site. turbo builds it before `test`; when the build is missing
// or older than its inputs (a test run straight after an edit), build it here once for every test file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { appDir, distDir } from './paths.js';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export default function setup(): void {
  const built = join(distDir, 'index.html');
  const inputs = ['src', 'scripts', 'package.json'].map((p) => newestMtime(join(appDir, p)));
  // The site bundles the workspace packages from their source; the series comes from the built CLI.
  for (const pkg of ['elements', 'validator', 'schema'])
    inputs.push(newestMtime(join(appDir, '../../packages', pkg, 'src')));
  inputs.push(newestMtime(join(appDir, '../../packages/cli/dist')));
  // The second edition of the series is the CLI's fixture, read from its source.
  inputs.push(newestMtime(join(appDir, '../../packages/cli/src/diff/fixtures')));
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...inputs)) return;
  const result = spawnSync(process.execPath, ['scripts/build-site.mjs'], { cwd: appDir, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error('The site could not be built for the end-to-end tests (see above).');
}
