import { type MessageKey, msg, type PartKey } from '../../shared/i18n.js';

type Key = PartKey<'figures'>;

/** A word of this part, from the shared tables (under `figures.`). */
export function word(lang: string, key: Key, vars: Record<string, string | number> = {}): string {
  return msg(lang, `figures.${key}` as MessageKey, vars);
}
