import { describe, expect, it } from 'vitest';
import { baseLanguage, loadLanguage, msg, supportedLanguages } from './i18n.js';

describe('msg', () => {
  it('loads French on demand, speaking English until it has arrived', async () => {
    expect(supportedLanguages).toEqual(['en', 'fr']);
    expect(loadLanguage('en')).toBeUndefined();
    expect(msg('fr', 'contents')).toBe('Contents');
    const loading = loadLanguage('fr-CA');
    expect(loading).toBeInstanceOf(Promise);
    expect(loadLanguage('fr')).toBe(loading);
    await loading;
    expect(loadLanguage('fr')).toBeUndefined();
  });
  it('speaks English and French, by base language', async () => {
    await loadLanguage('fr');
    expect(msg('en', 'sources')).toBe('Sources');
    expect(msg('fr', 'contents')).toBe('Sommaire');
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
