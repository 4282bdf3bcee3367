// After tsup: the custom elements manifest (custom-elements.json) and the React typings next to index.d.ts.
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
copyFileSync(resolve(root, 'src/jsx.d.ts'), resolve(root, 'dist/jsx.d.ts'));
execFileSync(
  process.platform === 'win32' ? 'cem.cmd' : 'cem',
  [
    'analyze',
    '--litelement',
    '--globs',
    'src/**/*.ts',
    '--exclude',
    'src/**/*.test.ts',
    '--exclude',
    'src/test/**',
    '--exclude',
    'src/ssr/**',
    '--exclude',
    'src/hardening/**',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PATH: `${resolve(root, 'node_modules/.bin')}:${process.env.PATH}` },
  },
);
