import type { Block } from '@briefkit/schema';

/**
 * Calls `visit` with every list of spans a block holds: a paragraph's text, a quote's paragraphs and
 * attribution, a list's items, a figure's caption. Walkers that collect citations or mentions share it, so a
 * new block type is taught to all of them in one place. Tolerates malformed blocks (a brief may be hostile).
 */
export function forEachSpanList(b: Block, visit: (list: unknown) => void): void {
  switch (b?.type) {
    case 'paragraph':
      visit(b.content);
      break;
    case 'quote':
      if (Array.isArray(b.paragraphs)) b.paragraphs.forEach(visit);
      visit(b.attribution);
      break;
    case 'list':
      if (Array.isArray(b.items)) b.items.forEach(visit);
      break;
    case 'figure':
      visit(b.caption);
      break;
  }
}
