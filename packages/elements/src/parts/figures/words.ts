import { type PartWords, partWord } from '../../shared/part-words.js';

// The key figures' words ship with their code, not with `<security-brief>`'s. Keys are the names `msg` of
// the package's public API answers to.
const en = {
  keyFigures: 'Key figures',
  estimateCount: '{count} estimates',
  'figures.empty': 'No key figures in this brief.',
  'figures.categoryOf': 'category {n} of {count}, from “{first}” to “{last}”',
  'figures.scaleRange': 'on a scale of {min} to {max}',
  'figures.direction.higher-is-better': 'higher is better',
  'figures.direction.lower-is-better': 'lower is better',
} as const;

export type FiguresWordKey = keyof typeof en;

const fr: Record<FiguresWordKey, string> = {
  keyFigures: 'Chiffres clés',
  estimateCount: '{count} estimations',
  'figures.empty': 'Aucun chiffre clé dans cette note.',
  'figures.categoryOf': 'catégorie {n} sur {count}, de « {first} » à « {last} »',
  'figures.scaleRange': 'sur une échelle de {min} à {max}',
  'figures.direction.higher-is-better': 'plus c’est élevé, mieux c’est',
  'figures.direction.lower-is-better': 'plus c’est bas, mieux c’est',
};

export const figuresWords: PartWords<FiguresWordKey> = { en, translations: { fr } };

/** A word of the key figures in `lang`. */
export const word = partWord(figuresWords);
