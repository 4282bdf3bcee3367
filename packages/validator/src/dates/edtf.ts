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

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by `length` digits at `at`, or -1. Digit by digit: this runs for every date of a brief. */
function digits(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with an optional `~`, `?` or `%`, between `from` and `to`. */
function parseSingle(text: string, from: number, to: number): DateInterval | 'impossible' | undefined {
  let end = to;
  const last = text.charCodeAt(end - 1);
  if (last === 0x7e || last === 0x3f || last === 0x25) end--;
  const length = end - from;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = digits(text, from, 4);
  if (year < 0) return undefined;
  if (length === 4) return { earliest: year * 10000 + 101, latest: year * 10000 + 1231 };
  const month = text.charCodeAt(from + 4) === 0x2d ? digits(text, from + 5, 2) : -1;
  if (month < 0) return undefined;
  if (month < 1 || month > 12) return 'impossible';
  const base = year * 10000 + month * 100;
  const lastDay = daysInMonth(year, month);
  if (length === 7) return { earliest: base + 1, latest: base + lastDay };
  const day = text.charCodeAt(from + 7) === 0x2d ? digits(text, from + 8, 2) : -1;
  if (day < 0) return undefined;
  if (day < 1 || day > lastDay) return 'impossible';
  return { earliest: base + day, latest: base + day };
}

/** Parses a date of the format's EDTF subset; undefined when it is not of that form at all. */
export function parseEdtf(value: string): ParsedDate | undefined {
  const slash = value.indexOf('/');
  if (slash === -1) {
    const one = parseSingle(value, 0, value.length);
    if (one === undefined) return undefined;
    if (one === 'impossible')
      return { interval: { earliest: -Infinity, latest: Infinity }, impossible: value };
    return { interval: one };
  }
  if (value.indexOf('/', slash + 1) !== -1) return undefined;
  const open = { earliest: -Infinity, latest: Infinity };
  const startOpen = slash === 2 && value.startsWith('..');
  const endOpen = value.length - slash === 3 && value.endsWith('..');
  const start = startOpen ? open : parseSingle(value, 0, slash);
  const end = endOpen ? open : parseSingle(value, slash + 1, value.length);
  if (start === undefined || end === undefined) return undefined;
  if (start === 'impossible' || end === 'impossible') {
    return {
      interval: open,
      impossible: start === 'impossible' ? value.slice(0, slash) : value.slice(slash + 1),
    };
  }
  return { interval: { earliest: start.earliest, latest: end.latest }, start, end };
}

/** True when every day `a` may mean is after every day `b` may mean. */
export function isAfter(a: DateInterval, b: DateInterval): boolean {
  return a.earliest > b.latest;
}
