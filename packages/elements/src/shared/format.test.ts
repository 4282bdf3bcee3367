import { beforeAll, describe, expect, it } from 'vitest';
import { compareEdtf, edtfDatetime, formatEdtf, formatQuantity } from './format.js';
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
    expect(formatEdtf('2015-06/2015-09', 'en')).toMatch(/^June\s–\sSeptember 2015$/);
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
