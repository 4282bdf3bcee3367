// Lit SSR writes two things the HTML standard does not allow, though browsers read both:
//   - `<?>`, the comment Lit puts after a template that ends in a binding. A parser reads it as a bogus
//     comment whose data is "?", exactly the node `<!--?-->` gives, so hydration sees the same DOM.
//   - `<template shadowroot="open" shadowrootmode="open">`: `shadowroot` is the pre-standard spelling, kept
//     for browsers that no longer ship; `shadowrootmode` alone is the standard attribute.
// Brief data cannot contain either: Lit escapes `<` in every text and attribute value, and the brief's JSON
// is written with `<` escaped, so only Lit's own markup matches.
const NON_CONFORMING = /<\?>|<template shadowroot="(?:open|closed)" (?=shadowrootmode=)/g;

const replacement = (match: string): string => (match === '<?>' ? '<!--?-->' : '<template ');

/**
 * Markup from Lit SSR made conforming HTML (no errors in the Nu HTML Checker) without changing the DOM a
 * browser builds from it. `renderBrief`, `renderPart` and `renderBriefPage` apply it already; use it on
 * markup rendered with Lit SSR directly (a page template holding the elements, say).
 */
export function conformingHtml(markup: string): string {
  return markup.replace(NON_CONFORMING, replacement);
}
