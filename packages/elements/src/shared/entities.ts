import type { Actor, Brief, Claim, Event, Figure, Place, Rating, Source, Threat } from '@briefkit/schema';

export type EntityRef =
  | { kind: 'actor'; entity: Actor }
  | { kind: 'place'; entity: Place }
  | { kind: 'event'; entity: Event }
  | { kind: 'figure'; entity: Figure }
  | { kind: 'rating'; entity: Rating }
  | { kind: 'claim'; entity: Claim }
  | { kind: 'threat'; entity: Threat }
  | { kind: 'source'; entity: Source };

// One index per brief object: every part of a page looks ids up in the same map.
const cache = new WeakMap<Brief, Map<string, EntityRef>>();

/** All entities of a brief by id. Built once per brief object; tolerant of missing or malformed lists. */
export function entityIndex(brief: Brief): Map<string, EntityRef> {
  let index = cache.get(brief);
  if (index) return index;
  index = new Map();
  const add = <K extends EntityRef['kind']>(kind: K, list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const entity of list) {
      if (entity && typeof entity === 'object' && typeof entity.id === 'string' && !index?.has(entity.id)) {
        index?.set(entity.id, { kind, entity } as EntityRef);
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
  cache.set(brief, index);
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
