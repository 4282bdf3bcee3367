/**
 * Markdown parsers slow down sharply on deeply nested containers (thousands of `>` or list levels), and a brief
 * allows one level anyway. Finds the first line whose container nesting exceeds `max`: each `>` or list marker
 * opening the line counts one level, and so does every two columns of indentation.
 */
export function firstTooDeepLine(text: string, max: number): number | undefined {
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let depth = 0;
    let columns = 0;
    let j = i;
    // Leading containers and indentation of this line.
    for (;;) {
      const c = text.charCodeAt(j);
      if (c === 0x20) {
        columns++;
        j++;
      } else if (c === 0x09) {
        columns += 4 - (columns % 4);
        j++;
      } else if (c === 0x3e) {
        depth++;
        j++;
      } else if (
        (c === 0x2d || c === 0x2a || c === 0x2b) &&
        (text.charCodeAt(j + 1) === 0x20 || text.charCodeAt(j + 1) === 0x09)
      ) {
        depth++;
        j += 2;
      } else {
        let k = j;
        while (k < n && k - j < 9 && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++;
        const m = text.charCodeAt(k);
        if (
          k > j &&
          (m === 0x2e || m === 0x29) &&
          (text.charCodeAt(k + 1) === 0x20 || text.charCodeAt(k + 1) === 0x09)
        ) {
          depth++;
          j = k + 2;
        } else break;
      }
      if (depth + (columns >> 1) > max) return line;
    }
    const next = text.indexOf('\n', j);
    if (next === -1) break;
    i = next + 1;
    line++;
  }
  return undefined;
}
