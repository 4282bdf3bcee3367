import type { Mark } from '@briefkit/schema';

const order: readonly Mark[] = ['emphasis', 'strong', 'code'];

/** Marks in the one order the format writes them (emphasis, strong, code), without repeats. */
export function normaliseMarks(marks: readonly Mark[]): Mark[] {
  return order.filter((m) => marks.includes(m));
}

export function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((m, i) => m === y[i]);
}
