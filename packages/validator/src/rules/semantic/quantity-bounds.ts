import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

export const quantityBounds = defineRule({
  meta: defineMeta({
    id: 'quantity-bounds',
    severity: 'error',
    description: 'A quantity lies within its bounds: low ≤ value ≤ high.',
    configurable: true,
  }),
  quantity(ctx, q) {
    if (q.low !== undefined && q.low > q.value)
      ctx.report(`low (${q.low}) is above the value (${q.value})`, 'low');
    if (q.high !== undefined && q.high < q.value)
      ctx.report(`high (${q.high}) is below the value (${q.value})`, 'high');
  },
});
