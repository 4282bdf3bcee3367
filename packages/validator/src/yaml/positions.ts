import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { Place } from '../diagnostics.js';

/** Source positions of the values (and keys) of a parsed YAML or JSON document, found by JSON path. */
export interface SourcePositions {
  locate(path: readonly (string | number)[]): Place | undefined;
  /** Where the key `key` of the mapping at `path` is written. */
  locateKey?(path: readonly (string | number)[], key: string): Place | undefined;
  /** Why `key` may be in the mapping at `path` by accident, if the source shows it (a comma in a value). */
  explainKey?(path: readonly (string | number)[], key: string): string | undefined;
}

export class YamlPositions implements SourcePositions {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  #place(node: Node | null | undefined): Place | undefined {
    const range = node?.range;
    if (!range) return undefined;
    const a = this.lines.linePos(range[0]);
    const b = this.lines.linePos(Math.max(range[0], range[1]));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  #resolve(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.doc) : node;
  }

  /** Walks as far down the path as the document goes; returns the last node reached. */
  #walk(path: readonly (string | number)[]): { node: Node | undefined; keyNode?: Node; complete: boolean } {
    let node = this.#resolve(this.doc.contents) as Node | undefined;
    let keyNode: Node | undefined;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) return { node, complete: false };
        keyNode = pair.key as Node;
        const value = this.#resolve(pair.value) as Node | null;
        if (!value) return { node: keyNode, complete: false };
        node = value;
      } else if (isSeq(node) && typeof step === 'number') {
        const item = this.#resolve(node.items[step]) as Node | undefined;
        if (!item) return { node, complete: false };
        keyNode = undefined;
        node = item;
      } else return { node, complete: false };
    }
    return { node, ...(keyNode ? { keyNode } : {}), complete: true };
  }

  locate(path: readonly (string | number)[]): Place | undefined {
    return this.#place(this.#walk(path).node);
  }

  /**
   * In a flow mapping (`{ label: Killed in Moura, 2022, unit: people }`) a comma ends the value, so the words
   * after it become a key with no value. Such a key after a plain value is a comma the author meant as text.
   */
  explainKey(path: readonly (string | number)[], key: string): string | undefined {
    const { node, complete } = this.#walk(path);
    if (!complete || !isMap(node) || !node.flow) return undefined;
    const at = node.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === key);
    const pair = node.items[at];
    const before = node.items[at - 1];
    if (!pair || pair.value !== null || !isScalar(pair.key) || pair.key.type !== 'PLAIN') return undefined;
    if (!before || !isScalar(before.key) || !isScalar(before.value) || before.value.type !== 'PLAIN') {
      return undefined;
    }
    const text = `${String(before.value.source ?? before.value.value)}, ${key}`;
    return `quote this value: it contains a comma (${String(before.key.value)}: ${JSON.stringify(text)})`;
  }

  locateKey(path: readonly (string | number)[], key: string): Place | undefined {
    const { node, complete } = this.#walk(path);
    if (complete && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (pair) return this.#place(pair.key as Node);
    }
    return this.#place(node);
  }
}
