import { beforeAll, describe, expect, it } from 'vitest';
import { compareEdtf } from './date-order.js';
import { edtfDatetime, formatEdtf, formatQuantity } from './format.js';
import { loadLanguage } from './i18n.js';

// Languages other than English load on demand; rendering outside an element must ask first.
beforeAll(() => loadLanguage('fr'));

describe('formatEdtf', () => {
  it('keeps the precision the author wrote', () => {
    expect(formatEdtf('2015-09-04', 'en')).toBe('September 4, 2015');
    expect(formatEdtf('2015-09-04', 'en-GB')).toBe('4 September 2015');
    expect(formatEdtf('2015-09', 'en')).toBe('September 2015');
    expect(formatEdtf('2015', 'en')).toBe('2015');
  });
  it('writes ranges, open ranges and qualifiers', () => {
    expect(formatEdtf('1992/1997', 'en')).toBe('1992–1997');
    expect(formatEdtf('2015~', 'en')).toBe('c. 2015');
    expect(formatEdtf('2015?', 'en')).toBe('2015?');
    expect(formatEdtf('2015-09/..', 'en')).toBe('from September 2015');
    expect(formatEdtf('../2016', 'en')).toBe('until 2016');
    expect(formatEdtf('1990~/1997', 'en')).toBe('c. 1990 – 1997');
    expect(formatEdtf('2015-06/2015-09', 'en')).toBe('June–September 2015');
  });
  it('speaks French', () => {
    expect(formatEdtf('2015-09', 'fr')).toBe('septembre 2015');
    expect(formatEdtf('2015-10-01', 'fr')).toBe('1 octobre 2015');
    expect(formatEdtf('2015~', 'fr')).toBe('vers 2015');
  });
  it('returns text that is not a date unchanged, and survives a bad language tag', () => {
    expect(formatEdtf('sometime in autumn', 'en')).toBe('sometime in autumn');
    expect(formatEdtf('2015', 'not a tag!!')).toBe('2015');
  });
  it('gives a machine date for <time>', () => {
    expect(edtfDatetime('2015-09')).toBe('2015-09');
    expect(edtfDatetime('2015-09-04~')).toBe('2015-09-04');
    expect(edtfDatetime('1992/1997')).toBeUndefined();
  });
});

describe("formatEdtf in the brief's language", () => {
  it.each([
    ['2022-03-27', '27 March 2022', 'March 27, 2022', '27 mars 2022'],
    ['2022-03', 'March 2022', 'March 2022', 'mars 2022'],
    ['2022', '2022', '2022', '2022'],
    ['2022~', 'c. 2022', 'c. 2022', 'vers 2022'],
    ['2022-03-27/2022-03-31', '27–31 March 2022', 'March 27–31, 2022', '27–31 mars 2022'],
    [
      '2022-03-27/2022-04-02',
      '27 March – 2 April 2022',
      'March 27 – April 2, 2022',
      '27 mars – 2 avril 2022',
    ],
    [
      '2021-12-30/2022-01-02',
      '30 December 2021 – 2 January 2022',
      'December 30, 2021 – January 2, 2022',
      '30 décembre 2021 – 2 janvier 2022',
    ],
    ['2022-03/2022-06', 'March–June 2022', 'March–June 2022', 'mars–juin 2022'],
    ['2021/2022', '2021–2022', '2021–2022', '2021–2022'],
    [
      '2021-11/2022-02',
      'November 2021 – February 2022',
      'November 2021 – February 2022',
      'novembre 2021 – février 2022',
    ],
    ['1992/1997', '1992–1997', '1992–1997', '1992–1997'],
    ['2022-03/..', 'from March 2022', 'from March 2022', 'depuis mars 2022'],
    ['../2022-03-31', 'until 31 March 2022', 'until March 31, 2022', 'jusqu’à 31 mars 2022'],
  ])('%s', (date, gb, us, fr) => {
    const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
    expect(plain(formatEdtf(date, 'en-GB'))).toBe(gb);
    expect(plain(formatEdtf(date, 'en-US'))).toBe(us);
    expect(plain(formatEdtf(date, 'fr'))).toBe(fr);
  });
});

describe('compareEdtf', () => {
  it('sorts by start, the less precise first, garbage last', () => {
    const dates = ['2015-09-28', 'junk', '2015-09', '1992/1997', '../1990', '2015', '2015-09-04'];
    expect([...dates].sort(compareEdtf)).toEqual([
      '../1990',
      '1992/1997',
      '2015',
      '2015-09',
      '2015-09-04',
      '2015-09-28',
      'junk',
    ]);
  });
});

describe('formatQuantity', () => {
  it('is honest about bounds', () => {
    expect(
      formatQuantity(
        { value: 100000, high: 100000, approximate: true, qualifier: 'almost' },
        undefined,
        'en',
      ),
    ).toBe('almost 100,000');
    expect(formatQuantity({ value: 1000, low: 1000, qualifier: 'over' }, undefined, 'en')).toBe('over 1,000');
    expect(formatQuantity({ value: 1000, qualifier: 'up-to' }, undefined, 'en')).toBe('up to 1,000');
    expect(formatQuantity({ value: 9 }, undefined, 'en')).toBe('9');
    expect(formatQuantity({ value: 2000, low: 1000, high: 3000 }, undefined, 'en')).toBe('1,000–3,000');
    expect(formatQuantity({ value: 500, approximate: true }, undefined, 'en')).toBe('about 500');
    expect(formatQuantity({ value: 500, low: 500 }, undefined, 'en')).toBe('at least 500');
  });
  it('words each quantity by all it was given, however many of the same number came before', () => {
    const q = (extra: object) => formatQuantity({ value: 1000, ...extra }, undefined, 'en');
    // Each wording is remembered: the same number with other bounds, wording or unit is worded anew.
    expect([
      q({}),
      q({ qualifier: 'over' }),
      q({ approximate: true }),
      q({ low: 1000 }),
      q({ high: 1000 }),
    ]).toEqual(['1,000', 'over 1,000', 'about 1,000', 'at least 1,000', 'at most 1,000']);
    expect(formatQuantity({ value: 1000 }, 'people', 'en')).toBe('1,000 people');
    expect(formatQuantity({ value: 1000 }, 'percent', 'en')).toBe('1,000%');
    expect(formatQuantity({ value: 1000 }, undefined, 'fr')).toBe('1\u202f000');
    expect(q({})).toBe('1,000');
  });
  it('handles units and percent', () => {
    expect(formatQuantity({ value: 30 }, 'percent', 'en')).toBe('30%');
    expect(formatQuantity({ value: 100000, qualifier: 'almost' }, 'people', 'en')).toBe(
      'almost 100,000 people',
    );
  });
  it('follows the locale', () => {
    expect(formatQuantity({ value: 100000, qualifier: 'almost' }, undefined, 'fr')).toBe(
      'près de 100\u202f000',
    );
    expect(formatQuantity({ value: 30 }, 'percent', 'fr')).toBe('30\u00a0%');
  });
});
