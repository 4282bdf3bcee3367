import { describe, expect, test } from 'vitest';
import { isAfter, parseEdtf } from './edtf.js';

describe('parseEdtf', () => {
  test('dates cover their precision', () => {
    expect(parseEdtf('2015')?.interval).toEqual({ earliest: 20150101, latest: 20151231 });
    expect(parseEdtf('2016-02')?.interval).toEqual({ earliest: 20160201, latest: 20160229 });
    expect(parseEdtf('2015-02')?.interval).toEqual({ earliest: 20150201, latest: 20150228 });
    expect(parseEdtf('2015-09-04~')?.interval).toEqual({ earliest: 20150904, latest: 20150904 });
  });

  test('ranges and open ends', () => {
    expect(parseEdtf('1992/1997')).toMatchObject({ interval: { earliest: 19920101, latest: 19971231 } });
    expect(parseEdtf('2015-09/..')?.interval).toEqual({ earliest: 20150901, latest: Infinity });
    expect(parseEdtf('../2016')?.interval).toEqual({ earliest: -Infinity, latest: 20161231 });
  });

  test('impossible calendar dates are named', () => {
    expect(parseEdtf('2015-02-30')?.impossible).toBe('2015-02-30');
    expect(parseEdtf('2015-13')?.impossible).toBe('2015-13');
    expect(parseEdtf('2000-02-29')?.impossible).toBeUndefined();
    expect(parseEdtf('1900-02-29')?.impossible).toBe('1900-02-29');
    expect(parseEdtf('2014/2015-04-31')?.impossible).toBe('2015-04-31');
  });

  test('what is not of the form', () => {
    for (const bad of ['', '15', '2015-9', '2015/2016/2017', 'September 2015', '2015-09-04T10:00', '20a5']) {
      expect(parseEdtf(bad)).toBeUndefined();
    }
  });

  test('"after" compares at precision', () => {
    const at = (s: string) => parseEdtf(s)!.interval;
    expect(isAfter(at('2016-01-27'), at('2016'))).toBe(false);
    expect(isAfter(at('2016-03'), at('2016-02'))).toBe(true);
    expect(isAfter(at('2016'), at('2015-12-31'))).toBe(true);
    expect(isAfter(at('2016'), at('2016-06'))).toBe(false);
  });
});
