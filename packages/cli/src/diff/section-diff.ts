import { isDeepStrictEqual } from 'node:util';
import type { Block, Brief, Inline, Section } from '@briefkit/schema';
import { blockSentences, inlineText, sentences } from './plain-text.js';
import { diffSentences, similarity } from './sentence-diff.js';
import type { SectionChange } from './types.js';

interface FlatSection {
  id: string;
  title: string;
  path: string[];
  depth: number;
  content: Block[] | Inline;
  sentences: string[];
}

const LEDE_TITLE = 'Lede';

/** The lede, then every section and subsection in reading order, each with its own sentences. */
function flatten(brief: Brief): FlatSection[] {
  const language = brief.language;
  const out: FlatSection[] = [
    {
      id: 'lede',
      title: LEDE_TITLE,
      path: [LEDE_TITLE],
      depth: 0,
      content: brief.lede,
      sentences: sentences(inlineText(brief.lede), language),
    },
  ];
  const walk = (list: readonly Section[], parents: string[]) => {
    for (const section of list) {
      const path = [...parents, section.title];
      out.push({
        id: section.id,
        title: section.title,
        path,
        depth: parents.length + 1,
        content: section.content,
        sentences: blockSentences(section.content, language),
      });
      if (section.sections) walk(section.sections, path);
    }
  };
  walk(brief.sections, []);
  return out;
}

/** How much of two sections' prose is shared, 0 to 1: for recognising a section whose heading was reworded. */
function overlap(a: FlatSection, b: FlatSection): number {
  if (a.sentences.length === 0 || b.sentences.length === 0) return 0;
  const kept = new Set(a.sentences);
  let shared = 0;
  for (const s of b.sentences) if (kept.has(s)) shared++;
  return shared / Math.max(a.sentences.length, b.sentences.length);
}

/** Old-edition index for each new-edition section: by id, then by title, then by shared prose. */
function match(before: FlatSection[], after: FlatSection[]): Map<number, number> {
  const matched = new Map<number, number>();
  const taken = new Set<number>();
  const pass = (same: (a: FlatSection, b: FlatSection) => boolean) => {
    after.forEach((b, j) => {
      if (matched.has(j)) return;
      const i = before.findIndex((a, k) => !taken.has(k) && a.depth === b.depth && same(a, b));
      if (i !== -1) {
        matched.set(j, i);
        taken.add(i);
      }
    });
  };
  pass((a, b) => a.id === b.id);
  pass((a, b) => a.title === b.title);
  pass((a, b) => overlap(a, b) >= 0.5 || similarity(a.title, b.title) >= 0.6);
  return matched;
}

function compare(a: FlatSection, b: FlatSection, moved: boolean): SectionChange | undefined {
  const sentenceChanges = diffSentences(a.sentences, b.sentences);
  const renamed = a.title !== b.title;
  const referencesChanged = sentenceChanges.length === 0 && !isDeepStrictEqual(a.content, b.content);
  if (!renamed && !moved && sentenceChanges.length === 0 && !referencesChanged) return undefined;
  return {
    status: 'changed',
    id: b.id,
    path: b.path,
    ...(renamed ? { oldTitle: a.title } : {}),
    ...(moved ? { moved: true } : {}),
    sentences: sentenceChanges,
    ...(referencesChanged ? { referencesChanged: true } : {}),
  };
}

const whole = (s: FlatSection, status: 'added' | 'removed'): SectionChange => ({
  status,
  id: s.id,
  path: s.path,
  sentenceCount: s.sentences.length,
  sentences: [],
});

/**
 * The prose changes between two editions: sections added, removed or reworded, and within each the
 * sentences added, removed and changed. Removed sections are listed where they stood.
 */
export function diffText(before: Brief, after: Brief): SectionChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const matched = match(a, b);
  const matchedOld = new Set(matched.values());
  // Each removed section follows the last section before it that still exists (or comes first).
  const removedAfter = new Map<number, FlatSection[]>();
  let lastKept = -1;
  a.forEach((section, i) => {
    if (matchedOld.has(i)) {
      lastKept = [...matched].find(([, old]) => old === i)![0];
      return;
    }
    const list = removedAfter.get(lastKept) ?? [];
    list.push(section);
    removedAfter.set(lastKept, list);
  });

  const out: SectionChange[] = [];
  const pushRemoved = (key: number) => {
    for (const s of removedAfter.get(key) ?? []) out.push(whole(s, 'removed'));
  };
  pushRemoved(-1);
  let furthest = -1;
  b.forEach((section, j) => {
    const i = matched.get(j);
    if (i === undefined) out.push(whole(section, 'added'));
    else {
      const change = compare(a[i]!, section, i < furthest);
      furthest = Math.max(furthest, i);
      if (change) out.push(change);
    }
    pushRemoved(j);
  });
  return out;
}
