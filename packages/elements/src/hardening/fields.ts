export type FieldPath = readonly (string | number)[];

/** Keys whose strings are URLs that may become an `href` or a `src`. */
const URL_KEYS = new Set(['url', 'href', 'src']);

export interface Field {
  path: FieldPath;
  /** `a.b.0.c`, for messages. */
  name: string;
  /** A URL field: the payloads go in one at a time (a scheme only matters at the start). */
  url: boolean;
}

/** Every string leaf of `value`, in document order: the fields a payload is tried in. */
export function stringFields(value: unknown): Field[] {
  const fields: Field[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (typeof node === 'string') {
      const last = path[path.length - 1];
      fields.push({ path, name: path.join('.'), url: typeof last === 'string' && URL_KEYS.has(last) });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) walk(item, [...path, key]);
    }
  };
  walk(value, []);
  return fields;
}

/** A deep copy of `value` with the string at `path` replaced. */
export function withField<T>(value: T, path: FieldPath, replacement: string): T {
  const copy = structuredClone(value);
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  const last = path[path.length - 1];
  if (last === undefined || node === null || typeof node !== 'object')
    throw new Error(`no field at ${path.join('.')}`);
  (node as Record<string | number, unknown>)[last] = replacement;
  return copy;
}
