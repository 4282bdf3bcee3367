import type { Brief } from '@briefkit/schema';
import type { ResolvedConfig } from './config.js';
import type { DiagnosticSink } from './diagnostics.js';
import { semanticRules } from './rules/semantic/index.js';
import { runRules } from './rules/walk.js';
import { checkSchema } from './schema/check-schema.js';
import type { SourcePositions } from './yaml/positions.js';

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
      sink.add({ rule, message: issue.message, path, ...(at ? { at } : {}) });
    }
    return undefined;
  }
  const rules = semanticRules.filter((rule) => config.severity(rule.meta.id) !== 'off');
  const findings = runRules(schema.brief, rules, { ledeMaxWords: config.ledeMaxWords });
  for (const finding of findings) sink.add(finding, positions);
  return sink.hasErrors ? undefined : schema.brief;
}
