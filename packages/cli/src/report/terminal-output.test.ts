// Whatever the CLI prints that it did not write itself — paths, file names, text quoted from a brief — cannot
// send escape sequences to the terminal or start a line of its own.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minimalBrief } from '@briefkit/schema/fixtures';
import { formatBriefMarkdown } from '@briefkit/validator';
import { describe, expect, it } from 'vitest';
import { runCli, withTempDir } from '../test-helpers.js';

const FORGED = 'No problems found in 1 file.';
// Clears the line, moves up one, then writes the forged verdict on a line of its own.
const HOSTILE = `\u001b[2K\u001b[1A\n${FORGED}\n\u202e`;
const valid = JSON.stringify(minimalBrief, null, 2);
const invalid = valid.replace('"published": "2016-02"', '"published": "2016-02-30"');

/** The colour codes picocolors writes (SGR: ESC [ digits m); any other escape came from the data. */
const SGR = new RegExp('\\u001b\\[[0-9;]*m', 'g');

function expectSafe(output: string): void {
  const bare = output.replace(SGR, '');
  expect(bare).not.toMatch(new RegExp('[\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e]'));
  expect(bare.split('\n')).not.toContain(FORGED);
}

const modes = [
  ['plain', { NO_COLOR: '1' }],
  ['colour', { FORCE_COLOR: '1' }],
] as const;

describe.each(modes)('terminal output stays on its lines (%s)', (_mode, env) => {
  it('validate: a file name with escapes and newlines', () =>
    withTempDir(async (dir) => {
      const name = `tj${HOSTILE}.brief.json`;
      await writeFile(join(dir, name), invalid);
      const { code, stdout, stderr } = await runCli(['validate', name], { cwd: dir, env });
      expect(code).toBe(1);
      expectSafe(stdout + stderr);
      expect(stdout.replace(SGR, '')).toContain(
        'tj\\x1b[2K\\x1b[1A\\nNo problems found in 1 file.\\n\\u202e.brief.json:',
      );
    }));

  it('validate: a missing file with such a name', () =>
    withTempDir(async (dir) => {
      const { code, stdout, stderr } = await runCli(['validate', `gone${HOSTILE}`], { cwd: dir, env });
      expect(code).toBe(2);
      expectSafe(stdout + stderr);
    }));

  it('new and build: an --out folder with escapes and newlines', () =>
    withTempDir(async (dir) => {
      const created = await runCli(['new', 'TJ', '--out', `briefs${HOSTILE}`], { cwd: dir, env });
      expect(created.code).toBe(0);
      expectSafe(created.stdout + created.stderr);
      expect(created.stdout.replace(SGR, '')).toContain('briefs\\x1b[2K');
      await writeFile(join(dir, 'tj.brief.json'), valid);
      const built = await runCli(['build', 'tj.brief.json', '--static', '--out', `site${HOSTILE}`], {
        cwd: dir,
        env,
      });
      expect(built.code).toBe(0);
      expectSafe(built.stdout + built.stderr);
      expect(built.stdout.replace(SGR, '')).toContain('Wrote site\\x1b[2K');
    }));

  it('build and fmt: a source file with such a name', () =>
    withTempDir(async (dir) => {
      const name = `tj${HOSTILE}.brief.json`;
      await writeFile(join(dir, name), invalid);
      const built = await runCli(['build', name, '--out', 'site'], { cwd: dir, env });
      expect(built.code).toBe(1);
      expectSafe(built.stdout + built.stderr);
      const missing = await runCli(['build', `gone${HOSTILE}`, '--out', 'site'], { cwd: dir, env });
      expect(missing.code).toBe(2);
      expectSafe(missing.stdout + missing.stderr);
      // Not canonical (a trailing blank line), then canonical: every message fmt has about the file.
      const md = `tj${HOSTILE}.brief.md`;
      await writeFile(join(dir, md), `${formatBriefMarkdown(minimalBrief)}\n\n`);
      for (const argv of [
        ['fmt', md, '--check'],
        ['fmt', md, '--write'],
        ['fmt', md, '--write'],
      ]) {
        const formatted = await runCli(argv, { cwd: dir, env });
        expect(formatted.stderr.replace(SGR, '')).toContain('tj\\x1b[2K');
        expectSafe(formatted.stdout + formatted.stderr);
      }
    }));

  it('diff: file names and quoted text of the editions', () =>
    withTempDir(async (dir) => {
      const old = `old${HOSTILE}.brief.json`;
      await writeFile(join(dir, old), valid);
      const revised = structuredClone(minimalBrief);
      revised.title = `Revised\n${FORGED}`;
      await writeFile(join(dir, 'new.brief.json'), JSON.stringify(revised));
      const { code, stdout, stderr } = await runCli(['diff', old, 'new.brief.json'], { cwd: dir, env });
      expect(code).toBe(1);
      expectSafe(stdout + stderr);
      // The new title heads the report: its line break is shown, not obeyed.
      expect(stdout.replace(SGR, '').split('\n')[0]).toBe(`Revised\\n${FORGED}`);
      // And when an edition does not compile, the names in the reason.
      await writeFile(join(dir, old), invalid);
      const broken = await runCli(['diff', old, 'new.brief.json'], { cwd: dir, env });
      expect(broken.code).toBe(2);
      expectSafe(broken.stdout + broken.stderr);
    }));
});
