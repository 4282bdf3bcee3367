import type { Block, Brief, Span } from '@briefkit/schema';
import { type ChildPart, isServer, noChange } from 'lit';
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';
import { setChildPartValue } from 'lit/directive-helpers.js';
import { type EntityIndex, entityIndex } from '../shared/entities.js';
import { type RenderContext, scopedContext } from '../shared/inline.js';
import { forEachSpanList } from '../shared/span-lists.js';

/** What a unit (or a group of units) last rendered. Kept as one object for the unit's whole life. */
interface Shown {
  deps: readonly unknown[];
  version: number;
  result: unknown;
  /** The slot on the page that shows this entry, once Lit has committed it. */
  slot?: UnitSlot;
}

/** The entities a unit shows, looked up when a later pass asks whether they changed. */
export interface UnitEntities {
  refs: readonly string[];
  index: EntityIndex;
}

interface Entry extends Shown {
  entities?: UnitEntities;
  occurrences: Map<string, string[]>;
  /** The ids of the unit's citations as one string, to tell whether a re-render changed them. */
  cites: string;
}

/**
 * The child part a unit is committed to. Lit asks it on every render of what contains it; it commits only
 * when the unit's version changed (what `guard` does), and it can also commit a unit's newest result on
 * its own, without a render of anything around it — which is what makes an update O(changed).
 */
class UnitSlot extends Directive {
  private part?: ChildPart;
  private entry?: Shown;
  private version = -1;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('a unit slot binds to content');
  }

  render(entry: Shown): unknown {
    return entry.result;
  }

  override update(part: ChildPart, [entry]: [Shown]): unknown {
    this.part = part;
    this.entry = entry;
    entry.slot = this;
    if (this.version === entry.version) return noChange;
    this.version = entry.version;
    return entry.result;
  }

  /** Commits the entry's newest result now; false when this slot no longer shows that entry. */
  show(entry: Shown): boolean {
    if (!this.part || this.entry !== entry) return false;
    if (this.version !== entry.version) {
      this.version = entry.version;
      // With this slot as the directive parent, the part keeps this slot as its directive.
      setChildPartValue(this.part, entry.result, this as unknown as ChildPart);
    }
    return true;
  }
}

const unitSlot = directive(UnitSlot);

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The objects a unit shows of entity `id`: the entity, and the one whose name it shows beside it. */
function sameEntity(a: EntityIndex, b: EntityIndex, id: string): boolean {
  const x = a.get(id);
  const y = b.get(id);
  if (x?.entity !== y?.entity) return false;
  if (x?.kind === 'claim' && y?.kind === 'claim')
    return a.get(x.entity.claimant)?.entity === b.get(y.entity.claimant)?.entity;
  if (x?.kind === 'rating' && y?.kind === 'rating')
    return a.get(x.entity.rater)?.entity === b.get(y.entity.rater)?.entity;
  return true;
}

/**
 * Whether the entities a unit showed are the objects it would show now. Compared only when a later pass asks
 * (a first render records the index, nothing more); the same index means the same entities.
 */
function sameEntities(before: UnitEntities | undefined, now: UnitEntities | undefined): boolean {
  if (!now || now.refs.length === 0) return true;
  // The same content (a unit's deps hold it) shows the same ids.
  if (!before) return false;
  if (before.index === now.index) return true;
  for (const id of now.refs) if (!sameEntity(before.index, now.index, id)) return false;
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
 * `refresh` re-renders one unit and commits it straight to its slot, for updates that touch nothing else.
 */
export class RenderCache {
  private entries = new Map<string, Entry>();
  private seen: string[] = [];
  /** Bumped whenever a unit's citations come out different: the sources list links back to them. */
  private citeChanges = 0;
  private groups = new Map<string, Shown>();
  /** How many units have been rendered afresh: a group whose units all came from the cache is unchanged. */
  private renders = 0;

  /** The citations of the units rendered so far on a server, in order (see collectCitations). */
  private served: Array<Map<string, string[]>> = [];

  /** Starts a render pass (a pass that threw half-way leaves nothing behind). */
  begin(): void {
    this.seen = [];
    this.served = [];
  }

  unit(
    key: string,
    deps: readonly unknown[],
    ctx: RenderContext,
    render: (scoped: RenderContext) => unknown,
    entities?: UnitEntities,
  ): unknown {
    if (isServer) {
      // A server renders each element once: nothing to remember but the citations, in order.
      const scoped = scopedContext(ctx, key);
      const result = render(scoped);
      if (scoped.occurrences.size > 0) this.served.push(scoped.occurrences);
      return result;
    }
    this.seen.push(key);
    return unitSlot(this.render(key, deps, ctx, render, entities));
  }

  private render(
    key: string,
    deps: readonly unknown[],
    ctx: RenderContext,
    render: (scoped: RenderContext) => unknown,
    entities: UnitEntities | undefined,
  ): Entry {
    let entry = this.entries.get(key);
    if (entry && same(entry.deps, deps) && sameEntities(entry.entities, entities)) {
      entry.entities = entities;
      return entry;
    }
    const scoped = scopedContext(ctx, key);
    const result = render(scoped);
    const cites = scoped.occurrences.size === 0 ? '' : citeKey(scoped.occurrences);
    if (cites !== (entry?.cites ?? '')) this.citeChanges++;
    if (entry) {
      entry.deps = deps;
      entry.entities = entities;
      entry.version++;
      entry.result = result;
      entry.occurrences = scoped.occurrences;
      entry.cites = cites;
    } else {
      entry = { deps, entities, version: 0, result, occurrences: scoped.occurrences, cites };
      this.entries.set(key, entry);
    }
    this.renders++;
    return entry;
  }

  /**
   * Re-renders one unit of the last pass if its deps changed, and commits it to its slot at once. False
   * when that cannot stand alone — the unit is not on the page, or its citations changed (the sources list
   * links back to them) — and the caller must render the whole element instead.
   */
  refresh(
    key: string,
    deps: readonly unknown[],
    ctx: RenderContext,
    render: (scoped: RenderContext) => unknown,
    entities?: UnitEntities,
  ): boolean {
    const entry = this.entries.get(key);
    if (!entry?.slot) return false;
    const changes = this.citeChanges;
    this.render(key, deps, ctx, render, entities);
    return changes === this.citeChanges && entry.slot.show(entry);
  }

  /**
   * Markup around units (a section around its blocks), built on every pass since that is what asks the
   * units, but handed on as unchanged while `deps` are and none of its units was rendered afresh, so Lit
   * does not walk the parts of a section that did not change.
   */
  group(key: string, deps: readonly unknown[], build: () => unknown): unknown {
    if (isServer) return build();
    const before = this.renders;
    const result = build();
    this.seen.push(key);
    let entry = this.groups.get(key);
    if (!entry) {
      entry = { deps, version: 0, result };
      this.groups.set(key, entry);
    } else if (this.renders !== before || !same(entry.deps, deps)) {
      entry.deps = deps;
      entry.version++;
      entry.result = result;
    }
    return unitSlot(entry);
  }

  /** Changes whenever the citations of the units asked for so far (which, and in what order) change. */
  citationsKey(): string {
    return `${this.citeChanges}|${this.seen.join()}`;
  }

  /** Adds the citations of the units asked for so far, in order, to `occurrences`. */
  collectCitations(occurrences: Map<string, string[]>): void {
    const add = (found: Map<string, string[]> | undefined) => {
      for (const [source, ids] of found ?? []) {
        const list = occurrences.get(source);
        if (list) list.push(...ids);
        else occurrences.set(source, [...ids]);
      }
    };
    if (isServer) for (const found of this.served) add(found);
    else for (const key of this.seen) add(this.entries.get(key)?.occurrences);
  }

  /** Forgets units not asked for since the last sweep (a block that was removed). */
  sweep(): void {
    // Keys are asked for once a pass: when as many were asked as are kept, none is to be forgotten.
    if (this.seen.length !== this.entries.size + this.groups.size) {
      const seen = new Set(this.seen);
      for (const key of this.entries.keys()) if (!seen.has(key)) this.entries.delete(key);
      for (const key of this.groups.keys()) if (!seen.has(key)) this.groups.delete(key);
    }
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
