import type { EntityCollection } from '@briefkit/schema';
import { everyValue } from '../shared/every-value.js';

// The lists a brief may carry; each must be a list if present.
const ENTITY_COLLECTIONS = everyValue<EntityCollection>()([
  'actors',
  'places',
  'events',
  'figures',
  'ratings',
  'claims',
  'threats',
  'sources',
]);

const TEXT_FIELDS = ['id', 'title', 'language', 'published'] as const;

/**
 * Why a parsed JSON value is not a brief this element can show, or `undefined` if it has the shape of one.
 * A structural check of the fields the element relies on — not validation (that is the validator's job,
 * and keeps the schema library out of the browser bundle).
 */
export function briefShapeProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'expected a JSON object';
  const doc = value as Record<string, unknown>;
  const version = doc.formatVersion;
  if (typeof version !== 'string') return 'formatVersion is missing';
  if (!/^1\.\d+$/.test(version))
    return `format version ${JSON.stringify(version).slice(0, 40)} is not supported (this element reads 1.x)`;
  for (const key of TEXT_FIELDS) {
    if (typeof doc[key] !== 'string' || doc[key] === '') return `${key} is missing or not text`;
  }
  return briefTypeProblem(value);
}

/**
 * The part of `briefShapeProblem` that is about types only: whether the element can render the value at all
 * (as it does a `.brief` it is given), whatever the text in its fields says.
 */
export function briefTypeProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'expected a JSON object';
  const doc = value as Record<string, unknown>;
  if (typeof doc.formatVersion !== 'string') return 'formatVersion is missing';
  for (const key of TEXT_FIELDS) {
    if (typeof doc[key] !== 'string') return `${key} is missing or not text`;
  }
  const country = doc.country as Record<string, unknown> | null | undefined;
  if (!country || typeof country !== 'object' || typeof country.name !== 'string')
    return 'country.name is missing';
  if (!Array.isArray(doc.lede)) return 'lede is not a list of spans';
  if (!Array.isArray(doc.sections)) return 'sections is not a list';
  for (const key of ENTITY_COLLECTIONS) {
    if (doc[key] !== undefined && !Array.isArray(doc[key])) return `${key} is not a list`;
  }
  return undefined;
}
