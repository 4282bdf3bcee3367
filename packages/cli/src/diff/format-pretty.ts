import type { Colors } from '../io.js';
import { terminalText } from '../report/terminal-text.js';
import { wordChanges } from './sentence-diff.js';
import {
  type BriefDiff,
  type CollectionDiff,
  DIFF_COLLECTIONS,
  type DiffCollection,
  type EditionSummary,
  type EntityChange,
  type FieldChange,
  type SectionChange,
  type SentenceChange,
} from './types.js';
import { clip } from './wording.js';

export const HEADINGS: Record<DiffCollection, string> = {
  events: 'Events',
  figures: 'Figures',
  ratings: 'Ratings',
  threats: 'Threats',
  claims: 'Claims',
  sources: 'Sources',
  actors: 'Actors',
  places: 'Places',
};
const SINGULAR: Record<DiffCollection, string> = {
  events: 'event',
  figures: 'figure',
  ratings: 'rating',
  threats: 'threat',
  claims: 'claim',
  sources: 'source',
  actors: 'actor',
  places: 'place',
};
const RATED = new Set(['trend', 'likelihood', 'confidence']);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const none = (value: string | undefined) => value ?? '(none)';

function edition(label: string, file: string, e: EditionSummary, c: Colors): string {
  const asOf = e.asOf === undefined ? '' : `, as of ${e.asOf}`;
  return `  ${c.dim(label)}  ${terminalText(file)}  ${c.dim(`${terminalText(e.id)}, published ${terminalText(e.published)}${terminalText(asOf)}`)}`;
}

/** A reworded sentence on one line, the words that changed marked: colours, or [-old-]{+new+} without them. */
function reworded(old: string, fresh: string, c: Colors, colour: boolean): string {
  const parts = wordChanges(old, fresh);
  return parts
    .map((part, i) => {
      const text = terminalText(part.text);
      if (part.op === 'same') return text;
      if (!colour) return part.op === 'removed' ? `[-${text}-]` : `{+${text}+}`;
      // Struck-out words run into the words that replace them unless a space keeps them apart.
      const gap = part.op === 'removed' && parts[i + 1]?.op === 'added' ? ' ' : '';
      return part.op === 'removed' ? `${c.red(c.strikethrough(text))}${gap}` : c.green(c.underline(text));
    })
    .join('');
}

function sentenceLine(change: SentenceChange, c: Colors, colour: boolean): string {
  switch (change.kind) {
    case 'added':
      return `      ${c.green('+')} ${c.green(terminalText(change.new))}`;
    case 'removed':
      return `      ${c.red('-')} ${c.red(terminalText(change.old))}`;
    case 'changed':
      return `      ${c.yellow('~')} ${reworded(change.old, change.new, c, colour)}`;
  }
}

function sectionLines(s: SectionChange, c: Colors, colour: boolean): string[] {
  const where = terminalText(s.path.join(' › '));
  if (s.status === 'added')
    return [
      `  ${c.green('+')} ${c.bold(where)} ${c.dim(`(new section, ${plural(s.sentenceCount ?? 0, 'sentence')})`)}`,
    ];
  if (s.status === 'removed')
    return [
      `  ${c.red('-')} ${c.bold(where)} ${c.dim(`(section removed, ${plural(s.sentenceCount ?? 0, 'sentence')})`)}`,
    ];
  const notes = [
    s.oldTitle === undefined ? undefined : `heading was "${terminalText(s.oldTitle)}"`,
    s.moved ? 'moved' : undefined,
    s.referencesChanged ? 'same words, citations or mentions changed' : undefined,
  ].filter((n) => n !== undefined);
  const head = `  ${c.yellow('~')} ${c.bold(where)}${notes.length > 0 ? ` ${c.dim(`(${notes.join('; ')})`)}` : ''}`;
  return [head, ...s.sentences.map((change) => sentenceLine(change, c, colour))];
}

function fieldText(f: FieldChange, c: Colors): string {
  return `${c.red(terminalText(clip(none(f.old), 100)))} → ${c.green(terminalText(clip(none(f.new), 100)))}`;
}

/** An entity's changes in the words an analyst uses: re-dated, re-rated, value. */
function changedLines(collection: DiffCollection, e: EntityChange, c: Colors): string[] {
  const head = `  ${c.yellow('~')} ${c.bold(terminalText(e.id))}  ${terminalText(e.label)}`;
  const lines: string[] = [];
  const rest: FieldChange[] = [];
  const rated: FieldChange[] = [];
  for (const f of e.changes) {
    if (collection === 'events' && f.field === 'date') lines.push(`      re-dated ${fieldText(f, c)}`);
    else if (collection === 'figures' && f.field === 'value') lines.push(`      ${fieldText(f, c)}`);
    else if (collection === 'ratings' && f.field === 'value') lines.push(`      rated ${fieldText(f, c)}`);
    else if (collection === 'threats' && RATED.has(f.field)) rated.push(f);
    else rest.push(f);
  }
  if (rated.length > 0)
    lines.push(`      re-rated: ${rated.map((f) => `${f.field} ${fieldText(f, c)}`).join(', ')}`);
  for (const f of rest) lines.push(`      ${f.field}: ${fieldText(f, c)}`);
  return [head, ...lines];
}

function collectionLines(collection: DiffCollection, d: CollectionDiff, c: Colors): string[] {
  const ref = (sign: string, e: { id: string; label: string; detail?: string }) =>
    `  ${sign} ${c.bold(terminalText(e.id))}  ${terminalText(e.label)}${e.detail === undefined ? '' : `  ${c.dim(terminalText(clip(e.detail, 60)))}`}`;
  return [
    ...d.added.map((e) => ref(c.green('+'), e)),
    ...d.removed.map((e) => ref(c.red('-'), e)),
    ...d.changed.flatMap((e) => changedLines(collection, e, c)),
  ];
}

/** One line that counts what changed, for the end of the report. */
export function summarize(diff: BriefDiff): string {
  if (diff.identical) return 'No differences.';
  const parts: string[] = [];
  if (diff.metadata.length > 0) parts.push(plural(diff.metadata.length, 'metadata change'));
  const sections = diff.text.filter((s) => s.status === 'changed' && s.sentences.length > 0);
  const count = (kind: SentenceChange['kind']) =>
    sections.reduce((n, s) => n + s.sentences.filter((x) => x.kind === kind).length, 0);
  const kinds = (
    [
      ['added', count('added')],
      ['removed', count('removed')],
      ['reworded', count('changed')],
    ] as const
  ).filter(([, n]) => n > 0);
  if (kinds.length > 0) {
    const [first, ...others] = kinds.map(([verb, n], i) =>
      i === 0 ? `${plural(n, 'sentence')} ${verb}` : `${n} ${verb}`,
    );
    parts.push(`${[first, ...others].join(', ')} in ${plural(sections.length, 'section')}`);
  }
  const added = diff.text.filter((s) => s.status === 'added').length;
  const removed = diff.text.filter((s) => s.status === 'removed').length;
  if (added > 0) parts.push(`${plural(added, 'section')} added`);
  if (removed > 0) parts.push(`${plural(removed, 'section')} removed`);
  for (const collection of DIFF_COLLECTIONS) {
    const d = diff.collections[collection];
    const word = SINGULAR[collection];
    if (d.added.length > 0) parts.push(`${plural(d.added.length, word)} added`);
    if (d.removed.length > 0) parts.push(`${plural(d.removed.length, word)} removed`);
    if (d.changed.length > 0) {
      const verb =
        collection === 'threats' && d.changed.every((e) => e.changes.every((f) => RATED.has(f.field)))
          ? 're-rated'
          : collection === 'events' && d.changed.every((e) => e.changes.every((f) => f.field === 'date'))
            ? 're-dated'
            : 'changed';
      parts.push(`${plural(d.changed.length, word)} ${verb}`);
    }
  }
  if (diff.otherChanges) parts.push('entries reordered');
  return `${parts.join(', ')}.`;
}

export interface PrettyDiffOptions {
  oldFile: string;
  newFile: string;
  colors: Colors;
  /** Whether `colors` emits colour codes: without them, reworded words are marked [-old-]{+new+}. */
  colour: boolean;
}

/** The report `briefkit diff` prints for people. */
export function formatPrettyDiff(diff: BriefDiff, options: PrettyDiffOptions): string {
  const c = options.colors;
  const out: string[] = [
    c.bold(terminalText(diff.new.title)),
    edition('old', options.oldFile, diff.old, c),
    edition('new', options.newFile, diff.new, c),
  ];
  const block = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push('', c.bold(c.underline(title)), ...lines);
  };
  block(
    'Metadata',
    diff.metadata.map((f) => `  ${c.yellow('~')} ${f.field.padEnd(10)} ${fieldText(f, c)}`),
  );
  block(
    'Text',
    diff.text.flatMap((s) => sectionLines(s, c, options.colour)),
  );
  for (const collection of DIFF_COLLECTIONS)
    block(HEADINGS[collection], collectionLines(collection, diff.collections[collection], c));
  if (diff.otherChanges) out.push('', c.dim('The editions also list some entries in a different order.'));
  out.push('', diff.identical ? c.green(summarize(diff)) : c.bold(summarize(diff)));
  return `${out.join('\n')}\n`;
}
