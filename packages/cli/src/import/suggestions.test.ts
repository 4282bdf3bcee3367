import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPlainText } from './from-markdown.js';
import { IdPool } from './slug.js';
import { findSuggestions } from './suggestions.js';
import { compiled, importToText } from './test-support.js';

const seed = fileURLToPath(
  new URL('../../../../apps/tajikistan/seed/tajikistan-new-challenges-to-security.txt', import.meta.url),
);

function suggest(...paragraphs: string[]) {
  return findSuggestions(paragraphs, 'en', new IdPool());
}

describe('suggestions found in the text', () => {
  it('turns written dates into EDTF: a day, a month, a range', () => {
    const { events } = suggest(
      'On 4 September 2015 a station was attacked. The court ruled in May 2015. The war lasted from 1992–1997.',
    );
    expect(events.map((e) => e.yaml)).toEqual([
      '{ id: event-2015-09-04, title: "What happened: 4 September 2015", date: "2015-09-04" }',
      '{ id: event-2015-05, title: "What happened: May 2015", date: "2015-05" }',
      '{ id: event-1992-to-1997, title: "What happened: 1992–1997", date: "1992/1997" }',
    ]);
    expect(events[0]!.sentence).toBe('On 4 September 2015 a station was attacked.');
  });

  it('suggests no impossible date, and no date without a year', () => {
    expect(suggest('Nothing happened on 30 February 2015, nor on 16 September.').events).toEqual([]);
  });

  it('keeps a figure as worded, with its qualifier, and takes neither years nor dates for figures', () => {
    const { figures } = suggest(
      'The war left almost 100 000 dead in 1997. On 4 September 2015, 9 police officers and 13 militants died; 30% of seats went to the 2015 elections.',
    );
    expect(figures.map((f) => f.yaml)).toEqual([
      '{ id: figure-100000-dead, label: "almost 100 000 dead", quantity: { value: 100000, qualifier: almost, approximate: true } }',
      '{ id: figure-9-police-officers, label: "9 police officers", quantity: { value: 9 } }',
      '{ id: figure-13-militants, label: "13 militants", quantity: { value: 13 } }',
      '{ id: figure-30-percent, label: "30%", quantity: { value: 30 }, unit: "%" }',
    ]);
  });

  it('suggests capitalised names that repeat, not those seen once or words capitalised at a sentence start', () => {
    const { actors } = suggest(
      'The Ministry of Defence spoke. Later the Ministry of Defence spoke again, and Kabiri once.',
      'The ministry was quiet.',
    );
    expect(actors.map((a) => a.yaml)).toEqual([
      '{ id: ministry-of-defence, kind: other, name: "Ministry of Defence" }',
    ]);
    expect(actors[0]!.count).toBe(2);
  });
});

describe('suggestions in an imported brief', () => {
  const markdown = importToText(readPlainText(readFileSync(seed, 'utf8')));

  it('are comments only: the brief declares no actor, event or figure the author has not accepted', () => {
    const brief = compiled(markdown);
    expect(brief.actors).toBeUndefined();
    expect(brief.events).toBeUndefined();
    expect(brief.figures).toBeUndefined();
    expect(markdown).toContain(
      '#   - { id: event-2015-09-04, title: "What happened: 4 September 2015", date: "2015-09-04" }',
    );
    expect(markdown).toContain(
      '#   # "On 4 September 2015, a Ministry of Defence complex in the capital Dushanbe, and a police station in the nearby city of Vahdat were attacked, leaving 9 police officers and 13 militants dead."',
    );
  });

  it('give a brief that still validates once every one of them is uncommented', () => {
    const accepted = markdown
      .replace(/^# (actors|events|figures):.*$/gm, '$1:')
      .replace(/^# {3}(- |# )/gm, '  $1');
    const brief = compiled(accepted);
    expect(brief.events?.length).toBeGreaterThan(10);
    expect(brief.figures?.length).toBeGreaterThan(5);
    expect(brief.actors?.map((a) => a.name)).toContain('Muhiddin Kabiri');
  });
});
