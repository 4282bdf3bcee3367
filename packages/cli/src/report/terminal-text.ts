// C0 and C1 controls (newlines and ESC among them), DEL, the Unicode line and paragraph separators, and the bidi
// embeddings, overrides and isolates that reorder how a line reads. Built from a string: control characters in a
// regex literal read as a mistake to linters; here they are the point.
const UNSAFE = new RegExp(
  '[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]',
  'g',
);

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * A path, or text quoted from a brief, made safe to print on one terminal line: every control character,
 * line break and bidi override is shown as an escape (`\n`, `\x1b`, `\u202e`). A file name or a sentence can
 * then neither send escape sequences to the terminal nor start a line of its own ("No problems found").
 * Used for everything the CLI prints that it did not write itself, in colour and plain output alike.
 */
export function terminalText(text: string): string {
  return String(text).replace(UNSAFE, escapeChar);
}
