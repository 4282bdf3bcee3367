import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';
import { countedIn } from './estimates-of.js';

export const estimateDisputeUnresolved = defineRule({
  meta: defineMeta({
    id: 'estimate-dispute-unresolved',
    severity: 'error',
    description:
      "An estimate's `disputes` names the `id` of another estimate of the same figure or casualty; estimate ids are unique within their list.",
    configurable: true,
  }),
  entity(ctx, collection, entity) {
    for (const { at, what, estimates } of countedIn(collection, entity)) {
      const ids = new Set<string>();
      estimates.forEach((estimate, i) => {
        if (estimate.id === undefined) return;
        if (ids.has(estimate.id)) {
          ctx.report(
            `two estimates of ${what} have the id "${estimate.id}": give each its own`,
            ...at,
            'estimates',
            i,
            'id',
          );
        }
        ids.add(estimate.id);
      });
      estimates.forEach((estimate, i) => {
        (estimate.disputes ?? []).forEach((id, j) => {
          const self = id === estimate.id;
          if (ids.has(id) && !self) return;
          ctx.report(
            self
              ? `an estimate of ${what} disputes itself ("${id}"): name the estimate it contests`
              : `"${id}" is not an estimate of ${what}: disputes names the id of another estimate in the same list (${[...ids].map((x) => `"${x}"`).join(', ') || 'none has an id yet'})`,
            ...at,
            'estimates',
            i,
            'disputes',
            j,
          );
        });
      });
    }
  },
});
