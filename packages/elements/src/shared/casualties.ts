import type { Casualty } from '@briefkit/schema';
import { headlineQuantity, shownEstimates } from './estimates.js';
import { formatQuantity, once, remembered } from './format.js';
import { type MessageKey, msg, wordsGeneration } from './i18n.js';

// Tolls are shown by the brief's key facts and by the timeline alike.

/**
 * One group's toll as a reader says it: "9 police officers killed", "almost 100,000 people killed"; a
 * contested toll by the span of its estimates, "203–500 people killed" (the estimates follow it).
 */
export function casualtyText(casualty: Casualty, lang: string): string {
  const quantity = headlineQuantity(casualty.count, shownEstimates(casualty.estimates));
  const count = quantity ? formatQuantity(quantity, undefined, lang) : '?';
  return `${count} ${casualty.group} ${msg(lang, `outcome.${casualty.outcome}` as MessageKey)}`;
}

const tolls = new WeakMap<readonly Casualty[], { lang: string; words: number; text: string }>();

/** All groups of an event: "9 police officers killed, 13 militants killed". */
export function casualtiesText(casualties: readonly Casualty[], lang: string): string {
  // Remembered per list: an edit elsewhere in the event (its title, say) keeps the list, and Intl's list and
  // number formatting is the dearest part of re-rendering an event.
  const known = tolls.get(casualties);
  const words = wordsGeneration();
  if (known?.lang === lang && known.words === words) return known.text;
  const text = listCasualties(casualties, lang);
  tolls.set(casualties, { lang, words, text });
  return text;
}

function listCasualties(casualties: readonly Casualty[], lang: string): string {
  const parts = casualties.map((c) => casualtyText(c, lang));
  // Joining them is Intl's dearest call in a render; the same tolls are joined the same way every time.
  return remembered(`\u0001list\u0000${lang}\u0000${parts.join('\u0000')}`, () => joinTolls(parts, lang));
}

function joinTolls(parts: string[], lang: string): string {
  try {
    return once(`list-long|${lang}`, () => new Intl.ListFormat(lang, { type: 'unit', style: 'long' })).format(
      parts,
    );
  } catch {
    return parts.join(', ');
  }
}
