/**
 * Markdown parsers match emphasis markers and link brackets by looking back over every earlier unmatched one in
 * the same paragraph: a paragraph of thousands of `*a_` or `[a](` takes quadratic time (seconds for 20 KB,
 * hours for a megabyte). No prose needs that many. Finds the first line of a paragraph (a run of non-blank
 * lines) with more than `max` emphasis runs or opening brackets.
 */
export function firstCrowdedParagraph(text: string, max: number): number | undefined {
  let line = 1;
  let start = 1;
  let runs = 0;
  let brackets = 0;
  let inParagraph = false;
  let lineBlank = true;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (lineBlank) {
        inParagraph = false;
        runs = 0;
        brackets = 0;
      }
      line++;
      lineBlank = true;
      previous = c;
      continue;
    }
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) {
      lineBlank = false;
      if (!inParagraph) {
        inParagraph = true;
        start = line;
      }
    }
    if ((c === 0x2a || c === 0x5f) && previous !== c) runs++;
    else if (c === 0x5b) brackets++;
    if (runs > max || brackets > max) return start;
    previous = c;
  }
  return undefined;
}
