import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

export const figureUnitMissing = defineRule({
  meta: defineMeta({
    id: 'figure-unit-missing',
    severity: 'warning',
    description: 'A figure says what it counts with a `unit` ("people", "fighters", "percent").',
    configurable: true,
  }),
  entity(ctx, collection, entity) {
    if (collection === 'figures' && (entity as { unit?: string }).unit === undefined) {
      ctx.report(`figure "${entity.id}" has no unit: add unit: people (or what it counts)`, 'quantity');
    }
  },
});
