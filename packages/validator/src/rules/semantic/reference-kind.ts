import { defineMeta } from '../meta.js';
import { defineRule, describeExpect, describeKind, kindFits } from '../rule.js';

export const referenceKind = defineRule({
  meta: defineMeta({
    id: 'reference-kind',
    severity: 'error',
    description:
      'A reference points at an entity of the right kind: a citation at a source, a speaker at an actor, a key fact at a figure, rating, event or claim, a mention scheme (`actor:`, `event:` …) at that kind.',
    configurable: true,
  }),
  reference(ctx, id, expect, kind) {
    if (kind !== undefined && !kindFits(kind, expect)) {
      ctx.report(`"${id}" is ${describeKind(kind)}, but ${describeExpect(expect)} is needed here`);
    }
  },
});
