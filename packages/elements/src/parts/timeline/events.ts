import type { Brief } from '@briefkit/schema';
import { compareEdtf } from '../../shared/date-order.js';

type BriefEvent = NonNullable<Brief['events']>[number];

/**
 * The brief's events in date order (a range by its start), keeping the brief's order for equal
 * dates so an author can sequence same-day events.
 */
export function orderedEvents(brief: Brief | undefined): BriefEvent[] {
  const events = Array.isArray(brief?.events)
    ? brief.events.filter((e) => e && typeof e.id === 'string')
    : [];
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => compareEdtf(a.event.date, b.event.date) || a.index - b.index)
    .map(({ event }) => event);
}
