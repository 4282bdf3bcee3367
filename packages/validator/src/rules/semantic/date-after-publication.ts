import { type DateInterval, isAfter, parseEdtf } from '../../dates/edtf.js';
import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

/** The brief's information date: `asOf` when given, else `published`, as an interval of its precision. */
function reference({ brief }: { brief: { published: string; asOf?: string | undefined } }): {
  name: string;
  value: string;
  at?: DateInterval;
} {
  const name = brief.asOf !== undefined ? 'asOf' : 'published';
  const value = brief.asOf ?? brief.published;
  const parsed = parseEdtf(value);
  return { name, value, at: parsed && !parsed.impossible ? parsed.interval : undefined };
}

export const dateAfterPublication = defineRule({
  meta: defineMeta({
    id: 'date-after-publication',
    severity: 'error',
    description:
      "Dates of events, claims, figures, ratings and sources are not after the brief's `asOf` (or `published`). Dates are compared at their precision: 2016-01-27 is not after 2016.",
    configurable: true,
  }),
  date(ctx, value, role, parsed) {
    if (role !== 'content') return;
    const ref = ctx.state(reference);
    if (!ref.at || !parsed || parsed.impossible) return;
    const earliest = parsed.start ?? parsed.interval;
    if (isAfter(earliest, ref.at)) {
      ctx.report(
        `${value} is after the brief's ${ref.name} date (${ref.value}): fix the date or the brief's ${ref.name}`,
      );
    }
  },
});
