import { isDeepStrictEqual } from 'node:util';
import type {
  Brief,
  Casualty,
  Event,
  Figure,
  Quantity,
  Rating,
  Threat,
  ThreatResponse,
} from '@briefkit/schema';
import {
  type CollectionDiff,
  DIFF_COLLECTIONS,
  type DiffCollection,
  type EntityChange,
  type EntityRef,
  type FieldChange,
} from './types.js';
import { casualtiesText, clip, numberText, quantityChange, valueText, words } from './wording.js';

type Entity = { id: string } & Record<string, unknown>;

function describe(collection: DiffCollection, entity: Entity, language: string): EntityRef {
  const ref = (label: string, detail?: string): EntityRef =>
    detail === undefined
      ? { id: entity.id, label: clip(label) }
      : { id: entity.id, label: clip(label), detail };
  switch (collection) {
    case 'events': {
      const e = entity as unknown as Event;
      return ref(e.title, e.date);
    }
    case 'figures': {
      const f = entity as unknown as Figure;
      return ref(f.label, numberText(f.quantity, f.estimates, f.unit, language));
    }
    case 'ratings': {
      const r = entity as unknown as Rating;
      return ref(`${r.scale.name} of ${r.subject}`, String(r.value));
    }
    case 'threats': {
      const t = entity as unknown as Threat;
      return ref(t.title, t.scope);
    }
    case 'claims':
      return ref(String(entity.text), `${String(entity.kind)} by ${String(entity.claimant)}`);
    case 'sources':
      return ref(
        String(entity.title ?? entity.citedAs ?? entity.id),
        entity.url === undefined ? undefined : String(entity.url),
      );
    case 'actors':
      return ref(String(entity.name), String(entity.kind));
    case 'places':
      return ref(String(entity.name));
  }
}

/** One field of an entity worded for a reader; figures' quantity and unit are read together as their value. */
function fieldChange(
  collection: DiffCollection,
  field: string,
  before: Entity,
  after: Entity,
  language: string,
): FieldChange | undefined {
  const a = before[field];
  const b = after[field];
  if (isDeepStrictEqual(a, b)) return undefined;
  if (collection === 'figures' && field === 'unit') return undefined;
  if (collection === 'figures' && field === 'quantity' && a !== undefined && b !== undefined) {
    const unit = (e: Entity) => (typeof e.unit === 'string' ? e.unit : undefined);
    return {
      field: 'value',
      ...quantityChange(
        { q: a as Quantity, unit: unit(before) },
        { q: b as Quantity, unit: unit(after) },
        language,
      ),
    };
  }
  const text = (value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    if (field === 'casualties') return casualtiesText(value as Casualty[], language);
    if (field === 'responses')
      return (value as ThreatResponse[]).map((r) => `${r.actor}: ${r.text}`).join('; ');
    if (collection === 'threats' && (field === 'likelihood' || field === 'trend' || field === 'confidence'))
      return words(String(value));
    return valueText(value);
  };
  const old = text(a);
  const fresh = text(b);
  return { field, ...(old === undefined ? {} : { old }), ...(fresh === undefined ? {} : { new: fresh }) };
}

function diffCollection(collection: DiffCollection, before: Brief, after: Brief): CollectionDiff {
  const list = (brief: Brief) => (brief[collection] ?? []) as unknown as Entity[];
  const oldById = new Map(list(before).map((e) => [e.id, e]));
  const newById = new Map(list(after).map((e) => [e.id, e]));
  const language = after.language;
  const added: EntityRef[] = [];
  const changed: EntityChange[] = [];
  for (const entity of newById.values()) {
    const previous = oldById.get(entity.id);
    if (previous === undefined) {
      added.push(describe(collection, entity, language));
      continue;
    }
    if (isDeepStrictEqual(previous, entity)) continue;
    const fields = [...new Set([...Object.keys(previous), ...Object.keys(entity)])].filter((f) => f !== 'id');
    const changes = fields
      .map((field) => fieldChange(collection, field, previous, entity, language))
      .filter((c) => c !== undefined);
    changed.push({ ...describe(collection, entity, language), changes });
  }
  const removed = [...oldById.values()]
    .filter((e) => !newById.has(e.id))
    .map((e) => describe(collection, e, before.language));
  return { added, removed, changed };
}

/** Added, removed and changed entities of every collection, matched by their ids. */
export function diffCollections(before: Brief, after: Brief): Record<DiffCollection, CollectionDiff> {
  return Object.fromEntries(
    DIFF_COLLECTIONS.map((collection) => [collection, diffCollection(collection, before, after)]),
  ) as Record<DiffCollection, CollectionDiff>;
}
