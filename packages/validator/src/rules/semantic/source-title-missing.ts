import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

export const sourceTitleMissing = defineRule({
  meta: defineMeta({
    id: 'source-title-missing',
    severity: 'error',
    description: 'A source has a `title` or, when only the linked words are known, `citedAs`.',
    configurable: true,
  }),
  source(ctx, source) {
    if (source.title === undefined && source.citedAs === undefined) {
      ctx.report(`source "${source.id}" needs a title (or citedAs: the words the original linked)`);
    }
  },
});
