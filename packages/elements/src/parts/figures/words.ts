import { baseLanguage } from '../../shared/i18n.js';

// Words the shared locale table does not have yet; English is the fallback like there.
const en = {
  ratings: 'Ratings',
  empty: 'No key figures in this brief.',
  categoryOf: 'category {n} of {count}, from “{first}” to “{last}”',
  scaleRange: 'on a scale of {min} to {max}',
  'direction.higher-is-better': 'higher is better',
  'direction.lower-is-better': 'lower is better',
} as const;

type Key = keyof typeof en;

const fr: Record<Key, string> = {
  ratings: 'Évaluations',
  empty: 'Aucun chiffre clé dans cette note.',
  categoryOf: 'catégorie {n} sur {count}, de « {first} » à « {last} »',
  scaleRange: 'sur une échelle de {min} à {max}',
  'direction.higher-is-better': 'plus c’est élevé, mieux c’est',
  'direction.lower-is-better': 'plus c’est bas, mieux c’est',
};

export function word(lang: string, key: Key, vars: Record<string, string | number> = {}): string {
  const text = baseLanguage(lang) === 'fr' ? fr[key] : en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
