import { readFileSync } from 'node:fs';
import type { Brief, CitationSpan, Event, QuoteSpan, Span } from '@briefkit/schema';
import { compileSource } from '@briefkit/validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { readerText, spansInOrder, spanText } from './brief/reading-order.js';
import { seedLinks, seedSentences } from './brief/seed-text.js';
import { findInOrder, words } from './brief/words.js';

const file = new URL('./tajikistan.brief.md', import.meta.url);
const source = readFileSync(file, 'utf8');
const seed = readFileSync(
  new URL('../seed/tajikistan-new-challenges-to-security.txt', import.meta.url),
  'utf8',
);

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

/** How the text words a single EDTF date of day, month or year precision: "1 October 2015", "June 2015", "2015". */
function spelledDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return year ?? '';
  const monthName = MONTHS[Number(month) - 1] ?? '';
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

let brief: Brief;
let diagnostics: ReturnType<typeof compileSource>['diagnostics'];

beforeAll(() => {
  const result = compileSource(source, { file: file.pathname });
  diagnostics = result.diagnostics;
  if (!result.brief)
    throw new Error(`the brief did not compile:\n${JSON.stringify(result.diagnostics, null, 2)}`);
  brief = result.brief;
});

const byId = <T extends { id: string }>(list: readonly T[] | undefined, id: string): T => {
  const found = list?.find((entry) => entry.id === id);
  if (!found) throw new Error(`no entry "${id}"`);
  return found;
};

const citations = (): CitationSpan[] =>
  spansInOrder(brief).filter((span): span is CitationSpan => span.type === 'citation');
const quotes = (): QuoteSpan[] =>
  spansInOrder(brief).filter((span): span is QuoteSpan => span.type === 'quote');

describe('the Tajikistan brief compiles cleanly', () => {
  it('has no errors and no warnings', () => {
    const problems = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    expect(problems.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message} (${d.rule})`)).toEqual([]);
  });

  it('carries the metadata the text gives, and claims nothing more', () => {
    expect(brief.formatVersion).toBe('1.1');
    expect(brief.id).toBe('tajikistan-2016');
    expect(brief.country).toEqual({ code: 'TJ', name: 'Tajikistan' });
    expect(brief.language).toBe('en-GB');
    expect(brief.title).toBe('Tajikistan: New challenges to security');
    expect(brief.published).toBe('2016');
    for (const field of ['publisher', 'authors', 'licence', 'series', 'asOf'] as const) {
      expect(brief[field], field).toBeUndefined();
    }
  });

  it('has the three sections of the source with their sub-headings', () => {
    const outline = brief.sections.map((s) => [s.title, (s.sections ?? []).map((sub) => sub.title)]);
    expect(outline).toEqual([
      ['Background: civil war and rise of authoritarianism', []],
      [
        'Internal threats: rising terrorism and extremism',
        [
          'September attacks: A failed coup attempt?',
          'Crackdown on Islamist opposition increases security risks',
        ],
      ],
      [
        "External threats: Taliban and ISIL/Da'esh push for international involvement",
        ['Russia assumes more responsibility, the USA and EU follow suit'],
      ],
    ]);
  });
});

describe('text fidelity', () => {
  it('shows every sentence of the source, word for word and in order', () => {
    const reader = readerText(brief).flatMap(words);
    const sentences = seedSentences(seed);
    const result = findInOrder(
      reader,
      sentences.map((sentence) => words(sentence)),
    );
    expect(result.missing === -1 ? 'all found' : sentences[result.missing]).toBe('all found');
  });

  it('adds no words of its own to the running text', () => {
    const reader = readerText(brief).flatMap(words);
    const original = seedSentences(seed).flatMap(words);
    expect(reader).toEqual(original);
  });

  it('joins the paragraph split by the page break', () => {
    expect(readerText(brief).some((p) => p.includes('artificial obstacles which prevented the party'))).toBe(
      true,
    );
  });

  it('shows the PDPT without the extraction escape', () => {
    const text = readerText(brief).join('\n');
    expect(text).toContain("People's Democratic Party of Tajikistan (PDPT)");
    expect(text).not.toContain('\\(');
  });
});

describe('quotations', () => {
  const speakers: [string, string][] = [
    ['developed a concrete plan', 'tj-government'],
    ['attempted coup', 'tj-government'],
    ['in a restricted political space', 'osce'],
    ['failed to provide a level playing field', 'osce'],
    ["the general's mutiny", 'kabiri'],
    ['outlawing of IRPT', 'eeas'],
    ['the fight against international terrorism', 'rahmon'],
  ];

  it.each(speakers)('"%s…" is a quote attributed to %s', (start, speaker) => {
    const quote = quotes().find((q) => q.text.startsWith(start));
    expect(quote, start).toBeDefined();
    const claim = byId(brief.claims, quote?.claim ?? '');
    expect(claim.claimant).toBe(speaker);
    expect(brief.actors?.some((actor) => actor.id === speaker)).toBe(true);
  });

  it('quotes exactly the words the source put in quotation marks, without the marks', () => {
    expect(quotes()).toHaveLength(speakers.length);
    for (const quote of quotes()) {
      expect(quote.text).not.toMatch(/^['‘’"“]|['‘’"“]$/);
      expect(seed.includes(`'${quote.text}'`), quote.text).toBe(true);
    }
  });

  it('attributes Nazarzoda’s account, which the source reports without quotation marks, as a disputing claim', () => {
    const account = byId(brief.claims, 'nazarzoda-account');
    expect(account.claimant).toBe('nazarzoda');
    expect(account.disputes).toContain('coup-account');
    const mention = spansInOrder(brief).find((s) => s.type === 'mention' && s.entity === 'nazarzoda-account');
    expect(mention && spanText(mention)).toBe(
      "the Tajik government had decided to liquidate former UTO commanders opposed to the IRPT's closure",
    );
    const denial = byId(brief.claims, 'nazarzoda-denial');
    expect([denial.kind, denial.claimant]).toEqual(['denial', 'nazarzoda']);
    expect(denial.disputes).toContain('coup-account');
  });
});

describe('citations', () => {
  it('turns each of the 65 links into a citation of the same words, in order', () => {
    expect(citations().map((c) => c.text)).toEqual(seedLinks(seed).map((link) => link.words));
  });

  it('cites 65 distinct sources, each once, all declared', () => {
    const ids = citations().map((c) => c.source);
    expect(new Set(ids).size).toBe(65);
    expect((brief.sources ?? []).map((s) => s.id).sort()).toEqual([...ids].sort());
  });

  it('marks every link target unknown and invents no url, title or author', () => {
    for (const citation of citations()) {
      const source = byId(brief.sources, citation.source);
      expect(source.linkUnknown, source.id).toBe(true);
      expect(source.citedAs, source.id).toBe(citation.text);
      expect([source.url, source.title, source.authors, source.accessed], source.id).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    }
  });

  it('dates a source only with a date the text gives', () => {
    const text = seedSentences(seed).join(' ');
    for (const source of brief.sources ?? []) {
      if (source.date) expect(text, source.id).toContain(spelledDate(source.date));
    }
  });

  it('names the publisher where the text names it', () => {
    const publisherOf = (words: string, occurrence = 0) => {
      const citation = citations().filter((c) => c.text === words)[occurrence];
      return citation && byId(brief.sources, citation.source);
    };
    expect(publisherOf('OSCE')?.publisher).toBe('OSCE');
    expect(publisherOf('consolidated authoritarian')?.publisher).toBe('Freedom House');
    expect(publisherOf('statement', 1)).toMatchObject({
      publisher: 'European External Action Service',
      date: '2015-10-01',
    });
    expect(publisherOf('announced', 0)).toMatchObject({
      publisher: 'Ministry of Justice',
      date: '2015-08-28',
    });
    expect(publisherOf('announced', 1)).toMatchObject({ publisher: 'Interior Ministry', date: '2015-01-25' });
    expect(publisherOf('Council Conclusions')).toMatchObject({
      publisher: 'Council of the European Union',
      date: '2015-06',
    });
    expect(publisherOf('statement', 0)?.kind).toBe('statement');
    expect(publisherOf('stated')?.kind).toBe('statement');
  });
});

describe('mentions link numbers and dates to the facts they state', () => {
  const mentionOf = (text: string): string | undefined => {
    const span = spansInOrder(brief).find(
      (s): s is Extract<Span, { type: 'mention' }> => s.type === 'mention' && s.text === text,
    );
    return span?.entity;
  };

  it.each([
    ['4 September 2015', 'sep-2015-attacks'],
    ['almost 100 000 dead', 'civil-war-deaths'],
    ['June 1997', 'peace-agreement'],
    ['30%', 'uto-share'],
    ['16 September', 'ramit-battle'],
    ['28 August 2015', 'justice-ministry-announcement'],
    ['29 September 2015', 'irpt-banned'],
    ['1 October 2015', 'eeas-statement'],
    ['25 January 2015', 'isil-recruits-announced'],
    ['up to 1 000 Tajik citizens', 'isil-departures'],
    ['28 September 2015', 'kunduz-seized'],
    ['over 1 000 fighters', 'taliban-fighters'],
    ['17 agreements', 'cis-agreements'],
    ['5 500 troops', 'us-troops'],
    ['27 January 2016', 'chief-of-staff-appointment'],
    ['July 2012', 'gbao-clashes'],
  ])('"%s" → %s', (text, entity) => {
    expect(mentionOf(text)).toBe(entity);
  });

  it('leaves no number in plain running text except the planned years no fact records', () => {
    const numbers = spansInOrder(brief)
      .filter((s) => s.type === 'text')
      .flatMap((s) => words(spanText(s)).filter((w) => /\d/.test(w)));
    expect(numbers).toEqual(['2020', '2017']);
  });
});

describe('events', () => {
  const year = (event: Event) => Number(/\d{4}/.exec(event.date)?.[0]);

  it('records at least 25 dated events from 1992 to 2016', () => {
    const events = brief.events ?? [];
    expect(events.length).toBeGreaterThanOrEqual(25);
    const years = events.map(year);
    expect(Math.min(...years)).toBe(1992);
    expect(Math.max(...years)).toBe(2016);
  });

  it.each([
    ['civil-war', '1992~/1997-06'],
    ['peace-agreement', '1997-06'],
    ['elections-2000', '2000'],
    ['elections-2005', '2005'],
    ['elections-2010', '2010'],
    ['elections-2015', '2015'],
    ['irpt-loses-seats', '2015-03'],
    ['justice-ministry-announcement', '2015-08-28'],
    ['sep-2015-attacks', '2015-09-04'],
    ['ramit-battle', '2015-09-16'],
    ['kunduz-seized', '2015-09-28'],
    ['irpt-banned', '2015-09-29'],
    ['eeas-statement', '2015-10-01'],
    ['isil-designated', '2015-05'],
    ['halimov-defection', '2015-05'],
    ['isil-recruits-announced', '2015-01-25'],
    ['rahmon-unga', '2015-09'],
    ['csto-summit', '2015-09'],
    ['cis-summit', '2015-10'],
    ['base-helicopters', '2015-10/..'],
    ['kerry-tour', '2015-11'],
    ['eu-central-asia-dialogue', '2015-03'],
    ['council-conclusions', '2015-06'],
    ['leader-of-the-nation', '2015-12'],
    ['chief-of-staff-appointment', '2016-01-27'],
    ['gbao-clashes', '2012-07'],
    ['imu-pledge', '2015-08'],
    ['russian-border-troops', '../2005'],
  ])('%s is dated %s, as precisely as the text says', (id, date) => {
    expect(byId(brief.events, id).date).toBe(date);
  });

  it('breaks the casualties down by group', () => {
    const toll = (id: string) =>
      (byId(brief.events, id).casualties ?? []).map((c) => [
        c.group,
        c.outcome,
        c.count?.value,
        c.count?.qualifier,
      ]);
    expect(toll('sep-2015-attacks')).toEqual([
      ['police officers', 'killed', 9, undefined],
      ['militants', 'killed', 13, undefined],
    ]);
    expect(toll('nazarzoda-operations').map(([, outcome, value]) => [outcome, value])).toEqual([
      ['killed', 25],
      ['arrested', 125],
      ['casualties', 14],
    ]);
    expect(
      toll('isil-recruits-announced').map(([, outcome, value, qualifier]) => [outcome, value, qualifier]),
    ).toEqual([
      ['departed', 1000, 'up-to'],
      ['killed', 148, undefined],
      ['returned', 61, undefined],
    ]);
  });
});

describe('figures', () => {
  it.each([
    ['civil-war-deaths', { value: 100000, high: 100000, qualifier: 'almost', approximate: true }, 'people'],
    ['civil-war-duration', { value: 5, high: 5, qualifier: 'almost', approximate: true }, 'years'],
    ['uto-share', { value: 30 }, 'percent'],
    ['vote-threshold', { value: 5 }, 'percent'],
    ['irpt-seats', { value: 2 }, 'seats'],
    ['taliban-fighters', { value: 1000, low: 1000, qualifier: 'over' }, 'fighters'],
    ['us-troops', { value: 5500 }, 'troops'],
    ['cis-agreements', { value: 17 }, 'agreements'],
    ['isil-departures', { value: 1000, high: 1000, qualifier: 'up-to' }, 'people'],
    ['isil-departures-killed', { value: 148 }, 'people'],
    ['isil-departures-returned', { value: 61 }, 'people'],
  ])('%s', (id, quantity, unit) => {
    const figure = byId(brief.figures, id);
    expect(figure.quantity).toEqual(quantity);
    expect(figure.unit).toBe(unit);
  });
});

describe('claims, rating and threats', () => {
  it('rates the regime as Freedom House did, saying nothing the text does not about the scale', () => {
    const [rating] = brief.ratings ?? [];
    expect(rating).toMatchObject({ rater: 'freedom-house', value: 'consolidated authoritarian' });
    expect(rating?.scale).toEqual({ name: 'Freedom House classification' });
    expect(rating?.date).toBeUndefined();
  });

  it('records the Supreme Court designations as claims by that court', () => {
    const designations = (brief.claims ?? []).filter((c) => c.kind === 'designation');
    expect(designations.map((c) => [c.claimant, c.subjects, c.text, c.date])).toEqual([
      ['supreme-court', ['irpt'], 'extremist and terrorist organisation', '2015-09-29'],
      ['supreme-court', ['isil'], 'terrorist organisation', '2015-05'],
    ]);
  });

  it('attributes the coup account to the government', () => {
    expect(byId(brief.claims, 'coup-account')).toMatchObject({ kind: 'account', claimant: 'tj-government' });
  });

  it('separates internal from external threats, with the responses of Russia, the USA and the EU', () => {
    const threats = brief.threats ?? [];
    expect(new Set(threats.map((t) => t.scope))).toEqual(new Set(['internal', 'external']));
    const responders = new Set(threats.flatMap((t) => (t.responses ?? []).map((r) => r.actor)));
    for (const actor of ['russia', 'usa', 'eu']) expect(responders.has(actor), actor).toBe(true);
  });

  it('states a likelihood only where the text judges one, and no confidence', () => {
    const judged = (brief.threats ?? []).filter((t) => t.likelihood).map((t) => [t.id, t.likelihood]);
    expect(judged).toEqual([['threat-crackdown', 'likely']]);
    expect((brief.threats ?? []).some((t) => t.confidence)).toBe(false);
  });

  it('places every place on the map', () => {
    for (const place of brief.places ?? []) expect(place.coordinates, place.id).toBeDefined();
  });
});
