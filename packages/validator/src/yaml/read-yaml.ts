import { Composer, type CST, type Document, isAlias, isScalar, LineCounter, Parser, visit } from 'yaml';
import type { DiagnosticInput } from '../diagnostics.js';
import { firstTooDeep } from './depth.js';
import { YamlPositions } from './positions.js';

export interface YamlLimits {
  maxAliasCount: number;
  maxDepth: number;
}

export interface YamlResult {
  /** The plain value; undefined when the text could not be read. */
  value: unknown;
  ok: boolean;
  positions?: YamlPositions;
  /** The first top-level document, for callers that want comments or raw nodes. */
  doc?: Document.Parsed;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Reads YAML (or JSON, which is YAML 1.2) with positions, within limits. Problems go to `report` with the
 * positions of the text given; the caller pads the text so lines and columns match the file it came from.
 */
export function readYaml(
  text: string,
  limits: YamlLimits,
  report: (d: DiagnosticInput) => void,
  what = 'YAML',
): YamlResult {
  const lines = new LineCounter();
  const at = (offset: number) => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const tokens: CST.Token[] = [...new Parser(lines.addNewLine).parse(text)];
  const deep = firstTooDeep(tokens, limits.maxDepth);
  if (deep !== undefined) {
    report({
      rule: 'input-limit',
      message: `the ${what} is nested more than ${limits.maxDepth} levels deep here: no brief needs that; flatten it`,
      at: at(deep),
    });
    return { value: undefined, ok: false };
  }
  // The library's own duplicate-key check compares every key with every other (minutes for 100 000 keys):
  // keys are checked here instead, with a set per mapping.
  const docs = [
    ...new Composer({ prettyErrors: false, uniqueKeys: false }).compose(tokens, true, text.length),
  ];
  const doc = docs[0] as Document.Parsed;
  let ok = true;
  for (const error of doc.errors) {
    ok = false;
    const place = at(error.pos[0]);
    const end = at(Math.max(error.pos[0], error.pos[1]));
    report({
      rule: 'yaml-syntax',
      message: `${what} syntax error: ${firstLine(error.message)}`,
      at: { ...place, endLine: end.line, endColumn: end.column },
    });
  }
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || key.value === '<<') continue;
        const id = `${typeof key.value}:${String(key.value)}`;
        if (!seen.has(id)) {
          seen.add(id);
          continue;
        }
        ok = false;
        report({
          rule: 'yaml-syntax',
          message: `${what} syntax error: Map keys must be unique ("${String(key.value).slice(0, 60)}" appears twice)`,
          at: at(key.range?.[0] ?? 0),
        });
      }
    },
  });
  if (docs.length > 1) {
    ok = false;
    const second = docs[1]!.range?.[0] ?? 0;
    report({
      rule: 'yaml-syntax',
      message: `only one ${what} document is allowed: remove the extra "---" and what follows`,
      at: at(second),
    });
  }
  const positions = new YamlPositions(doc, lines);
  if (!ok) return { value: undefined, ok, positions, doc };
  try {
    const value: unknown = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    return { value, ok: true, positions, doc };
  } catch (error) {
    let alias = 0;
    visit(doc, {
      Alias(_key, node) {
        if (isAlias(node)) alias = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const aliasLimit = error instanceof ReferenceError && /alias/i.test(error.message);
    report({
      rule: aliasLimit ? 'input-limit' : 'yaml-syntax',
      message: aliasLimit
        ? `the ${what} expands its aliases (*name) more than ${limits.maxAliasCount} times: write the values out or raise limits.maxAliasCount`
        : `${what} could not be read: ${firstLine(error instanceof Error ? error.message : String(error))}`,
      at: at(alias),
    });
    return { value: undefined, ok: false, positions, doc };
  }
}
