import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

// Bidi embeddings, overrides and isolates can reorder what a reader sees ("Trojan Source"); zero-width and other
// invisible controls hide text. Left-to-right/right-to-left marks and the zero-width (non-)joiner are left alone:
// RTL text and Persian script need them.
const hiddenRanges: readonly (readonly [number, number])[] = [
  [0x0000, 0x0008],
  [0x000b, 0x000c],
  [0x000e, 0x001f],
  [0x007f, 0x009f],
  [0x200b, 0x200b],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
  [0xfff9, 0xfffb],
];

const unit = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const range = (from: number, to: number) => (from === to ? unit(from) : `${unit(from)}-${unit(to)}`);

/** The UTF-16 code units outside `hiddenRanges`, as a character-class body. */
function allowedClass(): string {
  let body = '';
  let next = 0;
  for (const [from, to] of hiddenRanges) {
    if (from > next) body += range(next, from - 1);
    next = to + 1;
  }
  if (next <= 0xffff) body += range(next, 0xffff);
  return body;
}

// Built from strings: a regex literal of control characters reads as a mistake to linters; here it is the point.
const hidden = new RegExp(`[${hiddenRanges.map(([from, to]) => range(from, to)).join('')}]`);
// Every text is checked, and nearly all are clean. The engine's cheapest scan is a search for one range, so
// the text is searched for its first character outside printable ASCII; only from there on is it matched, whole,
// against the allowed characters (a tight loop too). The search for the hidden character itself is left to the
// rare text that fails, to name it and its position.
const unusual = /[^ -~]/;
const allowedToEnd = new RegExp(`[${allowedClass()}]*$`, 'y');

function isClean(value: string): boolean {
  const at = value.search(unusual);
  if (at === -1) return true;
  allowedToEnd.lastIndex = at;
  return allowedToEnd.test(value);
}

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
    safety: true,
  }),
  text(ctx, value) {
    if (isClean(value)) return;
    const match = hidden.exec(value);
    if (match) {
      ctx.report(
        `the text contains the invisible control character ${name(match[0])} at position ${match.index + 1}: delete it`,
      );
    }
  },
  url(ctx, value) {
    if (isClean(value)) return;
    const match = hidden.exec(value);
    if (match) ctx.report(`the URL contains the invisible control character ${name(match[0])}: delete it`);
  },
});
