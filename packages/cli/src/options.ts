import { CliError } from './errors.js';

/** A repeated flag arrives as an array; the last one wins, as in most CLIs. */
function last(value: unknown): unknown {
  return Array.isArray(value) ? value[value.length - 1] : value;
}

/** A string-valued flag, or undefined when absent. `--out` with no value is a usage error, not `true`. */
export function stringOption(value: unknown, flag: string): string | undefined {
  const v = last(value);
  if (v === undefined) return undefined;
  if (typeof v === 'boolean') throw new CliError(`--${flag} needs a value`);
  return String(v);
}

export function choiceOption<T extends string>(
  value: unknown,
  flag: string,
  choices: readonly T[],
  fallback: T,
): T {
  const v = stringOption(value, flag) ?? fallback;
  if (!(choices as readonly string[]).includes(v)) {
    throw new CliError(`--${flag} must be one of ${choices.join(', ')} (got "${v}")`);
  }
  return v as T;
}

export function portOption(value: unknown, fallback: number): number {
  const v = stringOption(value, 'port');
  if (v === undefined) return fallback;
  const port = Number(v);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliError(`--port must be a whole number from 0 to 65535 (got "${v}")`);
  }
  return port;
}

export function flag(value: unknown): boolean {
  return last(value) === true;
}
