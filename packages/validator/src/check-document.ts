import type { Brief } from '@briefkit/schema';
import type { ResolvedConfig } from './config.js';
import type { DiagnosticSink } from './diagnostics.js';
import type { Rule } from './rules/rule.js';
import { semanticRules } from './rules/semantic/index.js';
import { runRules } from './rules/walk.js';
import { checkSchema } from './schema/check-schema.js';
import type { SourcePositions } from './yaml/positions.js';

const enabledSets = new Map<string, readonly Rule[]>();
const enabledFor = new WeakMap<ResolvedConfig, readonly Rule[]>();

/** The rules not turned off, as one stable list per combination (so per-list work is done once). */
function enabledRules(config: ResolvedConfig): readonly Rule[] {
  // The shared default config comes back on most calls: its list is looked up, not recomputed.
  let list = enabledFor.get(config);
  if (!list) {
    list = computeEnabled(config);
    enabledFor.set(config, list);
  }
  return list;
}

function computeEnabled(config: ResolvedConfig): readonly Rule[] {
  const off = semanticRules.filter((rule) => config.severity(rule.meta.id) === 'off');
  if (off.length === 0) return semanticRules;
  const key = off.map((rule) => rule.meta.id).join(',');
  let list = enabledSets.get(key);
  if (!list) {
    list = semanticRules.filter((rule) => !off.includes(rule));
    enabledSets.set(key, list);
  }
  return list;
}

/**
 * Schema, then (on a schema-valid brief) the semantic rules in one walk. Diagnostics go to the sink, located
 * through `positions` when there are source positions. Returns the brief when no error remains.
 */
export function checkDocument(
  value: unknown,
  config: ResolvedConfig,
  sink: DiagnosticSink,
  positions?: SourcePositions,
): Brief | undefined {
  const schema = checkSchema(value);
  if (!schema.brief) {
    for (const issue of schema.issues) {
      const rule = issue.code === 'unsupported-format-version' ? 'format-version' : 'schema';
      const path = issue.key === undefined ? issue.path : [...issue.path, issue.key];
      const at =
        issue.key !== undefined && positions?.locateKey
          ? positions.locateKey(issue.path, issue.key)
          : positions?.locate(issue.path);
      const hint = issue.key !== undefined ? positions?.explainKey?.(issue.path, issue.key) : undefined;
      const message = hint
        ? `${issue.message.replace(/: check the spelling.*$/, '')}: ${hint}`
        : issue.message;
      sink.add({ rule, message, path, ...(at ? { at } : {}) });
    }
    return undefined;
  }
  const rules = enabledRules(config);
  const findings = runRules(schema.brief, rules, { ledeMaxWords: config.ledeMaxWords });
  for (const finding of findings) sink.add(finding, positions);
  return sink.hasErrors ? undefined : schema.brief;
}
