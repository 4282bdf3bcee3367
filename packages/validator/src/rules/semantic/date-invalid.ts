import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

export const dateInvalid = defineRule({
  meta: defineMeta({
    id: 'date-invalid',
    severity: 'error',
    description: 'Dates are real calendar dates (no 2015-02-30, no month 13).',
    configurable: true,
  }),
  date(ctx, _value, _role, parsed) {
    if (parsed?.impossible) {
      ctx.report(`${parsed.impossible} is not a calendar date: check the day and month`);
    }
  },
});
