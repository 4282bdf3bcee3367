/**
 * Words for comparing texts regardless of markup, quotation marks and punctuation: letters and digits, with an
 * apostrophe kept inside a word ("Tajikistan's", "Da'esh") but not around it ('Islamists').
 */
export function words(text: string): string[] {
  return (
    text
      .replace(/’/g, "'")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
  ).slice();
}

export interface OrderResult {
  /** Index of the first sentence not found after the previous one, or -1 when all were found in order. */
  missing: number;
  /** Word index in the haystack where each found sentence starts. */
  starts: number[];
}

/** Finds each needle (a word sequence) in the haystack, each one after the end of the previous one. */
export function findInOrder(
  haystack: readonly string[],
  needles: readonly (readonly string[])[],
): OrderResult {
  const starts: number[] = [];
  let from = 0;
  for (const [index, needle] of needles.entries()) {
    let found = -1;
    for (let start = from; start + needle.length <= haystack.length; start++) {
      if (needle.every((word, offset) => haystack[start + offset] === word)) {
        found = start;
        break;
      }
    }
    if (found < 0) return { missing: index, starts };
    starts.push(found);
    from = found + needle.length;
  }
  return { missing: -1, starts };
}
