import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

const linkSchemes = /^(?:https?:\/\/[^\s]|mailto:[^\s])/i;
const webSchemes = /^https?:\/\/[^\s]/i;
// Images may also be relative to the brief, or inline raster/SVG data (an <img> never runs SVG scripts).
const imageData = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;
const anyScheme = /^[a-z][a-z0-9+.-]*:/i;
// Built from a string: control characters in a regex literal read as a mistake to linters; here they are the point.
const edges = new RegExp('^[\\u0000-\\u0020]+|[\\u0000-\\u0020]+$', 'g');
// Nearly every URL has no control character or space at all: then there is nothing for the two replacements to
// drop, and they are skipped.
const droppable = new RegExp('[\\u0000-\\u0020]');

export const urlScheme = defineRule({
  meta: defineMeta({
    id: 'url-scheme',
    severity: 'error',
    description:
      'Links are absolute `http:`, `https:` or `mailto:` URLs; images may also be relative paths or `data:image/…` URLs. `javascript:` and other schemes are refused.',
    configurable: true,
    safety: true,
  }),
  url(ctx, value, kind) {
    // Judged as a browser's URL parser reads it: tabs and newlines anywhere are dropped ("java\tscript:" is
    // javascript:), and so are C0 controls and spaces at either end.
    const url = droppable.test(value)
      ? value
          .replace(/[\t\n\r]/g, '')
          .replace(edges, '')
          .trim()
      : value.trim();
    if ((kind === 'image' ? webSchemes : linkSchemes).test(url)) return;
    if (kind === 'image' && (imageData.test(url) || (!anyScheme.test(url) && !url.startsWith('//')))) return;
    const scheme = anyScheme.exec(url)?.[0];
    ctx.report(
      scheme
        ? `"${scheme}" URLs are not allowed: use an http:, https: or mailto: address`
        : `"${url.slice(0, 60)}" is not an absolute URL: write it with https://`,
    );
  },
});
