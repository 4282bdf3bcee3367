import type { Quantity } from '@briefkit/schema';
import { type MessageKey, msg, wordsGeneration } from './i18n.js';

type Precision = 'day' | 'month' | 'year';

interface EdtfPoint {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
}

interface EdtfValue {
  start?: EdtfPoint;
  end?: EdtfPoint;
  interval: boolean;
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

function parsePoint(text: string): EdtfPoint | undefined {
  const m = POINT.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, q] = m;
  const point: EdtfPoint = {
    year: Number(y),
    precision: d ? 'day' : mo ? 'month' : 'year',
    approximate: q === '~' || q === '%',
    uncertain: q === '?' || q === '%',
  };
  if (mo) point.month = Number(mo);
  if (d) point.day = Number(d);
  return point;
}

/** Parses the EDTF subset of the format; `undefined` for anything else (shown as written). */
export function parseEdtf(date: string): EdtfValue | undefined {
  if (typeof date !== 'string') return undefined;
  const text = date.trim();
  const slash = text.indexOf('/');
  if (slash < 0) {
    const point = parsePoint(text);
    return point ? { start: point, interval: false } : undefined;
  }
  const left = text.slice(0, slash);
  const right = text.slice(slash + 1);
  const start = left === '..' ? undefined : parsePoint(left);
  const end = right === '..' ? undefined : parsePoint(right);
  if ((left !== '..' && !start) || (right !== '..' && !end) || (!start && !end)) return undefined;
  const value: EdtfValue = { interval: true };
  if (start) value.start = start;
  if (end) value.end = end;
  return value;
}

const made = new Map<string, unknown>();

/**
 * `make()` once per `key`: an Intl formatter costs far more to build than to use, and a brief formats
 * hundreds of dates, numbers and lists. A `make` that throws (a malformed language tag) is not remembered,
 * so callers see the same error every time, as before.
 */
export function once<T>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    made.set(key, value);
  }
  return value;
}

/** "A, B and C" in `lang` (in English where `lang` is no language tag Intl takes). */
export function conjunction(lang: string): Intl.ListFormat {
  return once(`list-and|${lang}`, () => new Intl.ListFormat(safeLocale(lang), { type: 'conjunction' }));
}

const year: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
const month: Intl.DateTimeFormatOptions = { month: 'long', ...year };
const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', ...month },
  month,
  year,
};

function dateFormat(lang: string, precision: Precision): Intl.DateTimeFormat {
  return once(
    `date|${lang}|${precision}`,
    () => new Intl.DateTimeFormat(safeLocale(lang), OPTIONS[precision]),
  );
}

function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function toDate(p: EdtfPoint): Date {
  // Year-only and month-only dates are pinned mid-period so no time zone can move them across a boundary.
  return new Date(Date.UTC(p.year, (p.month ?? 7) - 1, p.day ?? 15));
}

function formatPoint(p: EdtfPoint, lang: string): string {
  let text = dateFormat(lang, p.precision).format(toDate(p));
  if (p.uncertain) text = msg(lang, 'date.uncertain', { date: text });
  if (p.approximate) text = msg(lang, 'date.approximate', { date: text });
  return text;
}

// A brief shows the same few dates, numbers and tolls in many places (text, tooltips, key facts, timeline),
// and a page or a server shows the same brief again and again: remember each wording (`remembered`, keyed by
// all it is worded from, in the language it is worded in). Bounded, and forgotten when a language's words
// arrive (an approximate date says "c." or "vers").
const worded = new Map<string, string>();
let wordedGeneration = -1;

export function remembered(key: string, compute: () => string): string {
  if (wordedGeneration !== wordsGeneration() || worded.size > 4096) {
    worded.clear();
    wordedGeneration = wordsGeneration();
  }
  let text = worded.get(key);
  if (text === undefined) {
    text = compute();
    worded.set(key, text);
  }
  return text;
}

const DASH = /^\s*[–—-]\s*$/;
const SINGLE = /^[^\s]+$/;

/**
 * A date range as the locale writes it, with the dash closed up between two values of the same field, as
 * style guides set it: "27–31 March 2022", "March 27–31, 2022", "March–June 2022", not "27 – 31"; a dash
 * between whole dates keeps its spaces ("27 March – 2 April 2022").
 */
function closedRange(format: Intl.DateTimeFormat, start: Date, end: Date): string {
  const parts = format.formatRangeToParts(start, end);
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Intl.DateTimeRangeFormatPart;
    const before = parts[i - 1];
    const after = parts[i + 1];
    const closes =
      part.type === 'literal' &&
      DASH.test(part.value) &&
      before !== undefined &&
      before.type === after?.type &&
      SINGLE.test(before.value) &&
      SINGLE.test(after.value);
    text += closes ? '–' : part.value;
  }
  return text;
}

/**
 * An EDTF date as a reader would say it, at the precision it was written: `2015-09` → "September 2015",
 * `2015` → "2015", `1992/1997` → "1992–1997", `2015~` → "c. 2015"; French "septembre 2015".
 * Text that is not a date of the format is returned unchanged rather than guessed at.
 */
export function formatEdtf(date: string, lang: string): string {
  if (typeof date !== 'string' || typeof lang !== 'string') return wordEdtf(date, lang);
  return remembered(`${lang}\u0000${date}`, () => wordEdtf(date, lang));
}

function wordEdtf(date: string, lang: string): string {
  const value = parseEdtf(date);
  if (!value) return String(date);
  const { start, end } = value;
  if (!value.interval && start) return formatPoint(start, lang);
  if (start && end) {
    const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
    if (plain && start.precision === 'year' && end.precision === 'year') {
      return `${formatPoint(start, lang)}–${formatPoint(end, lang)}`;
    }
    if (plain && start.precision === end.precision) {
      return closedRange(dateFormat(lang, start.precision), toDate(start), toDate(end));
    }
    return `${formatPoint(start, lang)} – ${formatPoint(end, lang)}`;
  }
  if (start) return msg(lang, 'date.from', { date: formatPoint(start, lang) });
  if (end) return msg(lang, 'date.until', { date: formatPoint(end, lang) });
  return String(date);
}

/** The ISO form of an EDTF date's first known day, for `<time datetime>`; `undefined` if not a date. */
export function edtfDatetime(date: string): string | undefined {
  const value = parseEdtf(date);
  const p = value?.start ?? value?.end;
  if (!value || value.interval || !p) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}${p.month ? `-${pad(p.month)}` : ''}${p.day ? `-${pad(p.day)}` : ''}`;
}

function numberFormat(lang: string, percent: boolean): Intl.NumberFormat {
  const options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };
  if (percent) Object.assign(options, { style: 'unit', unit: 'percent' });
  return once(`quantity|${lang}|${percent}`, () => new Intl.NumberFormat(safeLocale(lang), options));
}

/**
 * A quantity worded as honestly as it was given: "almost 100,000", "over 1,000", "up to 1,000", "9",
 * "1,000–3,000", "30%" for the unit `percent`. Other units are appended as written ("almost 100,000 people").
 */
export function formatQuantity(q: Quantity, unit: string | undefined, lang: string): string {
  const { value, low, high, qualifier, approximate } = q;
  // Remembered by what it is worded from; a value that is not a number (unvalidated input) is not.
  if (typeof value !== 'number' || typeof lang !== 'string') return wordQuantity(q, unit, lang);
  return remembered(
    `${lang}\u0000${value}\u0000${low}\u0000${high}\u0000${qualifier}\u0000${approximate}\u0000${unit}`,
    () => wordQuantity(q, unit, lang),
  );
}

function wordQuantity(q: Quantity, unit: string | undefined, lang: string): string {
  const percent = unit === 'percent' || unit === '%';
  const nf = numberFormat(lang, percent);
  const { value, low, high, qualifier } = q;
  const n = nf.format(value);
  const word = (key: string, vars: Record<string, string>) => msg(lang, `qty.${key}` as MessageKey, vars);
  let text = n;
  // A qualifier says it all ("exactly" is said by the bare number); without one, the bounds speak.
  if (qualifier) {
    if (qualifier !== 'exactly') text = word(qualifier, { n });
  } else if (low !== undefined && high !== undefined && low !== high) {
    text = word('range', { low: nf.format(low), high: nf.format(high) });
  } else if (q.approximate) {
    text = word('about', { n });
  } else if (low !== undefined && high === undefined && low === value) {
    text = word('at-least', { n });
  } else if (high !== undefined && low === undefined && high === value) {
    text = word('at-most', { n });
  }
  return unit && !percent ? `${text} ${unit}` : text;
}
