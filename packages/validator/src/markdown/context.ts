import type { Node } from 'mdast';
import type { DiagnosticInput, Place } from '../diagnostics.js';
import type { IdKind, Path } from '../rules/rule.js';
import type { SourcePositions } from '../yaml/positions.js';
import type { YamlLimits } from '../yaml/read-yaml.js';

/** What the body compiler knows and records while it maps Markdown to the Brief. */
export interface BodyContext {
  /** Ids declared in the front matter, by collection (empty when the front matter could not be read). */
  kinds: ReadonlyMap<string, IdKind>;
  /** Source id → its url, for checking link definitions the author wrote. */
  sourceUrls: ReadonlyMap<string, string | undefined>;
  /** Link definitions the author wrote, by normalised label. */
  definitions: ReadonlyMap<string, { url: string; line: number }>;
  /** Whether references can be judged (the front matter was read). */
  referencesKnown: boolean;
  /** Lines after this one were appended by the compiler. */
  authorLines: number;
  limits: YamlLimits;
  report(diagnostic: DiagnosticInput): void;
  /** Remembers where the value at `path` came from. */
  record(path: Path, node: Node | Place): void;
  /** Hands the positions below `prefix` to another map (a key-facts block's YAML). */
  delegate(prefix: Path, positions: SourcePositions, map: (rest: Path) => Path): void;
}

export function placeOf(node: Node | undefined): Place | undefined {
  const p = node?.position;
  if (!p) return undefined;
  return { line: p.start.line, column: p.start.column, endLine: p.end.line, endColumn: p.end.column };
}

export function unsupported(ctx: BodyContext, node: Node, message: string): void {
  ctx.report({ rule: 'markdown-unsupported', message, ...(placeOf(node) ? { at: placeOf(node)! } : {}) });
}
