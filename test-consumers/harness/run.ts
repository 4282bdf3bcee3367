// Runs a command without a shell and collects its output; a failure carries everything needed to see why.
import { spawn } from 'node:child_process';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the command after this long: a hung install must fail the test, not the CI job. */
  timeoutMs?: number;
  /** Reject on a non-zero exit (default true). */
  check?: boolean;
}

/**
 * The environment of a consumer's commands: the test runner's own settings must not leak into what is meant to
 * look like a user's shell — pnpm exports dozens of `npm_config_*` variables, and vitest's `NODE_ENV=test` would
 * make Vite build a development bundle.
 */
export function consumerEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|NODE_OPTIONS$|NODE_ENV$|VITEST|TURBO_)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const { cwd, env = consumerEnv(), timeoutMs = 180_000, check = true } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result = { code: code ?? 1, stdout, stderr };
      if (check && (code !== 0 || signal)) {
        const why = signal ? `killed by ${signal} (timeout ${timeoutMs} ms?)` : `exit ${code}`;
        reject(new Error(`${command} ${args.join(' ')} (in ${cwd}): ${why}\n${stdout}\n${stderr}`.trim()));
      } else resolve(result);
    });
  });
}
