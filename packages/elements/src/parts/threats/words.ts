import { type PartWords, partWord } from '../../shared/part-words.js';

// The threats list's words ship with its code, not with `<security-brief>`'s. Keys are the names `msg` of
// the package's public API answers to.
const en = {
  threats: 'Threats',
  'threats.internalThreats': 'Internal threats',
  'threats.externalThreats': 'External threats',
  'threats.otherThreats': 'Other threats',
  'threats.empty': 'No threats assessed in this brief.',
  'threats.actors': 'Actors',
  'threats.places': 'Places',
  'threats.confidence.low': 'low',
  'threats.confidence.moderate': 'moderate',
  'threats.confidence.high': 'high',
  responses: 'Responses',
  trend: 'Trend',
  likelihood: 'Likelihood',
  confidence: 'Confidence',
  'trend.increasing': 'increasing',
  'trend.stable': 'stable',
  'trend.decreasing': 'decreasing',
  'trend.unclear': 'unclear',
  'likelihood.almost-no-chance': 'almost no chance',
  'likelihood.very-unlikely': 'very unlikely',
  'likelihood.unlikely': 'unlikely',
  'likelihood.roughly-even-chance': 'roughly even chance',
  'likelihood.likely': 'likely',
  'likelihood.very-likely': 'very likely',
  'likelihood.almost-certain': 'almost certain',
} as const;

export type ThreatsWordKey = keyof typeof en;

const fr: Record<ThreatsWordKey, string> = {
  threats: 'Menaces',
  'threats.internalThreats': 'Menaces intérieures',
  'threats.externalThreats': 'Menaces extérieures',
  'threats.otherThreats': 'Autres menaces',
  'threats.empty': 'Aucune menace évaluée dans cette note.',
  'threats.actors': 'Acteurs',
  'threats.places': 'Lieux',
  'threats.confidence.low': 'faible',
  'threats.confidence.moderate': 'modérée',
  'threats.confidence.high': 'élevée',
  responses: 'Réponses',
  trend: 'Tendance',
  likelihood: 'Probabilité',
  confidence: 'Confiance',
  'trend.increasing': 'en hausse',
  'trend.stable': 'stable',
  'trend.decreasing': 'en baisse',
  'trend.unclear': 'incertaine',
  'likelihood.almost-no-chance': 'quasiment exclu',
  'likelihood.very-unlikely': 'très improbable',
  'likelihood.unlikely': 'improbable',
  'likelihood.roughly-even-chance': 'à peu près une chance sur deux',
  'likelihood.likely': 'probable',
  'likelihood.very-likely': 'très probable',
  'likelihood.almost-certain': 'quasi certain',
};

export const threatsWords: PartWords<ThreatsWordKey> = { en, translations: { fr } };

/** A word of the threats list in `lang`. */
export const word = partWord(threatsWords);
