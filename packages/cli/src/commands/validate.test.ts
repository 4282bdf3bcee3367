import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Brief } from '@briefkit/schema';
import { minimalBrief } from '@briefkit/schema/fixtures';
import { formatBriefMarkdown } from '@briefkit/validator';
import { describe, expect, it } from 'vitest';
import { run } from '../run.js';
import { MemoryStream, runCli, withTempDir } from '../test-helpers.js';

const valid = `${JSON.stringify(minimalBrief, null, 2)}\n`;
const impossibleDate = valid.replace('"published": "2016-02"', '"published": "2016-02-30"');
const publishedLine = impossibleDate.split('\n').findIndex((l) => l.includes('"published"')) + 1;

async function write(dir: string, name: string, content: string | Uint8Array): Promise<void> {
  await writeFile(join(dir, name), content);
}

describe('briefkit validate', () => {
  it('exits 0 and says so for a valid brief', () =>
    withTempDir(async (dir) => {
      await write(dir, 'tj.brief.json', valid);
      const { code, stdout, stderr } = await runCli(['validate', 'tj.brief.json'], { cwd: dir });
      expect(code).toBe(0);
      expect(stdout).toBe('No problems found in 1 file.\n');
      expect(stderr).toBe('');
    }));

  it('exits 1 and points at the line and column of an error, with the source line and a caret', () =>
    withTempDir(async (dir) => {
      await write(dir, 'tj.brief.json', impossibleDate);
      const { code, stdout } = await runCli(['validate', 'tj.brief.json'], { cwd: dir });
      expect(code).toBe(1);
      const lines = stdout.split('\n');
      const head = lines.findIndex((l) => l.startsWith(`tj.brief.json:${publishedLine}:`));
      expect(head, stdout).toBeGreaterThanOrEqual(0);
      expect(lines[head]).toMatch(/^tj\.brief\.json:\d+:\d+ {2}error {2}.+ {2}[a-z0-9-]+$/);
      expect(lines[head + 1]).toContain('"published": "2016-02-30"');
      expect(lines[head + 2]).toMatch(/\| +\^/);
      expect(stdout).toMatch(/Found 1 error in 1 file\.\n$/);
    }));

  it('prints only JSON on stdout with --format json', () =>
    withTempDir(async (dir) => {
      await write(dir, 'good.brief.json', valid);
      await write(dir, 'bad.brief.json', impossibleDate);
      const { code, stdout, stderr } = await runCli(
        ['validate', 'good.brief.json', 'bad.brief.json', '--format', 'json'],
        { cwd: dir },
      );
      expect(code).toBe(1);
      expect(stderr).toBe('');
      const report = JSON.parse(stdout);
      expect(report.files.map((f: { file: string }) => f.file)).toEqual([
        'good.brief.json',
        'bad.brief.json',
      ]);
      expect(report.files[0].diagnostics).toEqual([]);
      expect(report.files[1].diagnostics[0]).toMatchObject({
        file: 'bad.brief.json',
        line: publishedLine,
        severity: 'error',
      });
      expect(report.summary).toMatchObject({ files: 2, errors: 1, ok: false });
    }));

  it('exits 2 when a file is missing, still reporting the others', () =>
    withTempDir(async (dir) => {
      await write(dir, 'good.brief.json', valid);
      const { code, stdout } = await runCli(['validate', 'good.brief.json', 'gone.brief.md'], { cwd: dir });
      expect(code).toBe(2);
      expect(stdout).toContain('error  gone.brief.md: no such file or directory');
      expect(stdout).toContain('1 unreadable in 2 files');
    }));

  it('names unreadable files on stderr in JSON mode, keeping stdout pure JSON', () =>
    withTempDir(async (dir) => {
      const { code, stdout, stderr } = await runCli(['validate', 'gone.brief.md', '--format', 'json'], {
        cwd: dir,
      });
      expect(code).toBe(2);
      expect(JSON.parse(stdout).files[0].error).toBe('gone.brief.md: no such file or directory');
      expect(stderr).toBe('error: gone.brief.md: no such file or directory\n');
    }));

  it('fails on warnings with --strict only', () =>
    withTempDir(async (dir) => {
      // A declared source that nothing cites is worth a warning, not an error.
      const withUnused = {
        ...minimalBrief,
        sources: [{ id: 'src-unused', citedAs: 'unused', linkUnknown: true }],
      };
      await write(dir, 'tj.brief.json', JSON.stringify(withUnused, null, 2));
      const lenient = await runCli(['validate', 'tj.brief.json', '--format', 'json'], { cwd: dir });
      const report = JSON.parse(lenient.stdout);
      expect(report.summary.errors).toBe(0);
      expect(report.summary.warnings, 'this brief should produce a warning').toBeGreaterThan(0);
      expect(lenient.code).toBe(0);
      const strict = await runCli(['validate', 'tj.brief.json', '--strict'], { cwd: dir });
      expect(strict.code).toBe(1);
      expect(strict.stdout).toContain('--strict: warnings fail');
    }));
});

describe('briefkit validate on a contributed brief that switches off its own security rules', () => {
  const hostile: Brief = {
    ...structuredClone(minimalBrief),
    lede: [
      { type: 'text', text: 'Read \u202Egnp.exe the report ' },
      { type: 'link', href: 'javascript:alert(1)', text: 'here' },
    ],
  };
  const bypass = 'briefkit:\n  rules: { url-scheme: off, text-control-characters: off }\n';
  const withBypass = (brief: Brief) => formatBriefMarkdown(brief).replace('---\n', `---\n${bypass}`);

  it('still fails --strict, and says at the setting that it was ignored', () =>
    withTempDir(async (dir) => {
      await write(dir, 'pr.brief.md', withBypass(hostile));
      const { code, stdout } = await runCli(['validate', 'pr.brief.md', '--strict'], { cwd: dir });
      expect(code).toBe(1);
      expect(stdout).toMatch(
        /^pr\.brief\.md:3:\d+ {2}warning {2}briefkit settings: rule "url-scheme" .*cannot be turned down by the brief itself.* {2}config-locked$/m,
      );
      expect(stdout).toMatch(
        /^pr\.brief\.md:3:\d+ {2}warning {2}briefkit settings: rule "text-control-characters" .* {2}config-locked$/m,
      );
      expect(stdout).toMatch(/ {2}error {2}.* {2}url-scheme$/m);
      expect(stdout).toMatch(/ {2}error {2}.* {2}text-control-characters$/m);
    }));

  it('fails --strict on the attempt alone, even when the brief has nothing to hide', () =>
    withTempDir(async (dir) => {
      await write(dir, 'pr.brief.md', withBypass(minimalBrief));
      const strict = await runCli(['validate', 'pr.brief.md', '--strict'], { cwd: dir });
      expect(strict.code).toBe(1);
      expect(strict.stdout).toContain('config-locked');
      const lenient = await runCli(['validate', 'pr.brief.md'], { cwd: dir });
      expect(lenient.code).toBe(0);
    }));

  it("leaves the project's briefkit.config.json free to turn them off", () =>
    withTempDir(async (dir) => {
      await write(dir, 'pr.brief.md', formatBriefMarkdown(hostile));
      await write(
        dir,
        'briefkit.config.json',
        JSON.stringify({ rules: { 'url-scheme': 'off', 'text-control-characters': 'off' } }),
      );
      const { code, stdout } = await runCli(['validate', 'pr.brief.md', '--strict'], { cwd: dir });
      expect(stdout).not.toMatch(/url-scheme|text-control-characters|config-locked/);
      expect(code).toBe(0);
    }));
});

describe('briefkit validate on bad input', () => {
  it.each([
    [
      'a directory',
      async (dir: string) => mkdir(join(dir, 'x.brief.md')),
      'x.brief.md: is a directory, not a brief source file',
    ],
    [
      'binary bytes',
      async (dir: string) => write(dir, 'x.brief.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])),
      'x.brief.md: not a text file',
    ],
    [
      'invalid UTF-8',
      async (dir: string) => write(dir, 'x.brief.md', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff])),
      'x.brief.md: not UTF-8 text (an invalid byte at line 2, column 1)',
    ],
  ])('exits 2 with one line for %s', (_name, setup, message) =>
    withTempDir(async (dir) => {
      await setup(dir);
      const { code, stdout, stderr } = await runCli(['validate', 'x.brief.md'], { cwd: dir });
      expect(code).toBe(2);
      expect(stdout).toContain(`error  ${message}`);
      expect(stdout + stderr).not.toMatch(/\n\s+at /);
    }),
  );

  it.each([
    ['an empty file', 'x.brief.md', ''],
    ['malformed YAML front matter', 'x.brief.md', '---\ntitle: [unclosed\nid: x\n---\n\nLede.\n'],
    ['malformed YAML', 'x.brief.yaml', 'formatVersion: "1.0"\nid: [a, b\n  - c: d\n'],
    ['malformed JSON', 'x.brief.json', '{ "formatVersion": "1.0", "id": }'],
  ])('exits 1 with a located diagnostic for %s', (_name, file, content) =>
    withTempDir(async (dir) => {
      await write(dir, file, content);
      const { code, stdout, stderr } = await runCli(['validate', file, '--format', 'json'], { cwd: dir });
      expect(code).toBe(1);
      const diagnostics = JSON.parse(stdout).files[0].diagnostics;
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(diagnostics[0]).toMatchObject({ file, severity: 'error' });
      expect(diagnostics[0].line).toBeGreaterThanOrEqual(1);
      expect(diagnostics[0].column).toBeGreaterThanOrEqual(1);
      expect(stderr).toBe('');
    }),
  );
});

describe('briefkit validate --watch', () => {
  it('validates again when the file changes, until aborted', () =>
    withTempDir(async (dir) => {
      await write(dir, 'tj.brief.json', valid);
      const stdout = new MemoryStream();
      const stderr = new MemoryStream();
      const controller = new AbortController();
      const done = run(['validate', 'tj.brief.json', '--watch'], {
        cwd: dir,
        env: { NO_COLOR: '1' },
        stdout,
        stderr,
        signal: controller.signal,
      });
      await stdout.until((t) => t.includes('No problems found in 1 file.'));
      await stderr.until((t) => t.includes('Watching'));
      await write(dir, 'tj.brief.json', impossibleDate);
      await stdout.until((t) => t.includes('Found 1 error in 1 file.'));
      expect(stderr.text).toContain('tj.brief.json changed; validating again.');
      controller.abort();
      expect(await done).toBe(1);
    }));
});
