interface Slot<T> {
  parts: readonly unknown[];
  value: T;
}

/**
 * Computes `value` once for a combination of objects, remembered on the first of them. An update that
 * replaces a brief with a copy sharing most of its arrays (`{ ...brief, events }`) reuses what only
 * depends on the arrays that did not change.
 */
export function memo<T>(cache: WeakMap<object, Slot<T>>, parts: readonly unknown[], compute: () => T): T {
  const anchor = parts.find((p): p is object => typeof p === 'object' && p !== null);
  if (!anchor) return compute();
  const slot = cache.get(anchor);
  if (slot && slot.parts.length === parts.length && slot.parts.every((p, i) => p === parts[i])) return slot.value;
  const value = compute();
  cache.set(anchor, { parts, value });
  return value;
}
