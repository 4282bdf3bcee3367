import { type MessageKey, msg, type PartKey } from '../../shared/i18n.js';

type Key = PartKey<'timeline'>;

/** A word of this part, from the shared tables (under `timeline.`). */
export function word(lang: string, key: Key): string {
  return msg(lang, `timeline.${key}` as MessageKey);
}
