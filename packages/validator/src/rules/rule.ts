import {
  type Brief,
  ENTITY_COLLECTIONS,
  type EntityCollection,
  type Quantity,
  type Section,
  type Source,
} from '@briefkit/schema';
import type { ParsedDate } from '../dates/edtf.js';
import type { RuleMeta } from './meta.js';

export type Path = (string | number)[];

/** What kind of entity a reference must point at. */
export type Expect =
  | 'actor'
  | 'place'
  | 'event'
  | 'figure'
  | 'rating'
  | 'claim'
  | 'threat'
  | 'source'
  /** any entity but a source (mentions, subjects) */
  | 'entity'
  /** what a key-facts box can show: a figure, rating, event or claim */
  | 'fact';

export type IdKind = EntityCollection | 'sections';

/** Where dates sit: the brief's own dates are the reference the others are compared to. */
export type DateRole = 'published' | 'as-of' | 'content';

export interface Duplicate {
  id: string;
  path: Path;
  first: Path;
}

/** One pass over the brief builds this; rules read it. */
export interface BriefIndex {
  /** The collection `id` is declared in (first declaration), undefined when it is not declared. */
  kindOf(id: string): IdKind | undefined;
  /** Ids declared more than once (anywhere in the brief). */
  readonly duplicates: readonly Duplicate[];
  /** Whether some reference points at the declared `id` (complete in `end`). */
  isUsed(id: string): boolean;
}

export interface RuleContext {
  readonly brief: Brief;
  readonly index: BriefIndex;
  /** The JSON path being visited. Live: `report` copies it. */
  readonly path: Path;
  readonly ledeMaxWords: number;
  /** Reports at the current path, or at `at` (relative keys appended to the current path). */
  report(message: string, ...at: (string | number)[]): void;
  /** Reports at an absolute path. */
  reportAt(path: Path, message: string): void;
  /** State the calling rule keeps for this run only, created by `init` on first use (pass a module-level function: no closure per call). */
  state<T>(init: (ctx: RuleContext) => T): T;
}

/**
 * A semantic rule: its catalog entry and the visits it needs. The walker visits the brief once and calls
 * every rule's hooks, so adding a rule does not add a pass.
 */
export interface Rule {
  meta: RuleMeta;
  /** Before the walk: whole-brief checks. */
  start?(ctx: RuleContext): void;
  /** `kind` is the collection `id` is declared in, undefined when it is not declared. */
  reference?(ctx: RuleContext, id: string, expect: Expect, kind: IdKind | undefined): void;
  /** `parsed` is undefined when the value is not of the format's EDTF form (the schema refuses those). */
  date?(ctx: RuleContext, value: string, role: DateRole, parsed: ParsedDate | undefined): void;
  url?(ctx: RuleContext, value: string, kind: 'link' | 'image'): void;
  /** Every human-readable string (titles, names, running text). */
  text?(ctx: RuleContext, value: string): void;
  countryCode?(ctx: RuleContext, code: string): void;
  quantity?(ctx: RuleContext, quantity: Quantity): void;
  source?(ctx: RuleContext, source: Source): void;
  entity?(ctx: RuleContext, collection: EntityCollection, entity: { id: string }): void;
  section?(ctx: RuleContext, section: Section): void;
  /** After the walk, when `index.isUsed` is complete. */
  end?(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

// Anything with an id but a source can be the subject of a mention or a claim.
const entityKinds = new Set<IdKind>(ENTITY_COLLECTIONS.filter((c) => c !== 'sources'));
const factKinds = new Set<IdKind>(['figures', 'ratings', 'events', 'claims']);
const single: Record<string, IdKind> = {
  actor: 'actors',
  place: 'places',
  event: 'events',
  figure: 'figures',
  rating: 'ratings',
  claim: 'claims',
  threat: 'threats',
  source: 'sources',
};

/** Whether an id declared in `kind` may stand where `expect` is required. */
export function kindFits(kind: IdKind, expect: Expect): boolean {
  if (expect === 'entity') return entityKinds.has(kind);
  if (expect === 'fact') return factKinds.has(kind);
  return single[expect] === kind;
}

/** "an actor", "a figure, rating, event or claim": for messages. */
export function describeExpect(expect: Expect): string {
  switch (expect) {
    case 'entity':
      return 'an actor, place, event, figure, rating, claim or threat';
    case 'fact':
      return 'a figure, rating, event or claim';
    case 'actor':
    case 'event':
      return `an ${expect}`;
    default:
      return `a ${expect}`;
  }
}

const kindNames: Record<IdKind, string> = {
  actors: 'an actor',
  places: 'a place',
  events: 'an event',
  figures: 'a figure',
  ratings: 'a rating',
  claims: 'a claim',
  threats: 'a threat',
  sources: 'a source',
  sections: 'a section',
};

export function describeKind(kind: IdKind): string {
  return kindNames[kind];
}
