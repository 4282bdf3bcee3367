import type { Brief, EntityCollection, Estimate } from '@briefkit/schema';
import type { Path } from '../rule.js';

type BriefEvent = NonNullable<Brief['events']>[number];
type BriefFigure = NonNullable<Brief['figures']>[number];

/** One figure's or casualty's number as the rules about attribution see it. */
export interface Counted {
  /** Where it is, below the entity: `[]` for a figure, `['casualties', 2]` for a casualty. */
  at: Path;
  /** "figure "deaths"", "the toll of "civilians" in event "raid"": for messages. */
  what: string;
  /** Its own sources, or (a casualty) its event's. */
  sourced: boolean;
  estimates: readonly Estimate[];
}

const has = (list: readonly unknown[] | undefined) => Array.isArray(list) && list.length > 0;

/** The numbers an entity carries that can be attributed: a figure's, or each casualty of an event. */
export function countedIn(collection: EntityCollection, entity: { id: string }): Counted[] {
  if (collection === 'figures') {
    const f = entity as BriefFigure;
    return [{ at: [], what: `figure "${f.id}"`, sourced: has(f.sources), estimates: f.estimates ?? [] }];
  }
  if (collection !== 'events') return [];
  const e = entity as BriefEvent;
  return (e.casualties ?? []).map((c, i) => ({
    at: ['casualties', i],
    what: `the toll of "${c.group}" in event "${e.id}"`,
    sourced: has(c.sources) || has(e.sources),
    estimates: c.estimates ?? [],
  }));
}

export { has as hasEntries };
