import type { Block, Brief, Span } from '@briefkit/schema';
import { isServer } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { entityIndex } from '../shared/entities.js';
import { type RenderContext, scopedContext } from '../shared/inline.js';
import { forEachSpanList } from '../shared/span-lists.js';

interface Entry {
  deps: readonly unknown[];
  version: number;
  result: unknown;
  occurrences: Map<string, string[]>;
  /** The ids of the unit's citations as one string, to tell whether a re-render changed them. */
  cites: string;
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function citeKey(occurrences: Map<string, string[]>): string {
  let key = '';
  for (const [source, ids] of occurrences) key += `${source}:${ids.join()};`;
  return key;
}

/**
 * Remembers the rendered units of one element (the lede, each block of the body, the actors list) with what they
 * depend on, so an update re-renders only the units whose data changed — editing one event's title
 * touches the blocks that show that event, not the whole brief. Each unit renders in its own id scope,
 * so a unit rendered alone keeps its ids; the citations it recorded are replayed for the sources list.
 */
export class RenderCache {
  private entries = new Map<string, Entry>();
  private seen: string[] = [];
  /** Bumped whenever a unit's citations come out different: the sources list links back to them. */
  private citeChanges = 0;
  private groups = new Map<string, { deps: readonly unknown[]; version: number; result: unknown }>();
  /** How many units have been rendered afresh: a group whose units all came from the cache is unchanged. */
  private renders = 0;

  /** Starts a render pass (a pass that threw half-way leaves nothing behind). */
  begin(): void {
    this.seen = [];
  }

  unit(
    key: string,
    deps: readonly unknown[],
    ctx: RenderContext,
    render: (scoped: RenderContext) => unknown,
  ): unknown {
    this.seen.push(key);
    let entry = this.entries.get(key);
    if (!entry || !same(entry.deps, deps)) {
      const scoped = scopedContext(ctx, key);
      const result = render(scoped);
      const cites = citeKey(scoped.occurrences);
      if (cites !== (entry?.cites ?? '')) this.citeChanges++;
      entry = { deps, version: (entry?.version ?? 0) + 1, result, occurrences: scoped.occurrences, cites };
      this.entries.set(key, entry);
      this.renders++;
    }
    return this.stable(key, entry.version, entry.result);
  }

  /**
   * Markup around units (a section around its blocks), built on every pass since that is what asks the
   * units, but handed on as unchanged while `deps` are and none of its units was rendered afresh, so Lit
   * does not walk the parts of a section that did not change.
   */
  group(key: string, deps: readonly unknown[], build: () => unknown): unknown {
    const before = this.renders;
    const result = build();
    this.seen.push(key);
    let entry = this.groups.get(key);
    if (!entry || this.renders !== before || !same(entry.deps, deps)) {
      entry = { deps, version: (entry?.version ?? 0) + 1, result };
      this.groups.set(key, entry);
    }
    return this.stable(key, entry.version, entry.result);
  }

  /** A value Lit re-renders only when its version changes (on a server, where nothing updates, the value). */
  private stable(key: string, version: number, result: unknown): unknown {
    return isServer ? result : guard([key, version], () => result);
  }

  /** Changes whenever the citations of the units asked for so far (which, and in what order) change. */
  citationsKey(): string {
    return `${this.citeChanges}|${this.seen.join()}`;
  }

  /** Adds the citations of the units asked for so far, in order, to `occurrences`. */
  collectCitations(occurrences: Map<string, string[]>): void {
    for (const key of this.seen) {
      for (const [source, ids] of this.entries.get(key)?.occurrences ?? []) {
        const list = occurrences.get(source);
        if (list) list.push(...ids);
        else occurrences.set(source, [...ids]);
      }
    }
  }

  /** Forgets units not asked for since the last sweep (a block that was removed). */
  sweep(): void {
    const seen = new Set(this.seen);
    for (const key of this.entries.keys()) if (!seen.has(key)) this.entries.delete(key);
    for (const key of this.groups.keys()) if (!seen.has(key)) this.groups.delete(key);
    this.seen = [];
  }

  clear(): void {
    this.entries.clear();
    this.groups.clear();
    this.seen = [];
  }
}

const idsCache = new WeakMap<object, string[]>();

/** Entity ids a piece of content shows something of (mentions, quotes, key facts), cached per object. */
export function referencedIds(content: Block | readonly Span[]): string[] {
  let ids = idsCache.get(content);
  if (ids) return ids;
  const found = new Set<string>();
  const add = (id: unknown) => {
    if (typeof id === 'string') found.add(id);
  };
  const spans = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const s of list as Span[]) {
      if (s?.type === 'mention') add(s.entity);
      else if (s?.type === 'quote') {
        add(s.speaker);
        add(s.claim);
      }
    }
  };
  const block = (b: Block) => {
    forEachSpanList(b, spans);
    if (b?.type === 'quote') {
      add(b.speaker);
      add(b.claim);
    } else if (b?.type === 'key-facts' && Array.isArray(b.facts)) b.facts.forEach(add);
  };
  if (Array.isArray(content)) spans(content);
  else block(content as Block);
  ids = [...found];
  idsCache.set(content, ids);
  return ids;
}

/** The entity objects behind `ids`, and those whose names they show (a claim's claimant, a rating's rater). */
export function entityDeps(brief: Brief, ids: readonly string[]): unknown[] {
  const index = entityIndex(brief);
  const out: unknown[] = [];
  for (const id of ids) {
    const ref = index.get(id);
    out.push(ref?.entity);
    if (ref?.kind === 'claim') out.push(index.get(ref.entity.claimant)?.entity);
    else if (ref?.kind === 'rating') out.push(index.get(ref.entity.rater)?.entity);
  }
  return out;
}
