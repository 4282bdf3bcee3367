import { type MessageKey, msg, type PartKey } from '../../shared/i18n.js';

type Key = PartKey<'threats'>;

/** A word of this part, from the shared tables (under `threats.`). */
export function word(lang: string, key: Key): string {
  return msg(lang, `threats.${key}` as MessageKey);
}
