import type { Rating } from '@briefkit/schema';

/** Where a rating sits on its scale, for the scale graphic and its text alternative. */
export type ScalePosition =
  | { type: 'category'; index: number; categories: string[] }
  | { type: 'range'; value: number; min: number; max: number; fraction: number }
  | undefined;

/** A rating's position: its category among the scale's categories, or its number within min–max. */
export function scalePosition(rating: Rating): ScalePosition {
  const scale = rating.scale;
  const categories = Array.isArray(scale?.categories)
    ? scale.categories.filter((c) => typeof c === 'string')
    : [];
  if (typeof rating.value === 'string' && categories.length > 1) {
    const wanted = rating.value.trim().toLowerCase();
    const index = categories.findIndex((c) => c.trim().toLowerCase() === wanted);
    return index >= 0 ? { type: 'category', index, categories } : undefined;
  }
  const { min, max } = scale ?? {};
  if (
    typeof rating.value === 'number' &&
    typeof min === 'number' &&
    typeof max === 'number' &&
    Number.isFinite(min) &&
    Number.isFinite(max) &&
    max > min
  ) {
    const fraction = Math.min(1, Math.max(0, (rating.value - min) / (max - min)));
    return { type: 'range', value: rating.value, min, max, fraction };
  }
  return undefined;
}
