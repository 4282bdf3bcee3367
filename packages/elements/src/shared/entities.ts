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
const cache = new WeakMap<object, { parts: readonly unknown[]; value: EntityIndex }>();

/** Entities by id: lookups only, so an index can be a small patch over another (see carryEntityIndex). */
export interface EntityIndex {
  get(id: string): EntityRef | undefined;
}

/** An index with a few entities replaced, over the index it was made from: nothing is copied. */
class PatchedIndex implements EntityIndex {
  constructor(
    private readonly base: EntityIndex,
    private readonly patch: ReadonlyMap<string, EntityRef>,
  ) {}

  get(id: string): EntityRef | undefined {
    return this.patch.get(id) ?? this.base.get(id);
  }

  /** This index with `changed` put in place: one patch over the same base, however many edits came before. */
  with(changed: readonly EntityRef[]): PatchedIndex {
    const patch = new Map(this.patch);
    for (const ref of changed) patch.set(ref.entity.id, ref);
    return new PatchedIndex(this.base, patch);
  }
}

/** All entities of a brief by id. Built once per set of entity lists; tolerant of missing or malformed lists. */
export function entityIndex(brief: Brief): EntityIndex {
  return memo(cache, listsOf(brief), () => buildIndex(brief));
}

/** What the index of a brief is remembered by: its entity lists (the brief itself only when it has none). */
function listsOf(brief: Brief): readonly unknown[] {
  const lists = [
    brief.actors,
    brief.places,
    brief.events,
    brief.figures,
    brief.ratings,
    brief.claims,
    brief.threats,
    brief.sources,
  ];
  return lists.some((p) => typeof p === 'object' && p !== null) ? lists : [...lists, brief];
}

function buildIndex(brief: Brief): EntityIndex {
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

/**
 * Hands `to` the index of `from` with `changed` entities put in place of those with their ids: for a copy
 * of a brief that only edits entities, keeping their ids and places (an update of one event's title).
 */
export function carryEntityIndex(from: Brief, to: Brief, changed: readonly EntityRef[]): void {
  const base = entityIndex(from);
  const index =
    base instanceof PatchedIndex ? base.with(changed) : new PatchedIndex(base, new Map()).with(changed);
  memo(cache, listsOf(to), () => index);
}
