import type { Place } from './diagnostics.js';
import type { Path } from './rules/rule.js';
import type { SourcePositions } from './yaml/positions.js';

const key = (path: readonly (string | number)[]) => path.join('\u001f');

/** Positions recorded while compiling the Markdown body, with parts handed to other maps (key-facts YAML). */
export class RecordedPositions implements SourcePositions {
  readonly #map = new Map<string, Place>();
  readonly #delegates: { prefix: Path; positions: SourcePositions; map: (rest: Path) => Path }[] = [];

  record(path: Path, place: Place | undefined): void {
    if (place && !this.#map.has(key(path))) this.#map.set(key(path), place);
  }

  delegate(prefix: Path, positions: SourcePositions, map: (rest: Path) => Path): void {
    this.#delegates.push({ prefix, positions, map });
  }

  locate(path: readonly (string | number)[]): Place | undefined {
    for (const d of this.#delegates) {
      if (d.prefix.length <= path.length && d.prefix.every((step, i) => step === path[i])) {
        const found = d.positions.locate(d.map(path.slice(d.prefix.length)));
        if (found) return found;
      }
    }
    for (let n = path.length; n >= 0; n--) {
      const found = this.#map.get(key(path.slice(0, n)));
      if (found) return found;
    }
    return undefined;
  }
}

/** A `.brief.md`: the body's paths (lede, sections) are in the Markdown, the rest in the front matter. */
export class MarkdownPositions implements SourcePositions {
  constructor(
    private readonly front: SourcePositions | undefined,
    private readonly body: RecordedPositions,
    private readonly bodyStart: Place,
  ) {}

  locate(path: readonly (string | number)[]): Place | undefined {
    if (path[0] === 'lede' || path[0] === 'sections') return this.body.locate(path) ?? this.bodyStart;
    return this.front?.locate(path) ?? { line: 1, column: 1 };
  }

  locateKey(path: readonly (string | number)[], name: string): Place | undefined {
    if (path[0] === 'lede' || path[0] === 'sections') return this.locate([...path, name]);
    return this.front?.locateKey?.(path, name) ?? this.locate(path);
  }

  explainKey(path: readonly (string | number)[], name: string): string | undefined {
    if (path[0] === 'lede' || path[0] === 'sections') return undefined;
    return this.front?.explainKey?.(path, name);
  }
}

/** Positions computed only when first asked for (a JSON file's are needed only for diagnostics). */
export class LazyPositions implements SourcePositions {
  #inner: SourcePositions | undefined | null = null;
  constructor(private readonly build: () => SourcePositions | undefined) {}

  #get(): SourcePositions | undefined {
    if (this.#inner === null) this.#inner = this.build();
    return this.#inner;
  }

  locate(path: readonly (string | number)[]): Place | undefined {
    return this.#get()?.locate(path);
  }

  locateKey(path: readonly (string | number)[], name: string): Place | undefined {
    const inner = this.#get();
    return inner?.locateKey ? inner.locateKey(path, name) : inner?.locate(path);
  }

  explainKey(path: readonly (string | number)[], name: string): string | undefined {
    return this.#get()?.explainKey?.(path, name);
  }
}

export const noPositions: SourcePositions = { locate: () => undefined };
