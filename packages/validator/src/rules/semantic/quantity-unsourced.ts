import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';
import { countedIn, hasEntries } from './estimates-of.js';

export const quantityUnsourced = defineRule({
  meta: defineMeta({
    id: 'quantity-unsourced',
    severity: 'warning',
    description:
      'A figure or a casualty toll says where its number comes from: `sources` (an event\'s sources count for its casualties), or for each of its `estimates` a `claimant` or `sources`. The page marks an estimate without sources "unsourced".',
    configurable: true,
  }),
  entity(ctx, collection, entity) {
    for (const counted of countedIn(collection, entity)) {
      if (counted.sourced) continue;
      if (counted.estimates.length === 0) {
        ctx.report(
          `${counted.what} has no source: add sources: [src-…] (or give it estimates, each with a claimant)`,
          ...counted.at,
        );
        continue;
      }
      counted.estimates.forEach((estimate, i) => {
        if (estimate.claimant === undefined && !hasEntries(estimate.sources)) {
          ctx.report(
            `an estimate of ${counted.what} says neither who gives it nor where it comes from: add claimant: <actor id> or sources: [src-…]`,
            ...counted.at,
            'estimates',
            i,
          );
        }
      });
    }
  },
});
