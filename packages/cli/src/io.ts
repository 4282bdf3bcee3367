import pc from 'picocolors';

/** Where a command writes. Anything with `write(string)` will do, so tests can capture output in memory. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** The world a command runs in; `run()` defaults each part to the current process. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Directory that relative paths are resolved against. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** Stops long-running commands (`validate --watch`, `preview`); the bin aborts it on Ctrl-C. */
  signal?: AbortSignal;
  /** The clock `new` reads the publication month from. */
  now?: () => Date;
}

export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org); FORCE_COLOR wins over a
 * missing terminal so CI logs can opt in.
 */
export function colorsFor(stream: OutputStream, env: CliIo['env']): Colors {
  if (env.NO_COLOR) return pc.createColors(false);
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return pc.createColors(true);
  return pc.createColors(stream.isTTY === true && env.TERM !== 'dumb');
}
