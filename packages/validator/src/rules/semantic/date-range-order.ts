import { isAfter } from '../../dates/edtf.js';
import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

export const dateRangeOrder = defineRule({
  meta: defineMeta({
    id: 'date-range-order',
    severity: 'error',
    description: 'A date range (`1992/1997`) starts before it ends.',
    configurable: true,
  }),
  date(ctx, value, _role, parsed) {
    if (parsed?.start && parsed.end && isAfter(parsed.start, parsed.end)) {
      ctx.report(`the range ${value} ends before it starts: write the earlier date first`);
    }
  },
});
