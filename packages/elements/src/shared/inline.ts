import type { Brief, CitationSpan, Mark, Span } from '@briefkit/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { citationNumbers } from './citations.js';
import { entityAnchor, entityIndex, entityName, sourceAnchor } from './entities.js';
import { estimatesText } from './estimates.js';
import { formatEdtf, formatQuantity } from './format.js';
import { msg } from './i18n.js';
import { safeHref } from './safe-url.js';

export { citationNumbers } from './citations.js';

/**
 * What one render of one shadow root knows: the brief, the language of the element's own words, which
 * entries exist in this root (so links only point at targets that exist), and the ids handed out so far.
 * Create one per render; ids it hands out are stable for the same brief, so server and client agree.
 */
export interface RenderContext {
  brief: Brief;
  lang: string;
  numbers: Map<string, number>;
  /** A sources list is rendered in the same root, so citations link to it. */
  sourcesInRoot: boolean;
  /** Ids of entities that have an entry (`#entity-…`) in this root. */
  anchors: Set<string>;
  /** Element ids of each source's citations, in order: the sources list links back to them. */
  occurrences: Map<string, string[]>;
  /** Counter for unique element ids within the root. */
  seq: number;
  /**
   * Prefix that keeps the ids of one separately rendered unit (a section, say) apart from the others', so
   * a unit can be re-rendered alone and its ids stay stable.
   */
  scope?: string;
}

/** An element id unique in the root: `name-<scope>-<n>` (or `name-<n>` outside a scope). */
export function nextId(ctx: RenderContext, name: string): string {
  ctx.seq += 1;
  return ctx.scope ? `${name}-${ctx.scope}-${ctx.seq}` : `${name}-${ctx.seq}`;
}

/** A context for one unit of a root: the same brief and words, its own id scope and citation list. */
export function scopedContext(ctx: RenderContext, scope: string): RenderContext {
  // Spelled out rather than spread: this runs for every unit of every render, and a literal of one shape
  // is several times cheaper than copying an object's properties.
  return {
    brief: ctx.brief,
    lang: ctx.lang,
    numbers: ctx.numbers,
    sourcesInRoot: ctx.sourcesInRoot,
    anchors: ctx.anchors,
    occurrences: new Map(),
    seq: 0,
    scope,
  };
}

export interface ContextOptions {
  sourcesInRoot?: boolean;
  anchors?: Iterable<string>;
}

export function createContext(brief: Brief, lang: string, options: ContextOptions = {}): RenderContext {
  return {
    brief,
    lang,
    numbers: citationNumbers(brief),
    sourcesInRoot: options.sourcesInRoot ?? false,
    // A set is used as given (never changed by a render), anything else copied.
    anchors: options.anchors instanceof Set ? options.anchors : new Set(options.anchors ?? []),
    occurrences: new Map(),
    seq: 0,
  };
}

/**
 * The `lang` to put on the element's own words ("Sources") when they are not in the brief's language,
 * so they are read out in the right language; `undefined` when they match.
 */
export function chromeLang(ctx: RenderContext): string | undefined {
  const content = typeof ctx.brief.language === 'string' ? ctx.brief.language : 'en';
  return ctx.lang.toLowerCase() === content.toLowerCase() ? undefined : ctx.lang;
}

/**
 * The values of one child binding: none is `nothing`, one is itself, more are a list (a list is a part more
 * to render than the values in it).
 */
export function children(list: unknown[]): unknown {
  return list.length === 0 ? nothing : list.length === 1 ? list[0] : list;
}

function marked(text: string, marks: readonly Mark[] | undefined): TemplateResult | string {
  if (!marks || marks.length === 0) return text;
  let out: TemplateResult | string = text;
  for (const mark of marks) {
    if (mark === 'emphasis') out = html`<em>${out}</em>`;
    else if (mark === 'strong') out = html`<strong>${out}</strong>`;
    else if (mark === 'code') out = html`<code>${out}</code>`;
  }
  return out;
}

/**
 * A numbered superscript for a source. Inside a root with a sources list it is a link to the entry, with an
 * id the entry links back to; elsewhere it is the bare number (the same number the sources list shows).
 */
export function renderCitation(
  ctx: RenderContext,
  sourceId: string,
  locator?: string,
): TemplateResult | typeof nothing {
  const n = ctx.numbers.get(sourceId);
  if (n === undefined) return nothing;
  const label = `${msg(ctx.lang, 'source')} ${n}${locator ? `, ${locator}` : ''}`;
  if (!ctx.sourcesInRoot) return html`<sup class="cite" part="citation" title=${label}>${n}</sup>`;
  const list = ctx.occurrences.get(sourceId) ?? [];
  const id = `cite-${sourceId}-${ctx.scope ? `${ctx.scope}-` : ''}${list.length + 1}`;
  list.push(id);
  ctx.occurrences.set(sourceId, list);
  return html`<sup class="cite"><a part="citation" href="#${sourceAnchor(sourceId)}" id=${id} aria-label=${label}>${n}</a></sup>`;
}

/**
 * The comma between two superscripts with no words between them ("³,⁴"), written out: CSS sees two
 * superscripts as neighbours even with words between them, and a copied passage keeps the numbers apart.
 */
const CITATION_SEPARATOR = html`<sup class="cite-sep" aria-hidden="true">,</sup>`;

/** Adds a citation to `out`, after a separator when `next` (it directly follows another superscript). */
function pushCitation(out: unknown[], cite: TemplateResult | typeof nothing, next: boolean): boolean {
  if (cite === nothing) return false;
  if (next) out.push(CITATION_SEPARATOR);
  out.push(cite);
  return true;
}

/** Superscripts for a list of source ids (an entity's `sources`), in number order, set off by commas. */
export function renderCitations(ctx: RenderContext, ids: readonly string[] | undefined): unknown {
  if (!Array.isArray(ids) || ids.length === 0) return nothing;
  const known = ids.filter((id) => ctx.numbers.has(id));
  known.sort((a, b) => (ctx.numbers.get(a) ?? 0) - (ctx.numbers.get(b) ?? 0));
  // A list, not a template around one: one template less to create, compare and serialise.
  const out: unknown[] = [];
  for (const id of known) pushCitation(out, renderCitation(ctx, id), out.length > 0);
  return children(out);
}

/** The words a mention's tooltip shows: full name and role, a date, a value — whatever identifies it. */
export function describeEntity(brief: Brief, id: string, lang: string): string | undefined {
  const ref = entityIndex(brief).get(id);
  if (!ref) return undefined;
  switch (ref.kind) {
    case 'actor': {
      const a = ref.entity;
      const name = a.shortName && a.shortName !== a.name ? `${a.name} (${a.shortName})` : a.name;
      return a.role ? `${name} — ${a.role}` : name;
    }
    case 'place': {
      const p = ref.entity;
      return p.description ? `${p.name} — ${p.description}` : p.name;
    }
    case 'event':
      return `${ref.entity.title} — ${formatEdtf(ref.entity.date, lang)}`;
    case 'figure': {
      const f = ref.entity;
      const when = f.date ? ` (${formatEdtf(f.date, lang)})` : '';
      const value = f.quantity
        ? formatQuantity(f.quantity, f.unit, lang)
        : estimatesText(brief, f.estimates ?? [], f.unit, lang);
      return `${f.label}: ${value}${when}`;
    }
    case 'rating': {
      const r = ref.entity;
      const edition = r.edition ? `, ${r.edition}` : '';
      const when = r.date ? ` ${formatEdtf(r.date, lang)}` : '';
      return `${entityName(brief, r.rater)}${edition}${when}: ${r.value} (${r.scale?.name ?? ''})`;
    }
    case 'claim':
      return `${entityName(brief, ref.entity.claimant)}: ${ref.entity.text}`;
    case 'threat':
      return ref.entity.title;
    case 'source':
      return entityName(brief, id);
  }
}

function renderMention(
  ctx: RenderContext,
  span: Extract<Span, { type: 'mention' }>,
): TemplateResult | string {
  const description = describeEntity(ctx.brief, span.entity, ctx.lang);
  const text = marked(span.text, span.marks);
  if (description === undefined) return text;
  const tipId = nextId(ctx, 'tip');
  // The tooltip is part of the mention's own template: one template less per mention to create and compare.
  if (ctx.anchors.has(span.entity)) {
    return html`<span class="has-tip"><a class="mention" part="mention" href="#${entityAnchor(span.entity)}" aria-describedby=${tipId}>${text}</a><span class="tip" role="tooltip" id=${tipId}>${description}</span></span>`;
  }
  return html`<span class="has-tip"><span class="mention" part="mention" tabindex="0" aria-describedby=${tipId}>${text}</span><span class="tip" role="tooltip" id=${tipId}>${description}</span></span>`;
}

function renderQuote(ctx: RenderContext, span: Extract<Span, { type: 'quote' }>): TemplateResult {
  const who = span.claim
    ? describeEntity(ctx.brief, span.claim, ctx.lang)
    : span.speaker
      ? describeEntity(ctx.brief, span.speaker, ctx.lang)
      : undefined;
  const open = msg(ctx.lang, 'quoteOpen');
  const close = msg(ctx.lang, 'quoteClose');
  // The marks and the words as one text: a part less. The citation follows in the running text.
  return html`<span class="quote" title=${who ?? nothing}>${`${open}${span.text}${close}`}</span>`;
}

/**
 * Adds a citation to the running text, not wrapped: one less template or list per citation to create,
 * compare and serialise. `afterCitation`: the text so far ends in a superscript. Returns whether the text
 * now does.
 */
function renderCitationSpan(
  ctx: RenderContext,
  span: CitationSpan,
  out: unknown[],
  afterCitation: boolean,
): boolean {
  if (span.text) push(out, marked(span.text, span.marks));
  const next = afterCitation && !span.text;
  return pushCitation(out, renderCitation(ctx, span.source, span.locator), next) || next;
}

/** Adds a value to running text; neighbouring plain words become one string (every value is a part). */
function push(out: unknown[], value: unknown): void {
  const last = out.length - 1;
  if (typeof value === 'string' && typeof out[last] === 'string') out[last] += value;
  else out.push(value);
}

function renderSpan(ctx: RenderContext, span: Span): unknown {
  switch (span?.type) {
    case 'text':
      return marked(span.text, span.marks);
    case 'citation':
      // Handled by renderInline.
      return nothing;
    case 'mention':
      return renderMention(ctx, span);
    case 'quote':
      return renderQuote(ctx, span);
    case 'link': {
      const href = safeHref(span.href);
      const text = marked(span.text, span.marks);
      return href ? html`<a class="link" href=${href} rel="noopener noreferrer">${text}</a>` : text;
    }
    default:
      // A span of an unknown kind still shows its words, as text.
      return typeof (span as { text?: unknown })?.text === 'string'
        ? (span as { text: string }).text
        : nothing;
  }
}

/**
 * Running text, as the value of a child binding (a list, or its one value). Every word of the brief goes through a text
 * binding: content is never markup. `closingSource`: a citation that ends the text (a quote's or figure's own
 * source after its attribution or caption), set off from a citation before it like any other.
 */
export function renderInline(
  spans: readonly Span[] | undefined,
  ctx: RenderContext,
  closingSource?: string,
): unknown {
  if (!Array.isArray(spans)) return closingSource ? renderCitation(ctx, closingSource) : nothing;
  const out: unknown[] = [];
  // Whether the text so far ends in a superscript: a citation right after it gets a comma before it.
  let afterCitation = false;
  for (const span of spans) {
    if (span?.type === 'citation') afterCitation = renderCitationSpan(ctx, span, out, afterCitation);
    else {
      const value = renderSpan(ctx, span);
      push(out, value);
      // A span that shows nothing (empty words, an unknown kind without words) leaves the text as it was.
      if (value !== nothing && value !== '') afterCitation = false;
      if (span?.type === 'quote' && span.source) {
        afterCitation = pushCitation(out, renderCitation(ctx, span.source), false);
      }
    }
  }
  if (closingSource) pushCitation(out, renderCitation(ctx, closingSource), afterCitation);
  // One value is bound as itself: a list around it would be a part more.
  return out.length === 1 ? out[0] : out;
}
