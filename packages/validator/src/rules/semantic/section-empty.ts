import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

export const sectionEmpty = defineRule({
  meta: defineMeta({
    id: 'section-empty',
    severity: 'warning',
    description: 'A section has some content or subsections; a bare heading is usually a leftover.',
    configurable: true,
  }),
  section(ctx, section) {
    if (section.content.length === 0 && !section.sections?.length) {
      ctx.report(`section "${section.title}" is empty: write its text or remove the heading`, 'title');
    }
  },
});
