import type { Block, FigureBlock, KeyFactsBlock, QuoteBlock, Section } from '@briefkit/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { casualtiesText } from '../parts/timeline/events.js';
import { heading } from '../shared/brief-element.js';
import { entityAnchor, entityIndex, entityName } from '../shared/entities.js';
import { edtfDatetime, formatEdtf, formatQuantity } from '../shared/format.js';
import { type MessageKey, msg } from '../shared/i18n.js';
import {
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
 * State of rendering one unit of the body (a top-level section with its subsections). A key fact gets its
 * `#entity-…` anchor in the first box that lists it — `factHome` says in which unit that box is — unless
 * the actors list already has an entry for it.
 */
export interface BodyState {
  ctx: RenderContext;
  factHome: Map<string, string>;
  unit: string;
  placed: Set<string>;
}

/** Fact ids listed in the key-facts boxes of a section and its subsections, in document order. */
export function keyFactIds(section: Section): string[] {
  const out: string[] = [];
  walkSections([section], (s) => {
    for (const b of Array.isArray(s.content) ? s.content : []) {
      if (b?.type === 'key-facts' && Array.isArray(b.facts)) out.push(...b.facts);
    }
  });
  return out;
}

function time(date: string, lang: string): TemplateResult {
  return html`<time datetime=${edtfDatetime(date) ?? nothing}>${formatEdtf(date, lang)}</time>`;
}

function renderFact(state: BodyState, id: string): TemplateResult | typeof nothing {
  const { ctx } = state;
  const ref = entityIndex(ctx.brief).get(id);
  if (!ref) return nothing;
  const lang = ctx.lang;
  const anchor =
    state.factHome.get(id) === state.unit && !state.placed.has(id) ? entityAnchor(id) : undefined;
  if (anchor) state.placed.add(id);
  let term: unknown;
  let value: unknown;
  let sources: string[] | undefined;
  switch (ref.kind) {
    case 'figure': {
      const f = ref.entity;
      term = f.label;
      value = html`<span class="fact-value">${formatQuantity(f.quantity, f.unit, lang)}</span>${
        f.date ? html` <span class="fact-when">(${time(f.date, lang)})</span>` : nothing
      }`;
      sources = f.sources;
      break;
    }
    case 'rating': {
      const r = ref.entity;
      term = r.scale?.name ?? entityName(ctx.brief, r.rater);
      value = html`<span class="fact-value">${String(r.value)}</span> <span class="fact-when">— ${entityName(ctx.brief, r.rater)}${
        r.edition ? `, ${r.edition}` : ''
      }${r.date ? html`, ${time(r.date, lang)}` : nothing}</span>`;
      sources = r.sources;
      break;
    }
    case 'event': {
      const e = ref.entity;
      term = time(e.date, lang);
      const toll =
        Array.isArray(e.casualties) && e.casualties.length > 0 ? casualtiesText(e.casualties, lang) : '';
      value = html`<span class="fact-value">${e.title}</span>${toll ? html`<span class="fact-when">: ${toll}</span>` : nothing}`;
      sources = e.sources;
      break;
    }
    case 'claim': {
      const c = ref.entity;
      term = html`${msg(lang, `claim.${c.kind}` as MessageKey)} — ${entityName(ctx.brief, c.claimant)}`;
      value = html`<span class="fact-value">${c.text}</span>${c.date ? html` <span class="fact-when">(${time(c.date, lang)})</span>` : nothing}`;
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

function renderKeyFacts(state: BodyState, block: KeyFactsBlock): TemplateResult {
  const title = block.title ?? msg(state.ctx.lang, 'keyFacts');
  const facts = Array.isArray(block.facts) ? block.facts : [];
  const id = nextId(state.ctx, 'facts');
  return html`<div class="key-facts" part="key-facts" role="group" aria-labelledby=${id}>
    <p class="key-facts-title" id=${id}>${title}</p>
    <dl>${facts.map((fact) => renderFact(state, fact))}</dl>
  </div>`;
}

function renderQuote(ctx: RenderContext, block: QuoteBlock): TemplateResult {
  const paragraphs = Array.isArray(block.paragraphs) ? block.paragraphs : [];
  const claimant = block.claim ? entityIndex(ctx.brief).get(block.claim) : undefined;
  const who =
    block.attribution !== undefined
      ? renderInline(block.attribution, ctx)
      : block.speaker
        ? entityName(ctx.brief, block.speaker)
        : claimant?.kind === 'claim'
          ? entityName(ctx.brief, claimant.entity.claimant)
          : undefined;
  const cite = block.source ? renderCitation(ctx, block.source) : nothing;
  return html`<figure class="quote-block" part="quote">
    <blockquote>${paragraphs.map((p) => html`<p>${renderInline(p, ctx)}</p>`)}</blockquote>
    ${who !== undefined || cite !== nothing ? html`<figcaption>${who !== undefined ? html`— ${who}` : nothing}${cite}</figcaption>` : nothing}
  </figure>`;
}

function renderFigure(ctx: RenderContext, block: FigureBlock): TemplateResult {
  const src = safeImageSrc(block.src);
  const alt = typeof block.alt === 'string' ? block.alt : '';
  const hasCaption = block.caption !== undefined || block.credit !== undefined || block.source !== undefined;
  return html`<figure class="figure" part="figure">
    ${src ? html`<img src=${src} alt=${alt} loading="lazy" decoding="async" />` : html`<p class="figure-missing">${alt}</p>`}
    ${
      hasCaption
        ? html`<figcaption>${block.caption ? renderInline(block.caption, ctx) : nothing}${
            block.credit ? html` <span class="credit">${block.credit}</span>` : nothing
          }${block.source ? renderCitation(ctx, block.source) : nothing}</figcaption>`
        : nothing
    }
  </figure>`;
}

export function renderBlock(state: BodyState, block: Block): unknown {
  const { ctx } = state;
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
    case 'key-facts':
      return renderKeyFacts(state, block);
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
  state: BodyState,
  section: Section,
  level: number,
  depth: number,
): TemplateResult | typeof nothing {
  if (!section || typeof section !== 'object') return nothing;
  const content = Array.isArray(section.content) ? section.content : [];
  let subsections: unknown[] = [];
  if (depth < MAX_DEPTH) {
    subsections = Array.isArray(section.sections)
      ? section.sections.map((s) => renderSection(state, s, level + 1, depth + 1))
      : [];
  } else {
    // Past the limit, every descendant follows at one level, in document order, without recursion.
    walkSections(section.sections, (s) => {
      subsections.push(renderSectionBody(state, s, level + 1, depth + 1));
    });
  }
  return renderSectionBody(state, section, level, depth, content, subsections);
}

function renderSectionBody(
  state: BodyState,
  section: Section,
  level: number,
  depth: number,
  content: readonly Block[] = Array.isArray(section.content) ? section.content : [],
  subsections: unknown = nothing,
): TemplateResult {
  return html`<section class="section depth-${Math.min(depth, 3)}" part="section" id=${sectionAnchor(section.id)}>
    ${heading(level, section.title, { part: 'heading section-heading' })}
    ${content.map((b) => renderBlock(state, b))}
    ${subsections}
  </section>`;
}
