// Closing quotes and brackets may follow the stop: “… in Moura.” ends a sentence as much as "… in Moura." does.
const ENDS_SENTENCE = /[.!?…](?:["'’”»)\]]*)\s*$/u;

/** Whether a piece of the brief's text already ends with its own full stop, question or exclamation mark. */
export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text);
}

/** The text with a full stop, unless it already ends a sentence ("Moura." stays "Moura.", never "Moura.."). */
export function withStop(text: string): string {
  return endsSentence(text) ? text : `${text}.`;
}

/**
 * Pieces of text joined by `separator`, except after a piece that ends a sentence: that one is followed by a
 * space only, so quoted sentences in a list never read "executed in Moura., There were…".
 */
export function joinPhrases(items: readonly string[], separator = ', '): string {
  let out = '';
  items.forEach((item, i) => {
    if (i > 0) out += endsSentence(items[i - 1] as string) ? ' ' : separator;
    out += item;
  });
  return out;
}
