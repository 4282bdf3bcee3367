import type { DiagnosticInput } from '../diagnostics.js';
import { LineIndex } from '../text/line-index.js';
import { firstTooDeepJson } from './depth.js';

const endOfInput = 'Unexpected end of JSON input';

/** Whether the first `length` characters already hold the error (rather than merely ending too soon). */
function failsBefore(text: string, length: number): boolean {
  try {
    JSON.parse(text.slice(0, length));
    return false;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (message.startsWith(endOfInput)) return false;
    const at = /at position (\d+)/.exec(message);
    return !(at && Number(at[1]) >= length);
  }
}

/**
 * Where JSON.parse stopped. Newer engines say "at position N"; others only quote the text, so the shortest
 * prefix that fails for a reason other than ending early is found by bisection (about 25 parses for 10 MB).
 */
function errorOffset(text: string, message: string): number {
  const stated = /at position (\d+)/.exec(message);
  if (stated) return Number(stated[1]);
  if (message.startsWith(endOfInput)) return text.length;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsBefore(text, mid + 1)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function authorMessage(message: string): string {
  const core = message
    .replace(/,\s*".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  return `JSON syntax error: ${core.charAt(0).toLowerCase()}${core.slice(1)} (JSON needs double-quoted names and strings, no trailing commas, no comments)`;
}

/** Reads strict JSON. Positions of the values are found later, only if a diagnostic needs one. */
export function readJson(
  text: string,
  maxDepth: number,
  report: (d: DiagnosticInput) => void,
): { value: unknown; ok: boolean } {
  if (text.trim() === '') {
    report({
      rule: 'json-syntax',
      message: 'the file is empty: a .brief.json holds one JSON object',
      at: { line: 1, column: 1 },
    });
    return { value: undefined, ok: false };
  }
  const deep = firstTooDeepJson(text, maxDepth);
  if (deep !== undefined) {
    report({
      rule: 'input-limit',
      message: `the JSON is nested more than ${maxDepth} levels deep here: no brief needs that; flatten it`,
      at: new LineIndex(text).position(deep),
    });
    return { value: undefined, ok: false };
  }
  try {
    return { value: JSON.parse(text), ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    report({
      rule: 'json-syntax',
      message: authorMessage(message),
      at: new LineIndex(text).position(errorOffset(text, message)),
    });
    return { value: undefined, ok: false };
  }
}
