import { diffArrays, diffWords } from 'diff';
import type { SentenceChange } from './types.js';

/** Share of the words two sentences have in common, 0 to 1 (Dice coefficient over characters in equal runs). */
export function similarity(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  let common = 0;
  for (const part of diffWords(a, b)) if (!part.added && !part.removed) common += part.value.length;
  return (2 * common) / (a.length + b.length);
}

/** Below this a rewritten sentence is reported as one removed and one added rather than as reworded. */
const REWORDED = 0.5;

/**
 * Pairs the removed and added sentences of one hunk: in order, each removed sentence with the first later
 * added sentence that still reads mostly the same.
 */
function pairHunk(removed: string[], added: string[]): SentenceChange[] {
  const out: SentenceChange[] = [];
  let next = 0;
  for (const old of removed) {
    const match = added.findIndex((candidate, i) => i >= next && similarity(old, candidate) >= REWORDED);
    if (match === -1) {
      out.push({ kind: 'removed', old });
      continue;
    }
    for (const fresh of added.slice(next, match)) out.push({ kind: 'added', new: fresh });
    out.push({ kind: 'changed', old, new: added[match]! });
    next = match + 1;
  }
  for (const fresh of added.slice(next)) out.push({ kind: 'added', new: fresh });
  return out;
}

/** The sentence-level changes from `before` to `after`, in reading order. */
export function diffSentences(before: readonly string[], after: readonly string[]): SentenceChange[] {
  const out: SentenceChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length + added.length > 0) out.push(...pairHunk(removed, added));
    removed = [];
    added = [];
  };
  for (const part of diffArrays([...before], [...after])) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else flush();
  }
  flush();
  return out;
}

/** A reworded sentence as runs of kept, removed and added words, for showing what exactly changed. */
export function wordChanges(
  old: string,
  fresh: string,
): { text: string; op: 'same' | 'removed' | 'added' }[] {
  return diffWords(old, fresh).map((part) => ({
    text: part.value,
    op: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}
