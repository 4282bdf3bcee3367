import { z } from 'zod';
import { Inline } from './inline.js';
import { Id, Text, Url } from './primitives.js';

export const ParagraphBlock = z
  .strictObject({ type: z.literal('paragraph'), content: Inline })
  .meta({ id: 'ParagraphBlock' });

/** A block quotation with who said it: an attribution line, a speaker actor, a claim and/or a source. */
export const QuoteBlock = z
  .strictObject({
    type: z.literal('quote'),
    paragraphs: z.array(Inline).min(1),
    attribution: Inline.optional(),
    speaker: Id.optional(),
    claim: Id.optional(),
    source: Id.optional(),
  })
  .meta({ id: 'QuoteBlock' });

export const ListBlock = z
  .strictObject({ type: z.literal('list'), ordered: z.boolean(), items: z.array(Inline).min(1) })
  .meta({ id: 'ListBlock' });

/** A box of key facts: ids of figures, ratings, events or claims, shown with their values and citations. */
export const KeyFactsBlock = z
  .strictObject({ type: z.literal('key-facts'), title: Text.optional(), facts: z.array(Id).min(1) })
  .meta({ id: 'KeyFactsBlock' });

/** An illustration: always with alternative text. */
export const FigureBlock = z
  .strictObject({
    type: z.literal('figure'),
    src: Url,
    alt: Text,
    caption: Inline.optional(),
    credit: Text.optional(),
    source: Id.optional(),
  })
  .meta({ id: 'FigureBlock' });

export const Block = z
  .discriminatedUnion('type', [ParagraphBlock, QuoteBlock, ListBlock, KeyFactsBlock, FigureBlock])
  .meta({ id: 'Block' });
export type Block = z.infer<typeof Block>;
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;
export type QuoteBlock = z.infer<typeof QuoteBlock>;
export type ListBlock = z.infer<typeof ListBlock>;
export type KeyFactsBlock = z.infer<typeof KeyFactsBlock>;
export type FigureBlock = z.infer<typeof FigureBlock>;

export interface Section {
  id: string;
  title: string;
  content: Block[];
  sections?: Section[] | undefined;
}

/** A titled section: blocks, then optional subsections (their nesting gives the heading level). */
export const Section: z.ZodType<Section> = z
  .strictObject({
    id: Id,
    title: Text,
    content: z.array(Block),
    get sections() {
      return z.array(Section).optional();
    },
  })
  .meta({ id: 'Section' });
