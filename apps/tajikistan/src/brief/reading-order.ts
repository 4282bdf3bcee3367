import type { Block, Brief, Inline, Section, Span } from '@briefkit/schema';

/** One piece of running text a reader sees, in document order: a title, a heading, or an inline run. */
export type ReadingPiece = { kind: 'title' | 'heading'; text: string } | { kind: 'inline'; spans: Inline };

function blockPieces(block: Block): ReadingPiece[] {
  switch (block.type) {
    case 'paragraph':
      return [{ kind: 'inline', spans: block.content }];
    case 'quote':
      return [...block.paragraphs, ...(block.attribution ? [block.attribution] : [])].map((spans) => ({
        kind: 'inline' as const,
        spans,
      }));
    case 'list':
      return block.items.map((spans) => ({ kind: 'inline' as const, spans }));
    case 'figure':
      return block.caption ? [{ kind: 'inline', spans: block.caption }] : [];
    case 'key-facts':
      // A key-facts box restates facts; it adds no running text of the brief.
      return [];
  }
}

function sectionPieces(section: Section): ReadingPiece[] {
  return [
    { kind: 'heading', text: section.title },
    ...section.content.flatMap(blockPieces),
    ...(section.sections ?? []).flatMap(sectionPieces),
  ];
}

/** The brief as a reader meets it: title, lede, then every section's heading and blocks, depth first. */
export function readingOrder(brief: Brief): ReadingPiece[] {
  return [
    { kind: 'title', text: brief.title },
    { kind: 'inline', spans: brief.lede },
    ...brief.sections.flatMap(sectionPieces),
  ];
}

/** Every inline span of the brief, in reading order. */
export function spansInOrder(brief: Brief): Span[] {
  return readingOrder(brief).flatMap((piece) => (piece.kind === 'inline' ? piece.spans : []));
}

/** The words a span shows: a citation shows the words it is attached to (its marker comes from the renderer). */
export function spanText(span: Span): string {
  return span.type === 'citation' ? (span.text ?? '') : span.text;
}

/** The plain text a reader sees, one string per title, heading or paragraph. */
export function readerText(brief: Brief): string[] {
  return readingOrder(brief).map((piece) =>
    piece.kind === 'inline' ? piece.spans.map(spanText).join('') : piece.text,
  );
}
