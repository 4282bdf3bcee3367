import { baseLanguage } from '../../shared/i18n.js';

// Words the shared locale table does not have yet; English is the fallback like there.
const en = {
  internalThreats: 'Internal threats',
  externalThreats: 'External threats',
  otherThreats: 'Other threats',
  assessment: 'Assessment',
  empty: 'No threats assessed in this brief.',
  actors: 'Actors',
  places: 'Places',
  events: 'Events',
  'confidence.low': 'low',
  'confidence.moderate': 'moderate',
  'confidence.high': 'high',
} as const;

type Key = keyof typeof en;

const fr: Record<Key, string> = {
  internalThreats: 'Menaces intérieures',
  externalThreats: 'Menaces extérieures',
  otherThreats: 'Autres menaces',
  assessment: 'Évaluation',
  empty: 'Aucune menace évaluée dans cette note.',
  actors: 'Acteurs',
  places: 'Lieux',
  events: 'Événements',
  'confidence.low': 'faible',
  'confidence.moderate': 'modérée',
  'confidence.high': 'élevée',
};

export function word(lang: string, key: Key): string {
  return baseLanguage(lang) === 'fr' ? fr[key] : en[key];
}
