import { type PartWords, partWord } from '../../shared/part-words.js';

// The timeline's words ship with its code, not with `<security-brief>`'s. Keys are the names `msg` of the
// package's public API answers to.
const en = {
  timeline: 'Timeline',
  'timeline.places': 'Places',
  'timeline.actors': 'Actors',
  'timeline.casualties': 'Casualties',
  'timeline.claims': 'Who says what',
  'timeline.empty': 'No events in this brief.',
} as const;

export type TimelineWordKey = keyof typeof en;

const fr: Record<TimelineWordKey, string> = {
  timeline: 'Chronologie',
  'timeline.places': 'Lieux',
  'timeline.actors': 'Acteurs',
  'timeline.casualties': 'Victimes',
  'timeline.claims': 'Qui dit quoi',
  'timeline.empty': 'Aucun événement dans cette note.',
};

export const timelineWords: PartWords<TimelineWordKey> = { en, translations: { fr } };

/** A word of the timeline in `lang`. */
export const word = partWord(timelineWords);
