import type { Inline } from '@briefkit/schema';

/** The words of running text as a reader sees them, without citation numbers: for meta tags and JSON-LD. */
export function inlineToPlainText(inline: Inline): string {
  let text = '';
  for (const span of inline) {
    switch (span.type) {
      case 'text':
      case 'mention':
      case 'link':
        text += span.text;
        break;
      case 'citation':
        text += span.text ?? '';
        break;
      case 'quote':
        // Quote spans carry the words without marks; the renderer adds them, so do we.
        text += `‘${span.text}’`;
        break;
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
