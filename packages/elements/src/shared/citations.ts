import type { Block, Brief, Span } from '@briefkit/schema';
import { entityIndex } from './entities.js';
import { memo } from './memo.js';
import { forEachSpanList } from './span-lists.js';
import { walkSections } from './walk.js';

const cache = new WeakMap<object, { parts: readonly unknown[]; value: Map<string, number> }>();

/**
 * The number of every source of a brief, in the order a reader meets them: citations in the lede, then in
 * the sections (blocks in order, subsections after their blocks; a quote's or figure's own source after its
 * text; the sources of facts in a key-facts box), then sources cited by actors, claims and ratings, then the
 * remaining sources in list order. Every element that shows a number uses this map, so a number means the
 * same source in the text, the parts and the sources list.
 */
export function citationNumbers(brief: Brief): Map<string, number> {
  return memo(cache, listsOf(brief), () => computeNumbers(brief), sameNumbers);
}

/**
 * Hands `to` the numbering of `from`, for a copy of a brief whose citations are known to be the same (it
 * edits entities without touching their sources).
 */
export function carryCitationNumbers(from: Brief, to: Brief): void {
  const numbers = citationNumbers(from);
  memo(cache, listsOf(to), () => numbers);
}

/**
 * What the numbering of a brief is remembered by: the content lists, every entity list among them (a key fact
 * cites its entity's sources; the brief object itself only when it has none), so a copy that shares them shares the numbering.
 */
function listsOf(brief: Brief): readonly unknown[] {
  const lists = [
    brief.lede,
    brief.sections,
    brief.actors,
    brief.places,
    brief.events,
    brief.figures,
    brief.ratings,
    brief.claims,
    brief.threats,
    brief.sources,
  ];
  return lists.some((p) => typeof p === 'object' && p !== null) ? lists : [brief, ...lists];
}

function sameNumbers(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, n] of a) if (b.get(id) !== n) return false;
  return true;
}

function computeNumbers(brief: Brief): Map<string, number> {
  const found = new Map<string, number>();
  const cite = (id: unknown) => {
    if (typeof id === 'string' && !found.has(id)) found.set(id, found.size + 1);
  };
  const citeAll = (ids: unknown) => {
    if (Array.isArray(ids)) for (const id of ids) cite(id);
  };
  const spans = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const span of list as Span[]) {
      if (span?.type === 'citation') cite(span.source);
      else if (span?.type === 'quote') cite(span.source);
    }
  };
  const index = entityIndex(brief);
  const block = (b: Block) => {
    forEachSpanList(b, spans);
    if (b?.type === 'quote' || b?.type === 'figure') cite(b.source);
    else if (b?.type === 'key-facts' && Array.isArray(b.facts)) {
      for (const id of b.facts) {
        const ref = index.get(id);
        if (ref && ref.kind !== 'source') citeAll((ref.entity as { sources?: unknown }).sources);
      }
    }
  };
  spans(brief.lede);
  walkSections(brief.sections, (s) => {
    if (Array.isArray(s.content)) s.content.forEach(block);
  });
  for (const actor of brief.actors ?? []) citeAll(actor?.sources);
  for (const claim of brief.claims ?? []) citeAll(claim?.sources);
  for (const rating of brief.ratings ?? []) citeAll(rating?.sources);
  for (const source of brief.sources ?? []) cite(source?.id);
  // A citation of an id that is not in the sources list gets no number.
  const numbers = new Map<string, number>();
  for (const id of found.keys()) {
    if (index.get(id)?.kind === 'source') numbers.set(id, numbers.size + 1);
  }
  return numbers;
}
