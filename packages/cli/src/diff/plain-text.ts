import type { Block, Inline } from '@briefkit/schema';

/**
 * The words a reader sees for a run of spans. Quote spans get quotation marks (the renderer adds them too), a
 * citation without words adds nothing: a diff of the prose compares what is read, not how it is linked.
 */
export function inlineText(inline: Inline): string {
  let text = '';
  for (const span of inline) {
    if (span.type === 'quote') text += `“${span.text}”`;
    else text += span.text ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The readable passages of one block: a paragraph is one, a list one per item, a quote one per paragraph. */
export function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [inlineText(block.content)];
    case 'quote':
      return [
        ...block.paragraphs.map((p) => `“${inlineText(p)}”`),
        ...(block.attribution ? [`— ${inlineText(block.attribution)}`] : []),
      ];
    case 'list':
      return block.items.map((item) => `• ${inlineText(item)}`);
    case 'key-facts':
      return [`Key facts${block.title ? ` (${block.title})` : ''}: ${block.facts.join(', ')}`];
    case 'figure':
      return [`Illustration: ${block.alt}${block.caption ? ` — ${inlineText(block.caption)}` : ''}`];
  }
}

const segmenters = new Map<string, Intl.Segmenter>();

/** Splits prose into sentences with the language's rules (Unicode sentence boundaries). */
export function sentences(text: string, language: string): string[] {
  let segmenter = segmenters.get(language);
  if (segmenter === undefined) {
    let locale = 'en';
    try {
      locale = Intl.getCanonicalLocales(language)[0] ?? 'en';
    } catch {
      // A tag the runtime does not know still splits with the default rules.
    }
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const sentence = segment.trim();
    if (sentence !== '') out.push(sentence);
  }
  return out;
}

/** All the sentences of a list of blocks, in reading order. */
export function blockSentences(blocks: readonly Block[], language: string): string[] {
  return blocks.flatMap((block) => blockTexts(block).flatMap((text) => sentences(text, language)));
}
