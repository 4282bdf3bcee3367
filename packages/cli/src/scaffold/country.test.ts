import { describe, expect, it } from 'vitest';
import { CliError } from '../errors.js';
import { lookupCountry } from './country.js';

describe('lookupCountry', () => {
  it('names assigned codes in English, whatever their case', () => {
    expect(lookupCountry('TJ')).toEqual({ code: 'TJ', name: 'Tajikistan' });
    expect(lookupCountry('kg')).toEqual({ code: 'KG', name: 'Kyrgyzstan' });
    expect(lookupCountry(' ru ').name).toBe('Russia');
  });

  it('spells "and" out where display names use an ampersand', () => {
    expect(lookupCountry('BA').name).toBe('Bosnia and Herzegovina');
  });

  it.each(['XX', 'EU', 'ZZ', 'UN'])('refuses %s, which is not an assigned country code', (code) => {
    expect(() => lookupCountry(code)).toThrow(/not an assigned ISO 3166-1 alpha-2/);
  });

  it.each(['TJK', 'T', '12', ''])('refuses %j, which is not two letters', (code) => {
    expect(() => lookupCountry(code)).toThrow(CliError);
    expect(() => lookupCountry(code)).toThrow(/not an ISO 3166-1 alpha-2 country code/);
  });
});
