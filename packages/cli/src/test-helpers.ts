// Helpers for this package's tests: run the CLI in-process against temporary directories.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from './io.js';
import { run } from './run.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export class MemoryStream {
  text = '';
  isTTY: boolean;
  private waiters: { test: (text: string) => boolean; resolve: () => void }[] = [];

  constructor(isTTY = false) {
    this.isTTY = isTTY;
  }

  write(chunk: string): boolean {
    this.text += chunk;
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(this.text)) return true;
      w.resolve();
      return false;
    });
    return true;
  }

  /** Resolves once the accumulated output satisfies `test`. */
  until(test: (text: string) => boolean): Promise<void> {
    if (test(this.text)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }
}

export async function runCli(argv: string[], io: Partial<CliIo> = {}): Promise<Captured> {
  const stdout = new MemoryStream();
  const stderr = new MemoryStream();
  const code = await run(argv, { env: { NO_COLOR: '1' }, stdout, stderr, ...io });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'briefkit-cli-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
