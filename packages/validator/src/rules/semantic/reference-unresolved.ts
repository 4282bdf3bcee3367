import { defineMeta } from '../meta.js';
import { defineRule, describeExpect } from '../rule.js';

export const referenceUnresolved = defineRule({
  meta: defineMeta({
    id: 'reference-unresolved',
    severity: 'error',
    description:
      'Every id a brief refers to (citations, mentions, quotes, key facts, and ids inside entities) is declared in the brief.',
    configurable: true,
  }),
  reference(ctx, id, expect, kind) {
    if (kind === undefined) {
      ctx.report(`"${id}" is not declared: add ${describeExpect(expect)} with id "${id}" or fix the id`);
    }
  },
});
