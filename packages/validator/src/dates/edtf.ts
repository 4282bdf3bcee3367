/**
 * EDTF dates of the format's subset as intervals of days. A date of month precision covers the whole month, so
 * comparisons ask whether one date's earliest possible day is after another's latest possible day.
 * Days are numbers `yyyymmdd`, which order like the calendar.
 */
export interface DateInterval {
  earliest: number;
  latest: number;
}

export interface ParsedDate {
  /** The whole interval the date or range covers (open ends are ±Infinity). */
  interval: DateInterval;
  /** For a range: each end's own interval. */
  start?: DateInterval;
  end?: DateInterval;
  /** The first part that is not a real calendar date, e.g. `2015-02-30`. */
  impossible?: string;
}

const single = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[~?%]?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseSingle(text: string): DateInterval | 'impossible' | undefined {
  const match = single.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { earliest: year * 10000 + 101, latest: year * 10000 + 1231 };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return 'impossible';
  const base = year * 10000 + month * 100;
  const last = daysInMonth(year, month);
  if (match[3] === undefined) return { earliest: base + 1, latest: base + last };
  const day = Number(match[3]);
  if (day < 1 || day > last) return 'impossible';
  return { earliest: base + day, latest: base + day };
}

/** Parses a date of the format's EDTF subset; undefined when it is not of that form at all. */
export function parseEdtf(value: string): ParsedDate | undefined {
  const parts = value.split('/');
  if (parts.length > 2) return undefined;
  if (parts.length === 1) {
    const one = parseSingle(value);
    if (one === undefined) return undefined;
    if (one === 'impossible')
      return { interval: { earliest: -Infinity, latest: Infinity }, impossible: value };
    return { interval: one };
  }
  const [a = '', b = ''] = parts;
  const open = { earliest: -Infinity, latest: Infinity };
  const start = a === '..' ? open : parseSingle(a);
  const end = b === '..' ? open : parseSingle(b);
  if (start === undefined || end === undefined) return undefined;
  if (start === 'impossible' || end === 'impossible') {
    return { interval: open, impossible: start === 'impossible' ? a : b };
  }
  return { interval: { earliest: start.earliest, latest: end.latest }, start, end };
}

/** True when every day `a` may mean is after every day `b` may mean. */
export function isAfter(a: DateInterval, b: DateInterval): boolean {
  return a.earliest > b.latest;
}
