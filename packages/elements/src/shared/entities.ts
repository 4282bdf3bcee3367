import type { Actor, Brief, Claim, Event, Figure, Place, Rating, Source, Threat } from '@briefkit/schema';
import { memo } from './memo.js';

export type EntityRef =
  | { kind: 'actor'; entity: Actor }
  | { kind: 'place'; entity: Place }
  | { kind: 'event'; entity: Event }
  | { kind: 'figure'; entity: Figure }
  | { kind: 'rating'; entity: Rating }
  | { kind: 'claim'; entity: Claim }
  | { kind: 'threat'; entity: Threat }
  | { kind: 'source'; entity: Source };

// One index per set of entity lists: every part of a page looks ids up in the same map, and a new brief
// object that keeps its lists keeps its index.
const cache = new WeakMap<object, { parts: readonly unknown[]; value: Map<string, EntityRef> }>();

/** All entities of a brief by id. Built once per set of entity lists; tolerant of missing or malformed lists. */
export function entityIndex(brief: Brief): Map<string, EntityRef> {
  const parts = [
    brief.actors,
    brief.places,
    brief.events,
    brief.figures,
    brief.ratings,
    brief.claims,
    brief.threats,
    brief.sources,
    brief,
  ];
  // The brief itself is the last part only when it has no lists at all, so the memo always has an object.
  const lists = parts.slice(0, 8).some((p) => typeof p === 'object' && p !== null)
    ? parts.slice(0, 8)
    : parts;
  return memo(cache, lists, () => buildIndex(brief));
}

function buildIndex(brief: Brief): Map<string, EntityRef> {
  const index = new Map<string, EntityRef>();
  const add = <K extends EntityRef['kind']>(kind: K, list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const entity of list) {
      if (entity && typeof entity === 'object' && typeof entity.id === 'string' && !index.has(entity.id)) {
        index.set(entity.id, { kind, entity } as EntityRef);
      }
    }
  };
  add('actor', brief.actors);
  add('place', brief.places);
  add('event', brief.events);
  add('figure', brief.figures);
  add('rating', brief.ratings);
  add('claim', brief.claims);
  add('threat', brief.threats);
  add('source', brief.sources);
  return index;
}

/** The display name of an entity id: an actor's or place's name, an event's title, … or the id itself. */
export function entityName(brief: Brief, id: string): string {
  const ref = entityIndex(brief).get(id);
  if (!ref) return id;
  switch (ref.kind) {
    case 'actor':
    case 'place':
      return ref.entity.name;
    case 'event':
    case 'threat':
      return ref.entity.title;
    case 'figure':
      return ref.entity.label;
    case 'rating':
      return `${entityName(brief, ref.entity.rater)}: ${ref.entity.value}`;
    case 'claim':
      return ref.entity.text;
    case 'source':
      return ref.entity.title ?? ref.entity.citedAs ?? ref.entity.id;
  }
}

/** The element id of an entity's entry inside a shadow root (`entity-rahmon`). */
export function entityAnchor(id: string): string {
  return `entity-${id}`;
}

/** The element id of a source's entry in a sources list (`src-src-eeas`). */
export function sourceAnchor(id: string): string {
  return `src-${id}`;
}
