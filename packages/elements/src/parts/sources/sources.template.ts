import type { Source } from '@briefkit/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../shared/brief-element.js';
import { sourceAnchor } from '../../shared/entities.js';
import { formatEdtf } from '../../shared/format.js';
import { msg } from '../../shared/i18n.js';
import { children, chromeLang, type RenderContext } from '../../shared/inline.js';
import { endsSentence, joinPhrases } from '../../shared/punctuation.js';
import { safeHref } from '../../shared/safe-url.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function backLinks(ctx: RenderContext, ids: readonly string[], n: number): TemplateResult {
  const label = msg(ctx.lang, 'backToText');
  return html`<span class="backlinks no-print">${children(
    ids.map((id, i) => {
      const mark = ids.length > 1 ? (LETTERS[i] ?? String(i + 1)) : '';
      return html` <a class="backlink" part="backlink" href="#${id}"><span aria-hidden="true">↩${mark}</span><span class="visually-hidden">${`${label} (${n}${mark})`}</span></a>`;
    }),
  )}</span>`;
}

function renderSource(ctx: RenderContext, source: Source, n: number): TemplateResult {
  const lang = ctx.lang;
  const href = safeHref(source.url);
  const name = source.title ?? source.citedAs ?? source.publisher ?? source.id;
  const authors =
    Array.isArray(source.authors) && source.authors.length > 0 ? joinPhrases(source.authors) : undefined;
  const details = [
    authors,
    source.publisher && source.publisher !== name ? source.publisher : undefined,
    source.date ? formatEdtf(source.date, lang) : undefined,
  ].filter((x): x is string => Boolean(x));
  // A source whose link target is unknown says so; it is never turned into a dead link.
  const unavailable = !href && (source.linkUnknown || source.url !== undefined);
  // Everything after the title in one binding, neighbouring words as one text: an absent piece costs
  // nothing, not an empty part.
  const joined = details.length > 0 ? joinPhrases(details) : undefined;
  const rest: unknown[] = [];
  const words = (text: string) => {
    if (typeof rest[rest.length - 1] === 'string') rest[rest.length - 1] += text;
    else if (text) rest.push(text);
  };
  if (joined !== undefined) {
    words(endsSentence(name) ? ' ' : '. ');
    rest.push(html`<span class="source-details">${joined}</span>`);
  }
  words(endsSentence(joined ?? name) ? '' : '.');
  if (unavailable) rest.push(html` <span class="no-link">(${msg(lang, 'linkNotAvailable')})</span>`);
  if (source.note) rest.push(html` <span class="source-note">${source.note}</span>`);
  if (source.accessed) {
    rest.push(
      html` <span class="accessed">(${`${msg(lang, 'accessed')} ${formatEdtf(source.accessed, lang)}`})</span>`,
    );
  }
  const ids = ctx.occurrences.get(source.id);
  if (ids && ids.length > 0) rest.push(backLinks(ctx, ids, n));
  return html`<li id=${sourceAnchor(source.id)} value=${n} tabindex="-1" class="source">
    ${href ? html`<a class="source-link" href=${href} rel="noopener noreferrer">${name}</a>` : html`<span class="source-title">${name}</span>`}${children(rest)}
  </li>`;
}

/**
 * The numbered sources list, in citation order. Call it after everything that cites in the same root has
 * been rendered: the back-links go to the citations rendered so far.
 */
export function renderSources(ctx: RenderContext, level: number): TemplateResult | typeof nothing {
  const sources = Array.isArray(ctx.brief.sources)
    ? ctx.brief.sources.filter((s) => s && typeof s.id === 'string' && ctx.numbers.has(s.id))
    : [];
  if (sources.length === 0) return nothing;
  sources.sort((a, b) => (ctx.numbers.get(a.id) ?? 0) - (ctx.numbers.get(b.id) ?? 0));
  return html`<section class="appendix sources" part="sources appendix" id="sources" aria-labelledby="sources-heading">
    ${heading(level, msg(ctx.lang, 'sources'), { id: 'sources-heading', part: 'heading appendix-heading', lang: chromeLang(ctx) })}
    <ol class="source-list">${sources.map((s) => renderSource(ctx, s, ctx.numbers.get(s.id) ?? 0))}</ol>
  </section>`;
}
