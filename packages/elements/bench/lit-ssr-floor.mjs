// What Lit SSR costs by itself: a render with the same number of templates, child values and attribute
// bindings as a real brief, but no application code at all (every value a constant string), against the
// same markup from template strings. However lean the element's own code, its server rendering cannot be
// faster than this ratio.
import { renderThunked } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s) => s.replace(/[&<>"']/g, (c) => ESC[c]);

/** Counts of what Lit SSR rendered, read from its hydration markers. */
export function bindingCounts(markup) {
  const count = (re) => (markup.match(re) ?? []).length;
  return {
    templates: count(/<!--lit-part [^>]+-->/g),
    values: count(/<!--lit-part-->/g),
    attributeNodes: count(/<!--lit-node \d+-->/g),
  };
}

// One template shape per (bound attribute?, one or two text values): the strings must be static.
const shapes = {
  a1: (v) => html`<span class=${v.c}>${v.t}</span>`,
  a2: (v) => html`<span class=${v.c}>${v.t} ${v.u}</span>`,
  p1: (v) => html`<span>${v.t}</span>`,
  p2: (v) => html`<span>${v.t} ${v.u}</span>`,
};
const plainShapes = {
  a1: (v) => `<span class="${esc(v.c)}">${esc(v.t)}</span>`,
  a2: (v) => `<span class="${esc(v.c)}">${esc(v.t)} ${esc(v.u)}</span>`,
  p1: (v) => `<span>${esc(v.t)}</span>`,
  p2: (v) => `<span>${esc(v.t)} ${esc(v.u)}</span>`,
};

/** Renderers for a document of `counts` bindings: Lit SSR, and template strings. */
export function floorRenderers({ templates, values, attributeNodes }) {
  const n = Math.max(1, templates);
  const items = Array.from({ length: n }, (_, i) => {
    // Values beyond one per template go to the first templates, a second each.
    const two = i < Math.max(0, values - n);
    const attr = i < attributeNodes;
    return {
      shape: `${attr ? 'a' : 'p'}${two ? 2 : 1}`,
      v: { c: `c${i % 7}`, t: `A line of text, number ${i} & more`, u: `${i}` },
    };
  });
  return {
    lit: () =>
      collectResultSync(renderThunked(html`<div>${items.map((it) => shapes[it.shape](it.v))}</div>`)),
    plain: () => `<div>${items.map((it) => plainShapes[it.shape](it.v)).join('')}</div>`,
  };
}
