import { describe, expect, it } from 'vitest';
import { baseLanguage, msg } from './i18n.js';

describe('msg', () => {
  it('speaks English and French, by base language', () => {
    expect(msg('en', 'sources')).toBe('Sources');
    expect(msg('fr', 'timeline')).toBe('Chronologie');
    expect(msg('fr-CA', 'linkNotAvailable')).toBe('lien non disponible');
  });
  it('falls back to English for other languages', () => {
    expect(baseLanguage('tg-Cyrl')).toBe('en');
    expect(msg('tg', 'actors')).toBe('Actors');
    expect(msg(undefined, 'contents')).toBe('Contents');
  });
  it('fills placeholders', () => {
    expect(msg('en', 'error.http', { status: 500 })).toBe('The server answered with an error (HTTP 500).');
  });
});
