import { isAfter, parseEdtf } from '../../dates/edtf.js';
import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

export const asOfAfterPublished = defineRule({
  meta: defineMeta({
    id: 'as-of-after-published',
    severity: 'error',
    description: 'The information date `asOf` is not after the publication date `published`.',
    configurable: true,
  }),
  start(ctx) {
    const { asOf, published } = ctx.brief;
    if (asOf === undefined) return;
    const a = parseEdtf(asOf);
    const p = parseEdtf(published);
    if (a && p && !a.impossible && !p.impossible && isAfter(a.interval, p.interval)) {
      ctx.reportAt(
        ['asOf'],
        `asOf (${asOf}) is after published (${published}): information cannot postdate publication`,
      );
    }
  },
});
