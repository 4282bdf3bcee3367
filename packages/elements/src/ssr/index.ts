import type { Brief } from '@briefkit/schema';
import { renderThunked } from '@lit-labs/ssr';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { defineElements } from '../define.js';
import { SecurityBriefMap } from '../parts/map/map.js';
import { addLanguage } from '../shared/i18n.js';
import fr from '../shared/locales/fr.js';
import { tagNames } from '../tags.js';
import { conformingHtml } from './conforming-html.js';
import { type PagePart, pageParts } from './page-parts.js';
import { assertRenderable, assertTextOptions, renderingSafely } from './render-error.js';

export { PAGE_PARTS, type PagePart, pageParts } from './page-parts.js';
export { BriefRenderError } from './render-error.js';
export { conformingHtml };

// In the browser other languages load on demand; a server renders every language at once.
addLanguage('fr', fr);
// The browser defines the map once its chunk arrives; a server may render one at any time.
defineElements({ [tagNames.map]: SecurityBriefMap });

export interface RenderBriefOptions {
  /** Outline level of the section headings (default 2; the title is one level above). */
  headingLevel?: number;
  /** Include a table of contents. */
  toc?: boolean;
  /** Language of the element's own words, if not the brief's. */
  lang?: string;
  /** `light`, `dark` or `auto`. */
  theme?: 'light' | 'dark' | 'auto';
}

export interface RenderBriefPageOptions extends RenderBriefOptions {
  /** The document title (default: the brief's title). */
  title?: string;
  /** URL of a module script that hydrates the page (e.g. the package's `dist/bundle-hydrate.js`). */
  scriptSrc?: string;
  /** Extra markup for `<head>`, inserted as is: it comes from the page author, never from a brief. */
  head?: string;
  /**
   * The parts shown after the brief (the brief itself has its sections, actors and sources): by default all
   * of `map`, `figures`, `threats` and `timeline` that have something to show; `[]` for the brief alone.
   */
  parts?: readonly PagePart[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const UNSAFE_IN_SCRIPT = /[<\u2028\u2029]/;
const UNSAFE_IN_SCRIPT_ALL = /[<\u2028\u2029]/g;

/** The brief as JSON that is safe inside `<script type="application/json">` (no `</script>`, no `<!--`). */
export function briefJson(brief: Brief): string {
  const json = JSON.stringify(brief);
  // Most briefs have none of these: one scan to tell, rather than a replace that copies the whole text.
  if (!UNSAFE_IN_SCRIPT.test(json)) return json;
  return json.replace(UNSAFE_IN_SCRIPT_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const OUTER_OPEN = /^(?:<!--lit-part[^>]*-->|<!--lit-node \d+-->)*/;
const OUTER_CLOSE = '<!--/lit-part-->';

/**
 * Lit's thunked output as one string. Appending builds a rope that V8 flattens once, when the text is first
 * read; that measured faster than pushing the pieces to an array and joining it, and than rewriting each
 * piece as it comes (the conforming rewrite is one regular-expression pass over the whole text instead).
 */
function collect(result: ThunkedRenderResult): string {
  let out = '';
  for (let i = 0; i < result.length; i++) {
    let value: unknown = result[i];
    while (typeof value === 'function') value = value();
    if (typeof value === 'string') out += value;
    else if (Array.isArray(value)) out += collect(value);
    else if (value !== undefined) throw new Error('an element rendered asynchronously on the server');
  }
  return out;
}

/**
 * The element's markup from a thunked render as conforming HTML, without the markers of the template
 * around it (the element hydrates itself from its own shadow root; those markers serve nothing), with the
 * brief as JSON before its closing tag. The conforming rewrite is the one pass that copies the whole text;
 * the markers are left out and the JSON put in by slicing its result, and it only ever sees Lit's own markup.
 */
function elementMarkup(result: ThunkedRenderResult, tag: string, brief: Brief): string {
  const markup = conformingHtml(collect(result));
  const start = (OUTER_OPEN.exec(markup) as RegExpExecArray)[0].length;
  let stop = markup.length;
  while (stop - OUTER_CLOSE.length >= start && markup.endsWith(OUTER_CLOSE, stop)) stop -= OUTER_CLOSE.length;
  const json = `<script type="application/json">${briefJson(brief)}</script>`;
  const close = `</${tag}>`;
  const end = markup.lastIndexOf(close, stop - close.length);
  return end < start
    ? markup.slice(start, stop) + json
    : markup.slice(start, end) + json + markup.slice(end, stop);
}

/**
 * `<security-brief>` rendered to HTML with declarative shadow DOM: readable without JavaScript, and
 * hydratable — the brief travels along as a JSON child, so the client renders exactly what the server did.
 * Input that is not a brief (it may not have been validated) rejects with a BriefRenderError saying why.
 */
export async function renderBrief(brief: Brief, options: RenderBriefOptions = {}): Promise<string> {
  assertRenderable(brief);
  return renderingSafely(() => renderBriefElement(brief, options));
}

function renderBriefElement(brief: Brief, options: RenderBriefOptions): string {
  const level = options.headingLevel ?? 2;
  return elementMarkup(
    renderThunked(
      html`<security-brief .brief=${brief} heading-level=${level === 2 ? nothing : level} ?toc=${
        options.toc ?? false
      } lang=${options.lang ?? nothing} theme=${options.theme ?? nothing}></security-brief>`,
    ),
    tagNames.brief,
    brief,
  );
}

/** The parts that render on their own, by the name `renderPart` takes. */
export type PartName = Exclude<keyof typeof tagNames, 'brief'>;

export type RenderPartOptions = Omit<RenderBriefOptions, 'toc'>;

/**
 * One part (`timeline`, `actors`, `threats`, `figures`, `sources` or `map`) rendered on its own, like
 * `renderBrief`: declarative shadow DOM with the brief as a JSON child, so the part hydrates by itself.
 * Input that is not a brief rejects with a BriefRenderError; an unknown part name with a TypeError.
 */
export async function renderPart(
  part: PartName,
  brief: Brief,
  options: RenderPartOptions = {},
): Promise<string> {
  if (!Object.hasOwn(PART_TEMPLATES, part)) {
    throw new TypeError(
      `unknown part "${String(part)}": expected one of ${Object.keys(PART_TEMPLATES).join(', ')}`,
    );
  }
  assertRenderable(brief);
  const level = options.headingLevel ?? 2;
  const values: PartValues = [
    brief,
    level === 2 ? nothing : level,
    options.lang ?? nothing,
    options.theme ?? nothing,
  ];
  return renderingSafely(() =>
    elementMarkup(renderThunked(PART_TEMPLATES[part](values)), tagNames[part], brief),
  );
}

type PartValues = [Brief, number | typeof nothing, string | typeof nothing, string | typeof nothing];

// One template per part: a tag name in a Lit template must be written out, never taken from a value.
const PART_TEMPLATES: Record<PartName, (v: PartValues) => TemplateResult> = {
  timeline: ([b, l, g, t]) =>
    html`<security-brief-timeline .brief=${b} heading-level=${l} lang=${g} theme=${t}></security-brief-timeline>`,
  actors: ([b, l, g, t]) =>
    html`<security-brief-actors .brief=${b} heading-level=${l} lang=${g} theme=${t}></security-brief-actors>`,
  threats: ([b, l, g, t]) =>
    html`<security-brief-threats .brief=${b} heading-level=${l} lang=${g} theme=${t}></security-brief-threats>`,
  figures: ([b, l, g, t]) =>
    html`<security-brief-figures .brief=${b} heading-level=${l} lang=${g} theme=${t}></security-brief-figures>`,
  sources: ([b, l, g, t]) =>
    html`<security-brief-sources .brief=${b} heading-level=${l} lang=${g} theme=${t}></security-brief-sources>`,
  map: ([b, l, g, t]) =>
    html`<security-brief-map .brief=${b} heading-level=${l} lang=${g} theme=${t}></security-brief-map>`,
};

/**
 * A complete HTML document for one brief: server-rendered, readable with JavaScript off, printable on A4.
 * With `scriptSrc`, a module script hydrates the element. Input that is not a brief, or options that are not
 * text where text is expected, reject with a BriefRenderError.
 */
export async function renderBriefPage(brief: Brief, options: RenderBriefPageOptions = {}): Promise<string> {
  assertRenderable(brief);
  assertTextOptions(options as Record<string, unknown>, ['title', 'lang', 'scriptSrc', 'head']);
  const lang = options.lang ?? brief.language;
  const title = options.title ?? brief.title;
  const body = renderingSafely(() => renderBriefElement(brief, options));
  const partOptions: RenderPartOptions = {};
  if (options.headingLevel !== undefined) partOptions.headingLevel = options.headingLevel;
  if (options.lang !== undefined) partOptions.lang = options.lang;
  if (options.theme !== undefined) partOptions.theme = options.theme;
  const parts = await Promise.all(
    pageParts(brief, options.parts).map((part) => renderPart(part, brief, partOptions)),
  );
  const aside = parts.length > 0 ? `\n<div class="brief-parts">\n${parts.join('\n')}\n</div>` : '';
  const script = options.scriptSrc
    ? `\n<script type="module" src="${escapeHtml(options.scriptSrc)}"></script>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<style>
  html { color-scheme: light dark; }
  body { margin: 0; background: light-dark(#ffffff, #14171b); }
  main { max-inline-size: 48rem; margin-inline: auto; padding: 1.5rem 1.25rem 3rem; }
  @page { size: A4; margin: 18mm 16mm 20mm; }
  .brief-parts > * { margin-block-start: 2.5rem; }
  @media print { main { max-inline-size: none; padding: 0; } .brief-parts { break-before: page; } }
</style>${options.head ? `\n${options.head}` : ''}
</head>
<body>
<main>
${body}${aside}
</main>${script}
</body>
</html>
`;
}
