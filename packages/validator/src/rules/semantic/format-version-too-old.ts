import type { Brief } from '@briefkit/schema';
import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

/** Where a brief first uses a field that format 1.1 added, as a path; undefined when it uses none. */
function firstUseOf11(brief: Brief): (string | number)[] | undefined {
  for (const [i, f] of (brief.figures ?? []).entries()) if (f.estimates) return ['figures', i, 'estimates'];
  for (const [i, e] of (brief.events ?? []).entries()) {
    for (const [j, c] of (e.casualties ?? []).entries()) {
      if (c.estimates) return ['events', i, 'casualties', j, 'estimates'];
      if (c.sources) return ['events', i, 'casualties', j, 'sources'];
    }
  }
  for (const [i, c] of (brief.claims ?? []).entries()) {
    if (c.quantity) return ['claims', i, 'quantity'];
    if (c.unit) return ['claims', i, 'unit'];
  }
  return undefined;
}

export const formatVersionTooOld = defineRule({
  meta: defineMeta({
    id: 'format-version-too-old',
    severity: 'warning',
    description:
      'A brief that uses a field of format 1.1 (`estimates`, a casualty\'s `sources`, a claim\'s `quantity` or `unit`) says `formatVersion: "1.1"`: a reader of 1.0 may refuse it.',
    configurable: true,
  }),
  start(ctx) {
    if (ctx.brief.formatVersion !== '1.0') return;
    const at = firstUseOf11(ctx.brief);
    if (!at) return;
    ctx.reportAt(
      at,
      `"${String(at[at.length - 1])}" is new in format 1.1, but the brief says formatVersion "1.0": write formatVersion: "1.1"`,
    );
  },
});
