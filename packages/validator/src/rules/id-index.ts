import type { Brief, Section } from '@briefkit/schema';
import { ENTITY_COLLECTIONS } from '@briefkit/schema';
import type { BriefIndex, Duplicate, IdKind, Path } from './rule.js';

/** Where an id can be declared; an id's code in the index is its kind's position here. */
const KINDS: readonly IdKind[] = [...ENTITY_COLLECTIONS, 'sections'];
const SECTIONS = KINDS.length - 1;
// An id's code is its declaration's ordinal above four bits of kind: a reference (the most numerous value of a
// brief) then costs a single map lookup, and marking it used writes a byte instead of the map.
const KIND_BITS = 15;
const SHIFT = 4;

/**
 * Calls `visit` for every declared id in document order (entities, then sections). `path` builds the JSON path
 * of that declaration only when called, so the common case allocates nothing per id.
 */
function eachDeclaration(brief: Brief, visit: (id: string, kind: number, path: () => Path) => void): void {
  for (let c = 0; c < ENTITY_COLLECTIONS.length; c++) {
    const collection = ENTITY_COLLECTIONS[c]!;
    const list = brief[collection];
    if (!list) continue;
    for (let i = 0; i < list.length; i++) visit(list[i]!.id, c, () => [collection, i, 'id']);
  }
  const stack: { list: Section[]; path: Path }[] = [{ list: brief.sections, path: ['sections'] }];
  while (stack.length > 0) {
    const { list, path } = stack.pop()!;
    for (let i = 0; i < list.length; i++) {
      const section = list[i]!;
      visit(section.id, SECTIONS, () => [...path, i, 'id']);
      if (section.sections) stack.push({ list: section.sections, path: [...path, i, 'sections'] });
    }
  }
}

/** Every declared id with its collection, whether anything refers to it, and the ids declared twice. */
export class IdIndex implements BriefIndex {
  readonly #codes = new Map<string, number>();
  readonly #used: Uint8Array;
  readonly duplicates: Duplicate[] = [];

  constructor(brief: Brief) {
    const codes = this.#codes;
    let declared = 0;
    let repeated: Set<string> | undefined;
    // A repeated id is seen by the map not growing (one lookup per id); its first kind is restored below.
    for (let c = 0; c < ENTITY_COLLECTIONS.length; c++) {
      const list = brief[ENTITY_COLLECTIONS[c]!];
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const size = codes.size;
        const id = list[i]!.id;
        codes.set(id, (declared++ << SHIFT) + c);
        if (codes.size === size) (repeated ??= new Set()).add(id);
      }
    }
    const stack: Section[][] = [brief.sections];
    while (stack.length > 0) {
      const list = stack.pop()!;
      for (let i = 0; i < list.length; i++) {
        const section = list[i]!;
        const size = codes.size;
        codes.set(section.id, (declared++ << SHIFT) + SECTIONS);
        if (codes.size === size) (repeated ??= new Set()).add(section.id);
        if (section.sections) stack.push(section.sections);
      }
    }
    if (repeated) this.#repeated(brief, repeated);
    this.#used = new Uint8Array(declared);
  }

  /** Rare: only now are the paths of the repeated ids built, and their first kinds put back. */
  #repeated(brief: Brief, repeated: Set<string>): void {
    const first = new Map<string, Path>();
    const codes = this.#codes;
    eachDeclaration(brief, (id, kind, path) => {
      if (!repeated.has(id)) return;
      const seen = first.get(id);
      if (seen) this.duplicates.push({ id, path: path(), first: seen });
      else {
        first.set(id, path());
        codes.set(id, (codes.get(id)! & ~KIND_BITS) + kind);
      }
    });
  }

  /** Records a reference to `id`; returns the collection it is declared in, undefined when it is not. */
  use(id: string): IdKind | undefined {
    const code = this.#codes.get(id);
    if (code === undefined) return undefined;
    this.#used[code >> SHIFT] = 1;
    return KINDS[code & KIND_BITS];
  }

  kindOf(id: string): IdKind | undefined {
    const code = this.#codes.get(id);
    return code === undefined ? undefined : KINDS[code & KIND_BITS];
  }

  isUsed(id: string): boolean {
    const code = this.#codes.get(id);
    return code !== undefined && this.#used[code >> SHIFT] === 1;
  }
}
