/**
 * `values` as given, checked at compile time to name every member of the union `T`. The format's own lists
 * live in its zod schema, which must stay out of the browser bundle; this keeps the element's copies from
 * falling behind when the format gains a value (a kind of actor, a likelihood word).
 */
export function everyValue<T extends string>() {
  return <const A extends readonly T[]>(
    values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : { missing: Exclude<T, A[number]> }),
  ): A => values;
}
