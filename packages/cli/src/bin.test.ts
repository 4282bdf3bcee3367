// End-to-end: the built bin (dist/bin.js) as a user runs it. `pnpm build` (or turbo's test task) builds it first.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minimalBrief } from '@briefkit/schema/fixtures';
import { beforeAll, describe, expect, it } from 'vitest';
import { withTempDir } from './test-helpers.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], cwd: string, env: Record<string, string> = {}): ChildProcess {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...inherited } = process.env;
  return spawn(process.execPath, [bin, ...args], { cwd, env: { ...inherited, ...env }, stdio: 'pipe' });
}

function finish(child: ChildProcess): Promise<Result> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const briefkit = (args: string[], cwd: string, env?: Record<string, string>) => finish(start(args, cwd, env));

/** Resolves with everything read so far once the stream (stdout by default) matches. */
function waitFor(
  child: ChildProcess,
  pattern: RegExp,
  stream: 'stdout' | 'stderr' = 'stdout',
): Promise<string> {
  let seen = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (pattern.test(seen)) {
        child[stream]?.off('data', onData);
        resolve(seen);
      }
    };
    child[stream]?.on('data', onData);
    child.on('close', () => reject(new Error(`exited before printing ${pattern}; got:\n${seen}`)));
    // Fail with what was printed rather than at the test's timeout with nothing to go on.
    setTimeout(() => reject(new Error(`no ${pattern} after 10 s; got:\n${seen}`)), 10_000).unref();
  });
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/bin.js is missing: run `pnpm build` in packages/cli first');
});

describe('the briefkit bin', () => {
  it('starts with a node hashbang and prints help', () =>
    withTempDir(async (dir) => {
      expect((await readFile(bin, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
      const { code, stdout } = await briefkit(['--help'], dir);
      expect(code).toBe(0);
      expect(stdout).toContain('validate <...files>');
    }));

  it('exits 2 with one line and a hint for an unknown command, without a stack trace', () =>
    withTempDir(async (dir) => {
      const { code, stdout, stderr } = await briefkit(['buld', 'x.brief.md'], dir);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        'error: unknown command "buld"\nDid you mean "briefkit build"? Run "briefkit --help" for the list of commands.\n',
      );
    }));

  it('creates a starter brief that validates, and reports its errors once broken', () =>
    withTempDir(async (dir) => {
      expect((await briefkit(['new', 'KG'], dir)).code).toBe(0);
      const ok = await briefkit(['validate', 'kg.brief.md'], dir);
      expect(ok.code, ok.stdout + ok.stderr).toBe(0);

      const text = await readFile(join(dir, 'kg.brief.md'), 'utf8');
      await writeFile(join(dir, 'kg.brief.md'), text.replace('published: "', 'published: "1999-02-30'));
      const broken = await briefkit(['validate', 'kg.brief.md', '--format', 'json'], dir);
      expect(broken.code).toBe(1);
      expect(JSON.parse(broken.stdout).summary.errors).toBeGreaterThan(0);
    }));

  it('exits 2 for a missing file, naming it, with no stack trace', () =>
    withTempDir(async (dir) => {
      const { code, stdout, stderr } = await briefkit(['validate', 'missing.brief.md'], dir);
      expect(code).toBe(2);
      expect(stdout).toContain('missing.brief.md: no such file or directory');
      expect(stdout + stderr).not.toMatch(/\n\s+at /);
    }));

  it('colours a report only when asked, and never under NO_COLOR', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'x.brief.json'), '{');
      const forced = await briefkit(['validate', 'x.brief.json'], dir, { FORCE_COLOR: '1' });
      expect(forced.stdout).toContain('\u001b[');
      const plain = await briefkit(['validate', 'x.brief.json'], dir, { FORCE_COLOR: '1', NO_COLOR: '1' });
      expect(plain.code).toBe(1);
      expect(plain.stdout).not.toContain('\u001b[');
    }));

  it('prints the JSON Schema', () =>
    withTempDir(async (dir) => {
      const { code, stdout } = await briefkit(['schema'], dir);
      expect(code).toBe(0);
      expect(JSON.parse(stdout).$id).toMatch(/^https:\/\/briefkit\.dev\/schema\/brief\//);
    }));

  it('validates again on change with --watch, until interrupted', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'tj.brief.json');
      await writeFile(file, JSON.stringify(minimalBrief, null, 2));
      const child = start(['validate', 'tj.brief.json', '--watch'], dir, { NO_COLOR: '1' });
      const result = finish(child);
      const ready = waitFor(child, /Watching tj\.brief\.json for changes/, 'stderr');
      await waitFor(child, /No problems found in 1 file\./);
      await ready;
      // Listening before the save: the watcher may report before the write's own callback comes back.
      const revalidated = waitFor(child, /Found \d+ errors? in 1 file\./);
      await writeFile(file, JSON.stringify({ ...minimalBrief, id: 'Not An Id' }, null, 2));
      await revalidated;
      child.kill('SIGINT');
      const { code, stderr } = await result;
      expect(stderr).toContain('tj.brief.json changed; validating again.');
      expect(code).toBe(1);
    }));

  it('serves a preview until interrupted', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(minimalBrief));
      const child = start(['preview', 'tj.brief.json', '--port', '0'], dir, { NO_COLOR: '1' });
      const result = finish(child);
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(await waitFor(child, /http:\/\/127\.0\.0\.1:\d+\//))![0];
      const html = await (await fetch(url)).text();
      expect(html).toContain('Tajikistan: a minimal brief');
      child.kill('SIGINT');
      expect((await result).code).toBe(0);
    }));
});
