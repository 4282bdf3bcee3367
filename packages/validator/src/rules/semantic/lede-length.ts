import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

export const ledeLength = defineRule({
  meta: defineMeta({
    id: 'lede-length',
    severity: 'warning',
    description: 'The lede stays within its word budget (`ledeMaxWords`, default 120).',
    configurable: true,
  }),
  start(ctx) {
    let words = 0;
    for (const span of ctx.brief.lede) {
      const text = span.text ?? '';
      const matches = text.match(/[^\s]+/g);
      if (matches) words += matches.length;
    }
    if (words > ctx.ledeMaxWords) {
      ctx.reportAt(
        ['lede'],
        `the lede has ${words} words, more than ${ctx.ledeMaxWords}: shorten it or move detail into a section`,
      );
    }
  },
});
