import { type CliIo, type Colors, colorsFor } from './io.js';

/** What every command receives: the io it must use (never `process` directly) and colours for each stream. */
export interface Context {
  io: Required<Omit<CliIo, 'signal'>> & { signal: AbortSignal | undefined };
  /** Colours for stdout and stderr, each decided for its own stream. */
  out: Colors;
  err: Colors;
  debug: boolean;
  print(text: string): void;
  log(text: string): void;
}

export function createContext(io: CliIo, debug: boolean): Context {
  const full = { ...io, now: io.now ?? (() => new Date()), signal: io.signal };
  return {
    io: full,
    out: colorsFor(io.stdout, io.env),
    err: colorsFor(io.stderr, io.env),
    debug,
    print: (text) => io.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    log: (text) => io.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  };
}
