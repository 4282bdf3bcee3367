import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Type-checks `code` as a module of a project that references @briefkit/vite-plugin/client. */
function typecheck(code: string): Promise<string> {
  return (async () => {
    // A project with the package installed (linked, as a workspace or `npm link` does).
    const dir = await mkdtemp(join(tmpdir(), 'briefkit-vite-types-'));
    try {
      await mkdir(join(dir, 'node_modules', '@briefkit'), { recursive: true });
      await symlink(packageDir, join(dir, 'node_modules', '@briefkit', 'vite-plugin'), 'dir');
      await writeFile(
        join(dir, 'main.ts'),
        `/// <reference types="@briefkit/vite-plugin/client" />\n${code}`,
      );
      try {
        execFileSync(
          process.execPath,
          [
            tsc,
            '--noEmit',
            '--strict',
            '--module',
            'esnext',
            '--moduleResolution',
            'bundler',
            '--skipLibCheck',
            'main.ts',
          ],
          { cwd: dir, encoding: 'utf8', stdio: 'pipe' },
        );
        return '';
      } catch (error) {
        return String((error as { stdout?: string }).stdout ?? error);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
}

describe('@briefkit/vite-plugin/client', () => {
  it('types a brief import as the canonical Brief', async () => {
    const errors = await typecheck(`import brief from './tj.brief.md';
import other from './kg.brief.yaml';
const title: string = brief.title;
const events: number = other.events?.length ?? 0;
export { title, events };
`);
    expect(errors).toBe('');
  });

  it('catches a wrong use of the imported brief', async () => {
    const errors = await typecheck(`import brief from './tj.brief.md';
const title: number = brief.title;
export { title };
`);
    expect(errors).toContain("Type 'string' is not assignable to type 'number'");
  });
});
