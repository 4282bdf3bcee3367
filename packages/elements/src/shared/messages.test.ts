import { describe, expect, it } from 'vitest';
import { loadLanguage } from './i18n.js';
import { msg } from './messages.js';

describe('the public msg', () => {
  it('answers for the words the lazily loaded parts carry, in English and French', async () => {
    expect(msg('en', 'timeline')).toBe('Timeline');
    expect(msg('fr', 'timeline.empty')).toBe('Aucun événement dans cette note.');
    expect(msg('en', 'likelihood.roughly-even-chance')).toBe('roughly even chance');
    expect(msg('fr-CA', 'threats.confidence.high')).toBe('élevée');
    expect(msg('en', 'estimateCount', { count: 3 })).toBe('3 estimates');
    expect(msg('fr', 'mapLoading')).toBe('Chargement de la carte…');
    expect(msg('tg', 'keyFigures')).toBe('Key figures');
  });
  it('answers for the shared words and those no element shows any more', async () => {
    await loadLanguage('fr');
    expect(msg('fr', 'sources')).toBe('Sources');
    expect(msg('fr', 'contents')).toBe('Sommaire');
    expect(msg('en', 'error.http', { status: 500 })).toBe('The server answered with an error (HTTP 500).');
    expect(msg('en', 'noEntries')).toBe('None listed.');
    expect(msg('fr', 'confidence.low')).toBe('confiance faible');
    expect(msg('en', 'qty.exactly', { n: 9 })).toBe('exactly 9');
  });
});
