import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

export const sourceLinkUnknown = defineRule({
  meta: defineMeta({
    id: 'source-link-unknown',
    severity: 'info',
    description:
      'A source says `linkUnknown: true`: the original link target is not known. Listed so it can be found later.',
    configurable: true,
  }),
  source(ctx, source) {
    if (source.linkUnknown) {
      ctx.report(
        `the link target of source "${source.id}" is unknown; add its url when you find it`,
        'linkUnknown',
      );
    }
  },
});
