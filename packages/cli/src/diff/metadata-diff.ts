import { isDeepStrictEqual } from 'node:util';
import { type Brief, ENTITY_COLLECTIONS } from '@briefkit/schema';
import type { FieldChange } from './types.js';
import { valueText } from './wording.js';

/** Read first, in this order; any other envelope field follows in the order the format lists it. */
const FIRST = ['title', 'subtitle', 'published', 'asOf', 'id', 'supersedes', 'kind', 'country', 'language'];
const NOT_METADATA = new Set<string>(['lede', 'sections', '$schema', ...ENTITY_COLLECTIONS]);

function text(field: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (field === 'country' && typeof value === 'object' && value !== null) {
    const c = value as { code: string; name: string };
    return `${c.name} (${c.code})`;
  }
  if ((field === 'authors' || field === 'publisher' || field === 'licence') && value !== null) {
    const list = Array.isArray(value) ? value : [value];
    return list.map((v: { name?: string }) => v.name ?? valueText(v)).join(', ');
  }
  return valueText(value);
}

/** The envelope fields that differ: title, dates, ids, kind, country, language, authors… */
export function diffMetadata(before: Brief, after: Brief): FieldChange[] {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  const fields = [...new Set([...FIRST, ...Object.keys(a), ...Object.keys(b)])].filter(
    (f) => !NOT_METADATA.has(f),
  );
  const out: FieldChange[] = [];
  for (const field of fields) {
    if (isDeepStrictEqual(a[field], b[field])) continue;
    const old = text(field, a[field]);
    const fresh = text(field, b[field]);
    out.push({
      field,
      ...(old === undefined ? {} : { old }),
      ...(fresh === undefined ? {} : { new: fresh }),
    });
  }
  return out;
}
