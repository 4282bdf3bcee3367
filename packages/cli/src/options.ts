import { CliError } from './errors.js';

/** A repeated flag arrives as an array; the last one wins, as in most CLIs. */
function last(value: unknown): unknown {
  return Array.isArray(value) ? value[value.length - 1] : value;
}

/**
 * A string-valued flag, or undefined when absent. `--out` with no value, or an empty one, is a usage error,
 * not `true` or a folder named "". The value is the string typed (see argv.ts): `--out 010` is "010".
 */
export function stringOption(value: unknown, flag: string): string | undefined {
  const v = last(value);
  if (v === undefined) return undefined;
  if (typeof v === 'boolean' || v === '') throw new CliError(`--${flag} needs a value`);
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

/** Decimal digits only: no sign, exponent, hex, fraction, space or leading zero (is 010 ten or eight?). */
const DECIMAL_PORT = /^(?:0|[1-9][0-9]{0,4})$/;

export function portOption(value: unknown, fallback: number): number {
  const v = typeof value === 'number' ? String(value) : stringOption(value, 'port');
  if (v === undefined) return fallback;
  const port = DECIMAL_PORT.test(v) ? Number(v) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new CliError(`--port must be a whole number from 0 to 65535 (got "${v}")`);
  }
  return port;
}

export function flag(value: unknown): boolean {
  return last(value) === true;
}
