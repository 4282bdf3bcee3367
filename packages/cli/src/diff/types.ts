/** One field that differs between the editions, both sides already worded for a reader. */
export interface FieldChange {
  field: string;
  /** Undefined when the old edition did not have the field. */
  old?: string;
  /** Undefined when the new edition no longer has it. */
  new?: string;
}

/** A sentence of the prose that was added, removed or reworded. */
export type SentenceChange =
  | { kind: 'added'; new: string }
  | { kind: 'removed'; old: string }
  | { kind: 'changed'; old: string; new: string };

/** What happened to one section (or the lede) between the editions. */
export interface SectionChange {
  status: 'added' | 'removed' | 'changed';
  /** The section's id (in the new edition when it exists there). */
  id: string;
  /** Titles from the top-level section down to this one, in the newer edition where it exists. */
  path: string[];
  /** The title it had before, when the heading was reworded. */
  oldTitle?: string;
  /** True when the section now stands before a section it used to follow. */
  moved?: boolean;
  /** For an added or removed section: how many sentences it holds. */
  sentenceCount?: number;
  sentences: SentenceChange[];
  /**
   * True when the words read the same but something else in the section changed: a citation or a mention now
   * points elsewhere, emphasis, the kind of a block.
   */
  referencesChanged?: boolean;
}

/** An entity (event, figure, threat…) named for a reader: its id and a short label. */
export interface EntityRef {
  id: string;
  label: string;
  /** A detail worth seeing at once: an event's date, a figure's value. */
  detail?: string;
}

export interface EntityChange extends EntityRef {
  changes: FieldChange[];
}

export interface CollectionDiff {
  added: EntityRef[];
  removed: EntityRef[];
  changed: EntityChange[];
}

/** The collections compared, in the order a reader meets them in a brief. */
export const DIFF_COLLECTIONS = [
  'events',
  'figures',
  'ratings',
  'threats',
  'claims',
  'sources',
  'actors',
  'places',
] as const;
export type DiffCollection = (typeof DIFF_COLLECTIONS)[number];

export interface EditionSummary {
  id: string;
  title: string;
  published: string;
  asOf?: string;
}

/** Everything that changed between two editions of a brief, in analyst terms. */
export interface BriefDiff {
  identical: boolean;
  old: EditionSummary;
  new: EditionSummary;
  /** Title, dates, kind, country, authors… */
  metadata: FieldChange[];
  /** The lede first (id `lede`), then the sections in reading order. */
  text: SectionChange[];
  collections: Record<DiffCollection, CollectionDiff>;
  /**
   * True when the editions differ in a way none of the lists above shows (entries of a collection
   * reordered): never identical, so the exit code stays honest.
   */
  otherChanges: boolean;
}
