import { parseEdtf } from './format.js';

// Apart from the formatting: only the timeline (a lazily loaded part) and the public API sort dates.

/**
 * Year, month, day and precision as one number, each a digit of its own base (months and days are two
 * digits, up to 99, precision 0 to 2). Within the same start, the less precise date sorts first ("2015"
 * before "2015-09").
 */
function sortKey(date: string): number {
  const value = parseEdtf(date);
  const p = value?.start ?? value?.end;
  if (!p) return Number.POSITIVE_INFINITY;
  const rank = p.precision === 'year' ? 0 : p.precision === 'month' ? 1 : 2;
  return ((p.year * 100 + (p.month ?? 0)) * 100 + (p.day ?? 0)) * 3 + rank;
}

/** Orders EDTF dates by their start (open starts by their end); unparseable dates sort last. */
export function compareEdtf(a: string, b: string): number {
  const x = sortKey(a);
  const y = sortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
