import type { Block, FigureBlock, KeyFactsBlock, QuoteBlock, Section } from '@briefkit/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../shared/brief-element.js';
import { casualtiesText } from '../shared/casualties.js';
import { dateMarkup } from '../shared/date-markup.js';
import { entityAnchor, entityIndex, entityName } from '../shared/entities.js';
import { headlineQuantity, renderEstimates, shownEstimates } from '../shared/estimates.js';
import { formatQuantity } from '../shared/format.js';
import { type MessageKey, msg } from '../shared/i18n.js';
import {
  children,
  nextId,
  type RenderContext,
  renderCitation,
  renderCitations,
  renderInline,
} from '../shared/inline.js';
import { safeImageSrc } from '../shared/safe-url.js';
import { walkSections } from '../shared/walk.js';

/** Sections nested deeper than this are shown one after another at the next level, so none is lost. */
export const MAX_DEPTH = 12;

/**
 * One top-level section being rendered: every block in it, in document order, gets a key of its own (its
 * unit in the render cache), so an update re-renders the blocks whose data changed and leaves the rest.
 */
export interface SectionWalk {
  /** The section's unit: `s<i>`. */
  unit: string;
  /** How many of its blocks have been handed a key so far. */
  next: number;
  renderBlock: (key: string, block: Block) => unknown;
}

function blockKey(unit: string, n: number): string {
  return `${unit}.${n}`;
}

/**
 * Visits every block of a top-level section with its key, in the order `renderSection` renders them (a
 * section's blocks, then its subsections'), so what is worked out ahead (where a key fact's entry goes)
 * names the same blocks.
 */
export function forEachBlock(
  section: Section,
  unit: string,
  visit: (block: Block, key: string) => void,
): void {
  let n = 0;
  walkSections([section], (s) => {
    for (const b of Array.isArray(s.content) ? s.content : []) visit(b, blockKey(unit, n++));
  });
}

/**
 * One entry of a key-facts box. `home` says the entry is the fact's `#entity-…` target: the first box that
 * lists a fact holds it, unless the actors list already has an entry for it.
 */
export function renderFact(ctx: RenderContext, id: string, home: boolean): TemplateResult | typeof nothing {
  const ref = entityIndex(ctx.brief).get(id);
  if (!ref) return nothing;
  const lang = ctx.lang;
  const anchor = home ? entityAnchor(id) : undefined;
  let term: unknown;
  let value: unknown;
  let sources: string[] | undefined;
  switch (ref.kind) {
    case 'figure': {
      const f = ref.entity;
      term = f.label;
      const estimates = shownEstimates(f.estimates);
      const quantity = headlineQuantity(f.quantity, estimates);
      // What follows the value as one binding: an absent piece costs nothing, not an empty part.
      const more: unknown[] = [];
      if (f.date) more.push(html` <span class="fact-when">(${dateMarkup(f.date, lang)})</span>`);
      if (estimates.length > 0) more.push(renderEstimates(ctx, estimates, f.unit));
      value = html`<span class="fact-value">${quantity ? formatQuantity(quantity, f.unit, lang) : ''}</span>${children(more)}`;
      sources = f.sources;
      break;
    }
    case 'rating': {
      const r = ref.entity;
      term = r.scale?.name ?? entityName(ctx.brief, r.rater);
      const by = `— ${entityName(ctx.brief, r.rater)}${r.edition ? `, ${r.edition}` : ''}`;
      value = html`<span class="fact-value">${String(r.value)}</span> <span class="fact-when">${
        r.date ? [`${by}, `, dateMarkup(r.date, lang)] : by
      }</span>`;
      sources = r.sources;
      break;
    }
    case 'event': {
      const e = ref.entity;
      term = dateMarkup(e.date, lang);
      const toll =
        Array.isArray(e.casualties) && e.casualties.length > 0 ? casualtiesText(e.casualties, lang) : '';
      const more: unknown[] = [];
      if (toll) more.push(html`<span class="fact-when">: ${toll}</span>`);
      for (const c of Array.isArray(e.casualties) ? e.casualties : []) {
        const estimates = renderEstimates(ctx, c?.estimates);
        if (estimates !== nothing) more.push(estimates);
      }
      value = html`<span class="fact-value">${e.title}</span>${children(more)}`;
      sources = e.sources;
      break;
    }
    case 'claim': {
      const c = ref.entity;
      term = `${msg(lang, `claim.${c.kind}` as MessageKey)} — ${entityName(ctx.brief, c.claimant)}`;
      value = html`<span class="fact-value">${c.text}</span>${c.date ? html` <span class="fact-when">(${dateMarkup(c.date, lang)})</span>` : nothing}`;
      sources = c.sources;
      break;
    }
    default:
      term = entityName(ctx.brief, id);
      value = ref.kind === 'actor' ? (ref.entity.role ?? '') : '';
  }
  return html`<div class="fact" id=${anchor ?? nothing} tabindex=${anchor ? '-1' : nothing}>
    <dt>${term}</dt>
    <dd>${value}${renderCitations(ctx, sources)}</dd>
  </div>`;
}

/** A key-facts box around its entries, each rendered (and cached) on its own by the caller. */
export function renderKeyFacts(ctx: RenderContext, block: KeyFactsBlock, facts: unknown[]): TemplateResult {
  const title = block.title ?? msg(ctx.lang, 'keyFacts');
  const id = nextId(ctx, 'facts');
  return html`<div class="key-facts" part="key-facts" role="group" aria-labelledby=${id}>
    <p class="key-facts-title" id=${id}>${title}</p>
    <dl>${facts}</dl>
  </div>`;
}

function renderQuote(ctx: RenderContext, block: QuoteBlock): TemplateResult {
  const paragraphs = Array.isArray(block.paragraphs) ? block.paragraphs : [];
  const claimant = block.claim ? entityIndex(ctx.brief).get(block.claim) : undefined;
  // The block's own source closes its attribution, when it has one.
  const attributed = block.attribution !== undefined;
  const who = attributed
    ? renderInline(block.attribution, ctx, block.source)
    : block.speaker
      ? entityName(ctx.brief, block.speaker)
      : claimant?.kind === 'claim'
        ? entityName(ctx.brief, claimant.entity.claimant)
        : undefined;
  const cite = block.source && !attributed ? renderCitation(ctx, block.source) : nothing;
  return html`<figure class="quote-block" part="quote">
    <blockquote>${paragraphs.map((p) => html`<p>${renderInline(p, ctx)}</p>`)}</blockquote>
    ${who !== undefined || cite !== nothing ? html`<figcaption>${who !== undefined ? html`— ${who}` : nothing}${cite}</figcaption>` : nothing}
  </figure>`;
}

function renderFigure(ctx: RenderContext, block: FigureBlock): TemplateResult {
  const src = safeImageSrc(block.src);
  const alt = typeof block.alt === 'string' ? block.alt : '';
  const hasCaption = block.caption !== undefined || block.credit !== undefined || block.source !== undefined;
  // The source closes the caption's text when no credit stands between them.
  const sourceInCaption = Boolean(block.caption) && !block.credit;
  return html`<figure class="figure" part="figure">
    ${src ? html`<img src=${src} alt=${alt} loading="lazy" decoding="async" />` : html`<p class="figure-missing">${alt}</p>`}
    ${
      hasCaption
        ? html`<figcaption>${block.caption ? renderInline(block.caption, ctx, sourceInCaption ? block.source : undefined) : nothing}${
            block.credit ? html` <span class="credit">${block.credit}</span>` : nothing
          }${block.source && !sourceInCaption ? renderCitation(ctx, block.source) : nothing}</figcaption>`
        : nothing
    }
  </figure>`;
}

/** Any block but a key-facts box (see renderKeyFacts). */
export function renderBlock(ctx: RenderContext, block: Block): unknown {
  switch (block?.type) {
    case 'paragraph':
      return html`<p>${renderInline(block.content, ctx)}</p>`;
    case 'quote':
      return renderQuote(ctx, block);
    case 'list': {
      const items = Array.isArray(block.items)
        ? block.items.map((item) => html`<li>${renderInline(item, ctx)}</li>`)
        : [];
      return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'figure':
      return renderFigure(ctx, block);
    default:
      return nothing;
  }
}

/** Element id of a section (prefixed: section ids share no namespace with entity ids). */
export function sectionAnchor(id: string): string {
  return `sec-${id}`;
}

export function renderSection(
  walk: SectionWalk,
  section: Section,
  level: number,
  depth: number,
): TemplateResult | typeof nothing {
  if (!section || typeof section !== 'object') return nothing;
  // The blocks first, then the subsections: keys follow document order (see forEachBlock).
  const blocks = renderBlocks(walk, section);
  let subsections: unknown[] = [];
  if (depth < MAX_DEPTH) {
    subsections = Array.isArray(section.sections)
      ? section.sections.map((s) => renderSection(walk, s, level + 1, depth + 1))
      : [];
  } else {
    // Past the limit, every descendant follows at one level, in document order, without recursion.
    walkSections(section.sections, (s) => {
      subsections.push(sectionTemplate(s, level + 1, depth + 1, renderBlocks(walk, s), []));
    });
  }
  return sectionTemplate(section, level, depth, blocks, subsections);
}

function renderBlocks(walk: SectionWalk, section: Section): unknown[] {
  const content = Array.isArray(section.content) ? section.content : [];
  return content.map((b) => walk.renderBlock(blockKey(walk.unit, walk.next++), b));
}

function sectionTemplate(
  section: Section,
  level: number,
  depth: number,
  blocks: unknown[],
  subsections: unknown[],
): TemplateResult {
  // The blocks and the subsections in one binding: a part less per section.
  const content = subsections.length > 0 ? blocks.concat(subsections) : blocks;
  return html`<section class="section depth-${Math.min(depth, 3)}" part="section" id=${sectionAnchor(section.id)}>
    ${heading(level, section.title, { part: 'heading section-heading' })}
    ${content}
  </section>`;
}
