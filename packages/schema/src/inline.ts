import { z } from 'zod';
import { Id, Text, Url } from './primitives.js';

export const Mark = z.enum(['emphasis', 'strong', 'code']).meta({ id: 'Mark' });
export type Mark = z.infer<typeof Mark>;
const Marks = z.array(Mark).optional();

/** Plain text, optionally emphasised. Never markup: renderers always treat it as text. */
export const TextSpan = z
  .strictObject({ type: z.literal('text'), text: z.string(), marks: Marks })
  .meta({ id: 'TextSpan' });

/** A citation of a source by id; `text` holds the words the citation is attached to, if any. */
export const CitationSpan = z
  .strictObject({
    type: z.literal('citation'),
    source: Id,
    text: z.string().optional(),
    marks: Marks,
    locator: z.string().optional(),
  })
  .meta({ id: 'CitationSpan' });

/** A mention of an entity (actor, place, event, figure, rating, claim or threat) by id. */
export const MentionSpan = z
  .strictObject({ type: z.literal('mention'), entity: Id, text: Text, marks: Marks })
  .meta({ id: 'MentionSpan' });

/** Quoted words, attributed to whoever said them (an actor) and/or the claim they belong to. */
export const QuoteSpan = z
  .strictObject({
    type: z.literal('quote'),
    text: Text,
    speaker: Id.optional(),
    claim: Id.optional(),
    source: Id.optional(),
  })
  .meta({ id: 'QuoteSpan' });

/** An ordinary external link in running text. */
export const LinkSpan = z
  .strictObject({ type: z.literal('link'), href: Url, text: Text, marks: Marks })
  .meta({ id: 'LinkSpan' });

export const Span = z
  .discriminatedUnion('type', [TextSpan, CitationSpan, MentionSpan, QuoteSpan, LinkSpan])
  .meta({ id: 'Span' });
export type Span = z.infer<typeof Span>;
export type TextSpan = z.infer<typeof TextSpan>;
export type CitationSpan = z.infer<typeof CitationSpan>;
export type MentionSpan = z.infer<typeof MentionSpan>;
export type QuoteSpan = z.infer<typeof QuoteSpan>;
export type LinkSpan = z.infer<typeof LinkSpan>;

/** Running text: a sequence of spans. */
export const Inline = z.array(Span).min(1, { error: 'must contain some text' }).meta({ id: 'Inline' });
export type Inline = z.infer<typeof Inline>;
