// Every word of the package behind one `msg`, for the public API: the shared words, and those the lazily
// loaded parts carry in their own chunks (the elements themselves ask each part's words directly).
import { figuresWords } from '../parts/figures/words.js';
import { type MapWordKey, mapWords } from '../parts/map/words.js';
import { threatsWords } from '../parts/threats/words.js';
import { timelineWords } from '../parts/timeline/words.js';
import { type MessageKey as SharedKey, msg as sharedMsg } from './i18n.js';
import { type PartWords, partWord } from './part-words.js';

// Words no element shows any more, still answered so that `msg` takes every key it ever took.
const retired: PartWords<
  | 'by'
  | 'citation'
  | 'locator'
  | 'internal'
  | 'external'
  | 'noEntries'
  | 'threats.assessment'
  | 'threats.events'
  | 'figures.ratings'
  | 'confidence.low'
  | 'confidence.moderate'
  | 'confidence.high'
  | 'qty.exactly'
> = {
  en: {
    by: 'By',
    citation: 'Citation',
    locator: 'at',
    internal: 'Internal',
    external: 'External',
    noEntries: 'None listed.',
    'threats.assessment': 'Assessment',
    'threats.events': 'Events',
    'figures.ratings': 'Ratings',
    'confidence.low': 'low confidence',
    'confidence.moderate': 'moderate confidence',
    'confidence.high': 'high confidence',
    // A quantity given as exact is shown as the bare number.
    'qty.exactly': 'exactly {n}',
  },
  translations: {
    fr: {
      by: 'Par',
      citation: 'Citation',
      locator: 'à',
      internal: 'Intérieures',
      external: 'Extérieures',
      noEntries: 'Aucun élément.',
      'threats.assessment': 'Évaluation',
      'threats.events': 'Événements',
      'figures.ratings': 'Évaluations',
      'confidence.low': 'confiance faible',
      'confidence.moderate': 'confiance modérée',
      'confidence.high': 'confiance élevée',
      'qty.exactly': 'exactement {n}',
    },
  },
};

type KeyOf<W> = W extends PartWords<infer K> ? K : never;

/** A key of any of the package's words: what `msg` takes. */
export type MessageKey =
  | SharedKey
  | KeyOf<typeof timelineWords>
  | KeyOf<typeof threatsWords>
  | KeyOf<typeof figuresWords>
  | MapWordKey
  | KeyOf<typeof retired>;

const parts: PartWords<string>[] = [timelineWords, threatsWords, figuresWords, mapWords, retired];
const lookups = new Map(parts.map((words) => [words, partWord(words)]));

/**
 * One of the package's words in `lang`, with `{name}` placeholders filled from `vars`. Missing words fall
 * back to English, so a partial table (or one not loaded yet) never shows a key.
 */
export function msg(
  lang: string | undefined,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string {
  for (const [words, lookup] of lookups) if (Object.hasOwn(words.en, key)) return lookup(lang, key, vars);
  return sharedMsg(lang, key as SharedKey, vars);
}
