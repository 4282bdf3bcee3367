import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

export const idDuplicate = defineRule({
  meta: defineMeta({
    id: 'id-duplicate',
    severity: 'error',
    description:
      'Ids are unique across the whole brief: entities of every kind and sections share one name space.',
    configurable: true,
  }),
  start(ctx) {
    for (const { id, path, first } of ctx.index.duplicates) {
      ctx.reportAt(path, `id "${id}" is already used at ${first.join('.')}: ids must be unique in the brief`);
    }
  },
});
