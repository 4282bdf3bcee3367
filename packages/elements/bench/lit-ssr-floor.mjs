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

/** How many different templates (told apart by their strings, as Lit tells them) a tree of results holds. */
export function distinctTemplates(value, seen = new Set()) {
  if (Array.isArray(value)) for (const v of value) distinctTemplates(v, seen);
  else if (value && typeof value === 'object' && '_$litType$' in value) {
    seen.add(value.strings);
    distinctTemplates(value.values, seen);
  }
  return seen.size;
}

const ATTRIBUTES = [
  ['class', 'c'],
  ['id', 'u'],
  ['title', 'c'],
  ['lang', 'c'],
];

/**
 * A template of the floor: a `<span>` with `bound` bound attributes (none to four) and one or two text
 * values, as the strings a tagged template literal would give, so that `variant` (above 0: a static
 * attribute saying which) makes a template of its own that Lit reads, caches and digests like any other.
 */
function template(bound, two, variant) {
  const open = variant === 0 ? '<span' : `<span data-v="${variant}"`;
  const names = ATTRIBUTES.slice(0, bound);
  const strings =
    bound === 0
      ? [`${open}>`]
      : [`${open} ${names[0][0]}=`, ...names.slice(1).map(([name]) => ` ${name}=`), '>'];
  if (two) strings.push(' ');
  strings.push('</span>');
  const keys = [...names.map(([, key]) => key), 't', ...(two ? ['u'] : [])];
  return { strings: Object.freeze(Object.assign(strings, { raw: [...strings] })), keys };
}

/**
 * Lit SSR of an element with `styles` whose shadow root holds a document of `counts` bindings (`lit`), and
 * `fresh()`, a new copy of its values for each render. `attributeParts` (bound attributes) defaults to one
 * per bound element; `distinct`, the number of different templates, to eleven.
 */
export function floorRenderers(
  { templates, values, attributeNodes, attributeParts = attributeNodes, distinct = 11 },
  styles = [],
) {
  const n = Math.max(1, templates);
  // Bound attributes beyond one per bound element go to the first of them, up to four each.
  let extra = Math.max(0, attributeParts - attributeNodes);
  const shapes = Array.from({ length: n }, (_, i) => {
    // Values beyond one per template go to the first templates, a second each.
    const two = i < Math.max(0, values - n);
    let bound = i < attributeNodes ? 1 : 0;
    while (bound > 0 && bound < 4 && extra > 0) {
      bound++;
      extra--;
    }
    return `${bound}${two ? 2 : 1}`;
  });
  // As many different templates as the brief's (one is the floor's own list around them): item i takes
  // variant i mod `variants` of its shape, with `variants` the count that comes closest.
  const wanted = Math.max(1, distinct - 1);
  const countFor = (variants) => new Set(shapes.map((shape, i) => `${shape}|${i % variants}`)).size;
  let variants = 1;
  for (let v = 1; v <= Math.min(n, wanted); v++)
    if (Math.abs(countFor(v) - wanted) < Math.abs(countFor(variants) - wanted)) variants = v;
  const made = new Map();
  const items = shapes.map((shape, i) => {
    const key = `${shape}|${i % variants}`;
    if (!made.has(key)) made.set(key, template(Number(shape[0]), shape[1] === '2', made.size));
    return {
      template: made.get(key),
      v: { c: `c${i % 7}`, t: `A line of text, number ${i} & more`, u: `${i}` },
    };
  });
  if (!customElements.get('briefkit-floor')) {
    customElements.define(
      'briefkit-floor',
      class extends LitElement {
        static properties = { items: { attribute: false } };
        static styles = styles;
        render() {
          return html`<div>${this.items.map(({ template: t, v }) => html(t.strings, ...t.keys.map((k) => v[k])))}</div>`;
        }
      },
    );
  }
  // Each render takes fresh values, as the element takes a fresh copy of the brief: strings never seen
  // before, so nothing the engine remembers of an earlier render's strings (escaping the same text again)
  // makes the floor faster than a real render can be.
  return {
    lit: (list) => collectResultSync(renderThunked(html`<briefkit-floor .items=${list}></briefkit-floor>`)),
    fresh: () => items.map((it) => ({ template: it.template, v: structuredClone(it.v) })),
  };
}
