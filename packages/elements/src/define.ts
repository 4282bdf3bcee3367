// The one module with side effects: it registers every element of the package.
import { SecurityBriefActors } from './parts/actors/actors.js';
import { SecurityBriefFigures } from './parts/figures/figures.js';
import { SecurityBriefMap } from './parts/map/map.js';
import { SecurityBriefSources } from './parts/sources/sources.js';
import { SecurityBriefThreats } from './parts/threats/threats.js';
import { SecurityBriefTimeline } from './parts/timeline/timeline.js';
import { SecurityBrief } from './security-brief/security-brief.js';
import { tagNames } from './tags.js';

export type { SecurityBriefErrorEvent, SecurityBriefLoadEvent } from './shared/events.js';
// The global typings (HTMLElementTagNameMap, the elements' events) come with the registration.
export type * from './tags.js';

type ElementClass = CustomElementConstructor & { version?: string };

/**
 * Registers `elements` (tag → class), guarded: a tag already defined by the same class is left alone; a tag
 * defined by another class (a second copy of this package on the page) is left alone too, with one
 * console warning naming both versions. Never throws. Returns the tags this call defined.
 */
export function defineElements(elements: Record<string, ElementClass>): string[] {
  const registry = globalThis.customElements;
  if (!registry) return [];
  const defined: string[] = [];
  const clashes: string[] = [];
  for (const [tag, ctor] of Object.entries(elements)) {
    const existing = registry.get(tag) as ElementClass | undefined;
    if (existing === ctor) continue;
    if (existing) {
      clashes.push(
        `<${tag}> (defined: ${existing.version ?? 'unknown version'}, not defined: ${ctor.version ?? 'unknown version'})`,
      );
      continue;
    }
    try {
      registry.define(tag, ctor);
      defined.push(tag);
    } catch (error) {
      clashes.push(`<${tag}> (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (clashes.length > 0) {
    console.warn(
      `@briefkit/elements: another copy of the package already defined these elements, so this copy did not: ${clashes.join(', ')}. Load @briefkit/elements once per page.`,
    );
  }
  return defined;
}

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
