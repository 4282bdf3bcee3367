import { type IdPool, slugWords } from './slug.js';

/**
 * Entity stubs found in the text, written as YAML comments for the author to accept: nothing here becomes
 * part of the brief by itself, and each stub says only what its sentence says.
 */
export interface Suggestion {
  /** The stub as one YAML flow mapping. */
  yaml: string;
  sentence: string;
  /** How many sentences mention it. */
  count: number;
}

export interface Suggestions {
  actors: Suggestion[];
  events: Suggestion[];
  figures: Suggestion[];
  /** Found but not listed, past the cap per kind. */
  omitted: number;
}

/** Per kind, so a long document's front matter stays readable. */
export const MAX_SUGGESTIONS = 100;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH = MONTHS.join('|');
const DATE = new RegExp(
  [
    String.raw`\b(?<d1>\d{1,2})\s+(?<m1>${MONTH})\s+(?<y1>\d{4})\b`,
    String.raw`\b(?<m2>${MONTH})\s+(?<d2>\d{1,2}),\s+(?<y2>\d{4})\b`,
    String.raw`\b(?<m3>${MONTH})\s+(?<y3>\d{4})\b`,
    String.raw`\b(?<from>[12]\d{3})\s*[–—-]\s*(?<to>[12]\d{3})\b`,
    // Without a year a date is no EDTF date: it is only taken out, so that "16 September" is not a figure.
    String.raw`\b(?<d4>\d{1,2})\s+(?:${MONTH})\b`,
    String.raw`\b(?:${MONTH})\s+(?<d5>\d{1,2})\b`,
  ].join('|'),
  'g',
);

const QUALIFIERS: Record<string, string> = {
  almost: 'almost',
  nearly: 'almost',
  about: 'about',
  around: 'about',
  approximately: 'about',
  some: 'about',
  roughly: 'about',
  over: 'over',
  'more than': 'over',
  'up to': 'up-to',
  'at least': 'at-least',
  'at most': 'at-most',
  under: 'under',
  'fewer than': 'under',
  'less than': 'under',
};
/** A number with a unit: an optional qualifier, digits in groups of three or with a decimal, then `%` or words. */
const FIGURE = new RegExp(
  String.raw`(?:\b(?<q>${Object.keys(QUALIFIERS).join('|')})\s+)?(?<!\p{L}|\d[ \u00a0,.]?)(?<n>\d{1,3}(?:[ \u00a0,]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(?<pct>\s?%|\s+per\s?cent\b)|\s+(?<unit>[\p{L}][\p{L}'’-]*(?:\s+[\p{Ll}][\p{L}'’-]*)?))`,
  'gu',
);
/** Words that end a unit: "9 police officers and 13 militants" counts police officers, not "officers and". */
const NOT_UNIT = new Set(
  'a an and are as at be been but by for from had has have in into is it of on or per than that the their them there these they this those to was were which who with'.split(
    ' ',
  ),
);

/** Capitalised words, joined by single spaces or by "of", "of the", "for", "on": "Ministry of Defence". */
const NAME =
  /\p{Lu}[\p{L}\p{M}\p{N}'’/-]*(?:(?:\s+(?:of|of the|for|on|de|al))?\s+\p{Lu}[\p{L}\p{M}\p{N}'’/-]*)*/gu;
/** Capitalised at the start of a sentence because of where they stand, not because they are names. */
const OPENERS = new Set(
  'a about according after against all also although an and another any as at because before both but by despite during each following for from further he her his however if in its it many meanwhile moreover most on once one our over she since some such that the their these they this those though thus to under unlike until we when where whereas which while who with without yet'.split(
    ' ',
  ),
);

function sentencesOf(paragraphs: readonly string[], language: string): string[] {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  } catch {
    segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  }
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    for (const { segment } of segmenter.segment(paragraph)) {
      const s = segment.trim();
      if (s !== '') out.push(s);
    }
  }
  return out;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

interface Found {
  key: string;
  make: (id: IdPool) => string;
  sentence: string;
}

function collect(found: Found[], ids: IdPool): { list: Suggestion[]; omitted: number } {
  const byKey = new Map<string, { found: Found; count: number }>();
  for (const f of found) {
    const entry = byKey.get(f.key);
    if (entry) entry.count++;
    else byKey.set(f.key, { found: f, count: 1 });
  }
  const all = [...byKey.values()];
  return {
    list: all
      .slice(0, MAX_SUGGESTIONS)
      .map(({ found: f, count }) => ({ yaml: f.make(ids), sentence: f.sentence, count })),
    omitted: Math.max(0, all.length - MAX_SUGGESTIONS),
  };
}

const q = (text: string) => JSON.stringify(text);

function findDates(sentence: string, out: Found[]): string {
  let rest = sentence;
  for (const m of sentence.matchAll(DATE)) {
    const g = m.groups!;
    let date: string | undefined;
    if (g.d4 !== undefined || g.d5 !== undefined) {
      date = undefined;
    } else if (g.from !== undefined) {
      if (Number(g.from) < Number(g.to)) date = `${g.from}/${g.to}`;
    } else {
      const year = Number(g.y1 ?? g.y2 ?? g.y3);
      const month = MONTHS.indexOf((g.m1 ?? g.m2 ?? g.m3)!) + 1;
      const day = g.d1 ?? g.d2;
      if (day === undefined) date = `${year}-${pad(month)}`;
      else if (Number(day) >= 1 && Number(day) <= daysIn(year, month))
        date = `${year}-${pad(month)}-${pad(Number(day))}`;
    }
    // Dates are taken out before numbers are looked for, so "4 September 2015" is not a figure of 4.
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    if (date === undefined) continue;
    const written = m[0];
    const d = date;
    out.push({
      key: d,
      sentence,
      make: (ids) =>
        `{ id: ${ids.take(`event-${slugWords(d.replace('/', ' to '))}`)}, title: ${q(`What happened: ${written}`)}, date: ${q(d)} }`,
    });
  }
  return rest;
}

function findFigures(sentence: string, text: string, out: Found[]): void {
  for (const m of text.matchAll(FIGURE)) {
    const g = m.groups!;
    const digits = g.n!.replace(/[ \u00a0,]/g, '');
    const value = Number(digits);
    if (!Number.isFinite(value)) continue;
    let unit: string | undefined;
    let phraseEnd = m.index + m[0].length;
    if (g.pct !== undefined) unit = '%';
    else {
      const words = g.unit!.split(/\s+/);
      if (NOT_UNIT.has(words[0]!.toLowerCase())) continue;
      // A second word belongs to the unit when it is the plural noun the first qualifies: "police officers",
      // "Tajik citizens"; "militants dead" and "chicks without" count militants and chicks.
      if (
        words.length > 1 &&
        (NOT_UNIT.has(words[1]!.toLowerCase()) || /s$/.test(words[0]!) || !/s$/.test(words[1]!))
      ) {
        phraseEnd -= g.unit!.length - words[0]!.length;
        words.length = 1;
      }
      unit = words.join(' ');
      // A year is a date, not a figure: "the 2015 elections".
      if (/^[12]\d{3}$/.test(g.n!)) continue;
    }
    const phrase = text.slice(m.index, phraseEnd).trim();
    const qualifier = g.q === undefined ? undefined : QUALIFIERS[g.q];
    const quantity = `{ value: ${value}${qualifier ? `, qualifier: ${qualifier}, approximate: true` : ''} }`;
    const u = unit;
    out.push({
      key: `${value} ${u}`,
      sentence,
      make: (ids) =>
        `{ id: ${ids.take(`figure-${slugWords(`${digits} ${u === '%' ? 'percent' : u}`)}`)}, label: ${q(phrase)}, quantity: ${quantity}${u === '%' ? ', unit: "%"' : ''} }`,
    });
  }
}

function findNames(sentence: string, lowerWords: Set<string>, out: Found[]): void {
  for (const m of sentence.matchAll(NAME)) {
    let words = m[0].split(/\s+/);
    if (m.index === 0 || /^['‘"“(]*$/.test(sentence.slice(0, m.index))) {
      const first = words[0]!.toLowerCase();
      if (OPENERS.has(first) || lowerWords.has(first)) words = words.slice(1);
    }
    while (words.length > 0 && /^(?:of|the|for|on|de|al)$/.test(words[words.length - 1]!)) words.pop();
    let name = words
      .join(' ')
      .replace(/['’]s$/, '')
      .replace(/[-/'’]+$/, '');
    if (
      words.length === 1 &&
      (MONTHS.includes(name) || name.length < 2 || lowerWords.has(name.toLowerCase()))
    )
      continue;
    name = name.trim();
    if (name === '' || /^\P{L}*$/u.test(name)) continue;
    const n = name;
    out.push({
      key: n,
      sentence,
      make: (ids) => `{ id: ${ids.take(slugWords(n) || 'actor')}, kind: other, name: ${q(n)} }`,
    });
  }
}

/** Dates, numbers with units and capitalised names that repeat, each with the first sentence it is in. */
export function findSuggestions(paragraphs: readonly string[], language: string, ids: IdPool): Suggestions {
  const sentences = sentencesOf(paragraphs, language);
  const lowerWords = new Set<string>();
  for (const p of paragraphs)
    for (const w of p.match(/(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*/gu) ?? []) lowerWords.add(w);
  const dates: Found[] = [];
  const figures: Found[] = [];
  const names: Found[] = [];
  for (const sentence of sentences) {
    const rest = findDates(sentence, dates);
    findFigures(sentence, rest, figures);
    findNames(sentence, lowerWords, names);
  }
  const repeated = new Map<string, number>();
  for (const n of names) repeated.set(n.key, (repeated.get(n.key) ?? 0) + 1);
  const actors = collect(
    names.filter((n) => (repeated.get(n.key) ?? 0) >= 2),
    ids,
  );
  const events = collect(dates, ids);
  const figs = collect(figures, ids);
  return {
    actors: actors.list,
    events: events.list,
    figures: figs.list,
    omitted: actors.omitted + events.omitted + figs.omitted,
  };
}

function listComment(key: string, list: readonly Suggestion[], hint: string): string {
  if (list.length === 0) return '';
  let out = `# ${key}:${hint}\n`;
  for (const s of list) {
    const also = s.count > 1 ? ` (and ${s.count - 1} more sentence${s.count === 2 ? '' : 's'})` : '';
    out += `#   # ${q(s.sentence)}${also}\n`;
    out += `#   - ${s.yaml}\n`;
  }
  return out;
}

/** The suggestions as YAML comments; uncommenting a key and some of its entries makes them part of the brief. */
export function suggestionComment(s: Suggestions): string {
  if (s.actors.length + s.events.length + s.figures.length === 0) return '';
  let out =
    '\n# Suggestions found in the text. None of them is part of the brief: to accept one, uncomment its\n';
  out +=
    '# list key and its entry, complete it (say what kind of actor, what happened), and mention it in the text\n';
  out += '# with [words](actor:id), [words](event:id) or [words](figure:id).\n';
  out += listComment(
    'actors',
    s.actors,
    ' # capitalised names that occur more than once; kind: person, party, state, …?',
  );
  out += listComment('events', s.events, ' # dates in the text, as EDTF');
  out += listComment('figures', s.figures, ' # numbers with a unit');
  if (s.omitted > 0)
    out += `# (${s.omitted} more suggestions are not listed: at most ${MAX_SUGGESTIONS} of each kind.)\n`;
  return out;
}
