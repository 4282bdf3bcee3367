import { baseLanguage, fill, type Vars } from './i18n.js';

// A module of its own: only the lazily loaded parts (and the public `msg`) look their words up this way, so
// none of it weighs on the code a page loads up front.

/** A part's words: its English, and the translations it ships with (no loading: they are in its chunk). */
export interface PartWords<K extends string> {
  en: Readonly<Record<K, string>>;
  translations: Readonly<Record<string, Readonly<Partial<Record<K, string>>>>>;
}

/** The lookup of a part's words, by the same rules as `msg`: base language, else English. */
export function partWord<K extends string>(
  words: PartWords<K>,
): (lang: string | undefined, key: K, vars?: Vars) => string {
  return (lang, key, vars) => fill(words.translations[baseLanguage(lang)]?.[key] ?? words.en[key], vars);
}
