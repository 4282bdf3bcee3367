import type { Diagnostic } from './diagnostic.js';
import { terminalText } from './terminal-text.js';

/** Longest stretch of a source line shown; longer lines are cut around the column with an ellipsis. */
const MAX_WIDTH = 120;
const TAB = '  ';

export interface Excerpt {
  lineNumber: number;
  text: string;
  /** Spaces up to the column, then carets under the span. */
  marker: string;
}

/**
 * The source line a diagnostic points at and a caret line under its column (like rustc and tsc), or
 * undefined when the position is outside the text (a file-level diagnostic).
 */
export function excerptFor(source: string, diagnostic: Diagnostic): Excerpt | undefined {
  const lines = source.split(/\r\n|\r|\n/);
  const raw = lines[diagnostic.line - 1];
  if (raw === undefined || diagnostic.line < 1) return undefined;

  const start = Math.min(Math.max(diagnostic.column - 1, 0), raw.length);
  const sameLineEnd =
    diagnostic.endLine === undefined || diagnostic.endLine === diagnostic.line
      ? diagnostic.endColumn
      : raw.length + 1;
  const end = Math.max(Math.min((sameLineEnd ?? start + 2) - 1, raw.length), start + 1);

  // Cut the line to a window around the span so a minified or very long line stays readable.
  let from = 0;
  let to = raw.length;
  if (raw.length > MAX_WIDTH) {
    from = Math.max(0, Math.min(start - 20, raw.length - MAX_WIDTH));
    to = Math.min(raw.length, from + MAX_WIDTH);
  }
  const head = from > 0 ? '…' : '';
  const tail = to < raw.length ? '…' : '';
  const visible = (s: string) => terminalText(s.replace(/\t/g, TAB));
  const before = visible(raw.slice(from, start));
  const span = visible(raw.slice(start, Math.min(end, to)));
  return {
    lineNumber: diagnostic.line,
    text: head + visible(raw.slice(from, to)) + tail,
    marker: ' '.repeat(head.length + [...before].length) + '^'.repeat(Math.max(1, [...span].length)),
  };
}
