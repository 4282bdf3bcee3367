import { baseLanguage } from '../../shared/i18n.js';

// Words the shared locale table does not have yet; English is the fallback like there.
const en = {
  places: 'Places',
  actors: 'Actors',
  casualties: 'Casualties',
  claims: 'Who says what',
  empty: 'No events in this brief.',
} as const;

type Key = keyof typeof en;

const fr: Record<Key, string> = {
  places: 'Lieux',
  actors: 'Acteurs',
  casualties: 'Victimes',
  claims: 'Qui dit quoi',
  empty: 'Aucun événement dans cette note.',
};

export function word(lang: string, key: Key): string {
  return baseLanguage(lang) === 'fr' ? fr[key] : en[key];
}
