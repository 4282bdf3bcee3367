// What Lit SSR costs by itself: an element with the same styles, rendering into its shadow root the same
// number of templates, child values and attribute bindings as a real brief, but no application code at all
// (every value a string, given as it is). However lean the element's own code, its server rendering cannot
// take less time than this. The bench states it against the same baseline as the element's render (the
// brief written with template strings), so the two compare as times.
import { createRequire } from 'node:module';
import { renderThunked } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, LitElement } from 'lit';

// Lit's own reading of a template's strings (which bindings are attributes, one part per attribute), from
// the lit-html that Lit SSR itself uses.
const fromSsr = createRequire(createRequire(import.meta.url).resolve('@lit-labs/ssr'));
const { _$LH } = await import(fromSsr.resolve('lit-html/private-ssr-support.js'));

/**
 * How many attribute parts Lit makes for a tree of template results: one per bound attribute (an element can
 * have several; its hydration marker says only that it has some).
 */
export function attributeParts(value) {
  if (Array.isArray(value)) return value.reduce((n, v) => n + attributeParts(v), 0);
  if (!value || typeof value !== 'object' || !('_$litType$' in value)) return 0;
  const [, names] = _$LH.getTemplateHtml(value.strings, value._$litType$);
  return names.length + attributeParts(value.values);
}

/** Counts of what Lit SSR rendered, read from its hydration markers. */
export function bindingCounts(markup) {
  const count = (re) => (markup.match(re) ?? []).length;
  return {
    templates: count(/<!--lit-part [^>]+-->/g),
    values: count(/<!--lit-part-->/g),
    attributeNodes: count(/<!--lit-node \d+-->/g),
  };
}

// One template shape per (bound attributes: none to four, one or two text values): the strings must be static.
const shapes = {
  p1: (v) => html`<span>${v.t}</span>`,
  p2: (v) => html`<span>${v.t} ${v.u}</span>`,
  a1: (v) => html`<span class=${v.c}>${v.t}</span>`,
  a2: (v) => html`<span class=${v.c}>${v.t} ${v.u}</span>`,
  b1: (v) => html`<span class=${v.c} id=${v.u}>${v.t}</span>`,
  b2: (v) => html`<span class=${v.c} id=${v.u}>${v.t} ${v.u}</span>`,
  c1: (v) => html`<span class=${v.c} id=${v.u} title=${v.c}>${v.t}</span>`,
  c2: (v) => html`<span class=${v.c} id=${v.u} title=${v.c}>${v.t} ${v.u}</span>`,
  d1: (v) => html`<span class=${v.c} id=${v.u} title=${v.c} lang=${v.c}>${v.t}</span>`,
  d2: (v) => html`<span class=${v.c} id=${v.u} title=${v.c} lang=${v.c}>${v.t} ${v.u}</span>`,
};
/**
 * Lit SSR of an element with `styles` whose shadow root holds a document of `counts` bindings (`lit`), and
 * `fresh()`, a new copy of its values for each render. `attributeParts` (bound attributes) defaults to one
 * per bound element.
 */
export function floorRenderers(
  { templates, values, attributeNodes, attributeParts = attributeNodes },
  styles = [],
) {
  if (!customElements.get('briefkit-floor')) {
    customElements.define(
      'briefkit-floor',
      class extends LitElement {
        static properties = { items: { attribute: false } };
        static styles = styles;
        render() {
          return html`<div>${this.items.map((it) => shapes[it.shape](it.v))}</div>`;
        }
      },
    );
  }
  const n = Math.max(1, templates);
  // Bound attributes beyond one per bound element go to the first of them, up to four each.
  let extra = Math.max(0, attributeParts - attributeNodes);
  const items = Array.from({ length: n }, (_, i) => {
    // Values beyond one per template go to the first templates, a second each.
    const two = i < Math.max(0, values - n);
    let bound = i < attributeNodes ? 1 : 0;
    while (bound > 0 && bound < 4 && extra > 0) {
      bound++;
      extra--;
    }
    return {
      shape: `${'pabcd'[bound]}${two ? 2 : 1}`,
      v: { c: `c${i % 7}`, t: `A line of text, number ${i} & more`, u: `${i}` },
    };
  });
  // Each render takes fresh values, as the element takes a fresh copy of the brief: strings never seen
  // before, so nothing the engine remembers of an earlier render's strings (escaping the same text again)
  // makes the floor faster than a real render can be.
  return {
    lit: (list) => collectResultSync(renderThunked(html`<briefkit-floor .items=${list}></briefkit-floor>`)),
    fresh: () => items.map((it) => ({ shape: it.shape, v: structuredClone(it.v) })),
  };
}
