import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

// Bidi embeddings, overrides and isolates can reorder what a reader sees ("Trojan Source"); zero-width and other
// invisible controls hide text. Left-to-right/right-to-left marks and the zero-width (non-)joiner are left alone:
// RTL text and Persian script need them.
// Built from a string: a regex literal of control characters reads as a mistake to linters; here it is the point.
const hidden = new RegExp(
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u200B\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFF9-\\uFFFB]',
);

function name(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export const textControlCharacters = defineRule({
  meta: defineMeta({
    id: 'text-control-characters',
    severity: 'error',
    description:
      'Text holds no invisible control characters: bidi embeddings/overrides/isolates (U+202A–202E, U+2066–2069), zero-width space, word joiner, BOM or C0/C1 controls.',
    configurable: true,
  }),
  text(ctx, value) {
    if (!hidden.test(value)) return;
    const match = hidden.exec(value);
    if (match) {
      ctx.report(
        `the text contains the invisible control character ${name(match[0])} at position ${match.index + 1}: delete it`,
      );
    }
  },
  url(ctx, value) {
    const match = hidden.exec(value);
    if (match) ctx.report(`the URL contains the invisible control character ${name(match[0])}: delete it`);
  },
});
