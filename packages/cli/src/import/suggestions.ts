import { type IdPool, slugWords } from './slug.js';

/**
 * Entity stubs found in the text, written as YAML comments for the author to accept: nothing here becomes
 * part of the brief by itself, and each stub says only what its sentence says.
 */
export interface Suggestion {
  /** The stub as one YAML flow mapping. */
  yaml: string;
  sentence: string;
  /** How often the text mentions it. */
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

/** The sentence around a place in a paragraph (Intl.Segmenter's sentence boundaries for the language). */
class SentenceLocator {
  private readonly segmenter: Intl.Segmenter;

  constructor(language: string) {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    this.segmenter = segmenter;
  }

  at(paragraph: string, index: number): string {
    let found = '';
    for (const s of this.segmenter.segment(paragraph)) {
      if (s.index > index) break;
      found = s.segment;
    }
    return found.trim();
  }
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

interface Found {
  make: (id: IdPool) => string;
  /** Where it was first found; the sentence is worked out only for the suggestions that are listed. */
  paragraph: string;
  index: number;
  count: number;
}

/** Suggestions of one kind by key, each with where it was first found and how often. */
class Finds {
  readonly byKey = new Map<string, Found>();
  paragraph = '';

  add(key: string, index: number, make: (ids: IdPool) => string): void {
    const found = this.byKey.get(key);
    if (found) found.count++;
    else this.byKey.set(key, { make, paragraph: this.paragraph, index, count: 1 });
  }

  collect(
    ids: IdPool,
    sentences: SentenceLocator,
    keep: (f: Found) => boolean = () => true,
  ): { list: Suggestion[]; omitted: number } {
    const all = [...this.byKey.values()].filter(keep);
    return {
      list: all.slice(0, MAX_SUGGESTIONS).map((f) => ({
        yaml: f.make(ids),
        sentence: sentences.at(f.paragraph, f.index),
        count: f.count,
      })),
      omitted: Math.max(0, all.length - MAX_SUGGESTIONS),
    };
  }
}

const q = (text: string) => JSON.stringify(text);

function findDates(paragraph: string, out: Finds): string {
  let rest = paragraph;
  for (const m of paragraph.matchAll(DATE)) {
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
    out.add(
      d,
      m.index,
      (ids) =>
        `{ id: ${ids.take(`event-${slugWords(d.replace('/', ' to '))}`)}, title: ${q(`What happened: ${written}`)}, date: ${q(d)} }`,
    );
  }
  return rest;
}

/** `text` is the paragraph with its dates blanked out. */
function findFigures(text: string, out: Finds): void {
  for (const m of text.matchAll(FIGURE)) {
    const g = m.groups!;
    const digits = g.n!.replace(/[ \u00a0,]/g, '');
    const value = Number(digits);
    if (!Number.isFinite(value)) continue;
    let unit: string;
    let phraseEnd = m.index + m[0].length;
    if (g.pct !== undefined) unit = '%';
    else {
      // A year is a date, not a figure: "the 2015 elections".
      if (/^[12]\d{3}$/.test(g.n!)) continue;
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
    }
    const phrase = text.slice(m.index, phraseEnd).trim();
    const qualifier = g.q === undefined ? undefined : QUALIFIERS[g.q];
    const quantity = `{ value: ${value}${qualifier ? `, qualifier: ${qualifier}, approximate: true` : ''} }`;
    out.add(
      `${value} ${unit}`,
      m.index,
      (ids) =>
        `{ id: ${ids.take(`figure-${slugWords(`${digits} ${unit === '%' ? 'percent' : unit}`)}`)}, label: ${q(phrase)}, quantity: ${quantity}${unit === '%' ? ', unit: "%"' : ''} }`,
    );
  }
}

/** Whether `index` starts a sentence of `paragraph`: its start, or after closing punctuation and space. */
function startsSentence(paragraph: string, index: number): boolean {
  return (
    index === 0 || /(?:^|[.?!]['’"”)]*\s+)['‘"“(]*$/.test(paragraph.slice(Math.max(0, index - 12), index))
  );
}

function findNames(paragraph: string, lowerWords: Set<string>, out: Finds): void {
  for (const m of paragraph.matchAll(NAME)) {
    let words = m[0].split(/\s+/);
    if (startsSentence(paragraph, m.index)) {
      const first = words[0]!.toLowerCase();
      if (OPENERS.has(first) || lowerWords.has(first)) words = words.slice(1);
    }
    while (words.length > 0 && /^(?:of|the|for|on|de|al)$/.test(words[words.length - 1]!)) words.pop();
    const name = words
      .join(' ')
      .replace(/['’]s$/, '')
      .replace(/[-/'’]+$/, '')
      .trim();
    if (
      words.length === 1 &&
      (MONTHS.includes(name) || name.length < 2 || lowerWords.has(name.toLowerCase()))
    ) {
      continue;
    }
    if (name === '' || /^\P{L}*$/u.test(name)) continue;
    out.add(
      name,
      m.index,
      (ids) => `{ id: ${ids.take(slugWords(name) || 'actor')}, kind: other, name: ${q(name)} }`,
    );
  }
}

/** Dates, numbers with units and capitalised names that repeat, each with the first sentence it is in. */
export function findSuggestions(paragraphs: readonly string[], language: string, ids: IdPool): Suggestions {
  const lowerWords = new Set<string>();
  // Words that also appear in small letters are ordinary words, not names; the first 256 KB of text show
  // the common ones, and looking further costs more than the rest of the search.
  let sampled = 0;
  for (const p of paragraphs) {
    if (sampled > 256 * 1024) break;
    sampled += p.length;
    for (const w of p.split(/[^\p{L}'’-]+/u)) if (/^\p{Ll}/u.test(w)) lowerWords.add(w);
  }
  const dates = new Finds();
  const figures = new Finds();
  const names = new Finds();
  for (const paragraph of paragraphs) {
    dates.paragraph = figures.paragraph = names.paragraph = paragraph;
    // Dates and figures both start with or contain a digit.
    if (/\d/.test(paragraph)) findFigures(findDates(paragraph, dates), figures);
    findNames(paragraph, lowerWords, names);
  }
  const sentences = new SentenceLocator(language);
  const actors = names.collect(ids, sentences, (f) => f.count >= 2);
  const events = dates.collect(ids, sentences);
  const figs = figures.collect(ids, sentences);
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
    const also = s.count > 1 ? ` (${s.count} times in the text)` : '';
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
