interface Slot<T> {
  parts: readonly unknown[];
  value: T;
}

/**
 * Computes `value` once for a combination of objects, remembered on the first of them. An update that
 * replaces a brief with a copy sharing most of its arrays (`{ ...brief, events }`) reuses what only
 * depends on the arrays that did not change.
 */
export function memo<T>(
  cache: WeakMap<object, Slot<T>>,
  parts: readonly unknown[],
  compute: () => T,
  equal?: (a: T, b: T) => boolean,
): T {
  const anchor = parts.find((p): p is object => typeof p === 'object' && p !== null);
  if (!anchor) return compute();
  const slot = cache.get(anchor);
  if (slot && slot.parts.length === parts.length && slot.parts.every((p, i) => p === parts[i]))
    return slot.value;
  let value = compute();
  // A recomputation that comes out the same keeps the old object, so what depends on it by identity
  // (a rendered section, say) stays valid.
  if (slot && value !== slot.value && equal?.(slot.value, value)) value = slot.value;
  cache.set(anchor, { parts, value });
  return value;
}
