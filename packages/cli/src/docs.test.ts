import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ruleCatalog } from '@briefkit/validator';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const script = fileURLToPath(new URL('../scripts/cli-docs.mjs', import.meta.url));
const committed = fileURLToPath(new URL('../../../docs/cli.md', import.meta.url));

describe('docs/cli.md', () => {
  it('is what scripts/cli-docs.mjs generates from the current --help output', () => {
    expect(existsSync(bin), 'dist/bin.js is missing: run `pnpm build` in packages/cli first').toBe(true);
    const generated = execFileSync(process.execPath, [script], { encoding: 'utf8' });
    expect(
      readFileSync(committed, 'utf8'),
      'docs/cli.md is stale: run `node scripts/cli-docs.mjs > ../../docs/cli.md` in packages/cli',
    ).toBe(generated);
  });

  it('names only rules that exist in its examples', () => {
    const text = readFileSync(committed, 'utf8');
    const named = [...text.matchAll(/"rule": "([a-z-]+)"/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    const known = new Set(ruleCatalog.map((r) => r.id));
    expect(named.filter((id) => !known.has(id as string))).toEqual([]);
  });

  it('documents every command', () => {
    const text = readFileSync(committed, 'utf8');
    for (const name of ['validate', 'new', 'fmt', 'build', 'schema', 'preview', 'diff', 'import']) {
      expect(text).toContain(`## briefkit ${name}\n`);
    }
  });
});
