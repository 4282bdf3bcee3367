// The one module with side effects: it registers every element of the package.
import { SecurityBriefActors } from './parts/actors/actors.js';
import { SecurityBriefFigures } from './parts/figures/figures.js';
import { SecurityBriefMap } from './parts/map/map.js';
import { SecurityBriefSources } from './parts/sources/sources.js';
import { SecurityBriefThreats } from './parts/threats/threats.js';
import { SecurityBriefTimeline } from './parts/timeline/timeline.js';
import { SecurityBrief } from './security-brief/security-brief.js';
import { defineElements, type ElementClass } from './shared/define-elements.js';
import { tagNames } from './tags.js';

export type { SecurityBriefErrorEvent, SecurityBriefLoadEvent } from './shared/events.js';
// The global typings (HTMLElementTagNameMap, the elements' events) come with the registration.
export type * from './tags.js';
export { defineElements };

/** The elements `define` registers, all at once. */
export const elements: Record<string, ElementClass> = {
  [tagNames.brief]: SecurityBrief,
  [tagNames.actors]: SecurityBriefActors,
  [tagNames.sources]: SecurityBriefSources,
  [tagNames.timeline]: SecurityBriefTimeline,
  [tagNames.threats]: SecurityBriefThreats,
  [tagNames.figures]: SecurityBriefFigures,
  [tagNames.map]: SecurityBriefMap,
};

// Every class is registered synchronously: a page that hydrates server-rendered elements loads Lit's hydration
// support before this module, and a class arriving in a lazy chunk would pull Lit into a shared chunk that
// bundlers evaluate first, so its elements would render again instead of hydrating. The map's geodata and
// projection code stay lazy (see parts/map/map.ts).
defineElements(elements);
