/**
 * cac hands every value to mri, which turns whatever looks like a number into one: `--out 010` would name the
 * folder `10`, `--out 0x10` `16/`, `--out ""` `0/`, and a file called `1e3` would become `1000`. Arguments are
 * strings. So each value mri would read as a number is swapped for a token no number parser accepts before
 * parsing, and swapped back after: mri still decides what is a flag and what is a value (a token never starts
 * with `-`, like the value it stands for), it just cannot rewrite one. Other arguments (command names among
 * them) pass as they are.
 */
export interface ProtectedArgv {
  /** The arguments to give the parser. */
  argv: string[];
  /**
   * Puts back the string each token stands for: in a string (also inside a message), or in place in the
   * arrays and objects the parser returned.
   */
  restore<T>(value: T): T;
}

const TOKENS = /\u0000briefkit-arg-(\d+)\u0000/g;
/** What mri turns into a number: anything `+value` reads as finite ("", " 7", "0x10", "1e3"). */
const looksNumeric = (value: string) => Number.isFinite(+value);

export function protectArgv(argv: readonly string[]): ProtectedArgv {
  const originals: string[] = [];
  const token = (text: string) =>
    looksNumeric(text) ? `\u0000briefkit-arg-${originals.push(text) - 1}\u0000` : text;
  const out: string[] = [];
  let afterDoubleDash = false;
  for (const arg of argv) {
    if (afterDoubleDash || !arg.startsWith('-')) {
      out.push(token(arg));
    } else if (arg === '--') {
      afterDoubleDash = true;
      out.push(arg);
    } else {
      // `--out=010`: the name stays, the value after the first `=` is swapped (as mri splits it).
      const eq = arg.indexOf('=');
      out.push(eq === -1 ? arg : `${arg.slice(0, eq + 1)}${token(arg.slice(eq + 1))}`);
    }
  }
  const restoreValue = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(TOKENS, (_, i: string) => originals[Number(i)] ?? '');
    if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = restoreValue(record[key]);
    }
    return value;
  };
  return { argv: out, restore: <T>(value: T) => restoreValue(value) as T };
}
