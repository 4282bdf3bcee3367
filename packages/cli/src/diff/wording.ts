import { formatQuantity } from '@briefkit/elements';
import type { Casualty, Estimate, Quantity } from '@briefkit/schema';

/**
 * A quantity as the brief words it ("almost 100,000 people", "up to 1,000"), with its bounds spelled out when
 * `withBounds` is set: two quantities that word the same but differ in their bounds must not read alike.
 */
export function quantityText(
  q: Quantity,
  unit: string | undefined,
  language: string,
  withBounds = false,
): string {
  const text = formatQuantity(q, unit, language);
  if (!withBounds) return text;
  const bounds = [
    q.low === undefined ? undefined : `low ${q.low}`,
    q.high === undefined ? undefined : `high ${q.high}`,
    q.approximate ? 'approximate' : undefined,
  ].filter((b) => b !== undefined);
  return bounds.length === 0 ? text : `${text} (${bounds.join(', ')})`;
}

/** Both sides of a changed quantity, worded so that they differ visibly. */
export function quantityChange(
  before: { q: Quantity; unit?: string | undefined },
  after: { q: Quantity; unit?: string | undefined },
  language: string,
): { old: string; new: string } {
  const old = quantityText(before.q, before.unit, language);
  const fresh = quantityText(after.q, after.unit, language);
  if (old !== fresh) return { old, new: fresh };
  return {
    old: quantityText(before.q, before.unit, language, true),
    new: quantityText(after.q, after.unit, language, true),
  };
}

/** A contested number's estimates, lowest first: "203 / about 300 / at least 500". */
export function estimatesText(list: readonly Estimate[] | undefined, language: string): string {
  return [...(list ?? [])]
    .sort((a, b) => a.quantity.value - b.quantity.value)
    .map((e) => formatQuantity(e.quantity, undefined, language))
    .join(' / ');
}

/** A figure's or casualty's number: its quantity, or else its estimates. */
export function numberText(
  q: Quantity | undefined,
  estimates: readonly Estimate[] | undefined,
  unit: string | undefined,
  language: string,
): string {
  if (q) return quantityText(q, unit, language);
  const text = estimatesText(estimates, language);
  return unit ? `${text} ${unit}` : text;
}

export function casualtiesText(list: readonly Casualty[], language: string): string {
  return list.map((c) => `${numberText(c.count, c.estimates, c.group, language)} ${c.outcome}`).join('; ');
}

/** `roughly-even-chance` → `roughly even chance`. */
export function words(value: string): string {
  return value.replace(/-/g, ' ');
}

/** A short label: at most `max` characters, cut at a word. */
export function clip(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** Any field value as text: lists joined, objects as compact JSON. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return JSON.stringify(value);
}
