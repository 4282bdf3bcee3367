import type { Brief } from '@briefkit/schema';
import { checkDocument } from './check-document.js';
import { readConfig, resolveConfig } from './config.js';
import { DiagnosticSink } from './diagnostics.js';
import type { Diagnostic, ValidateOptions } from './types.js';

/**
 * Validates a canonical Brief value (e.g. from `JSON.parse`): schema and semantic rules. Diagnostics carry JSON
 * paths; with no source text their line and column are 1:1. A valid value is returned as the brief itself.
 * Never throws.
 */
export function validateBrief(
  value: unknown,
  options: ValidateOptions = {},
): { brief: Brief | undefined; diagnostics: Diagnostic[] } {
  const file = typeof options.file === 'string' ? options.file : '<input>';
  const config = resolveConfig(options.config);
  const sink = new DiagnosticSink(file, config);
  try {
    if (options.config !== undefined) {
      for (const problem of readConfig(options.config).problems) {
        sink.add({ rule: 'config-invalid', message: `validator settings: ${problem.message}` });
      }
    }
    const brief = checkDocument(value, config, sink);
    return { brief, diagnostics: sink.sorted() };
  } catch (error) {
    sink.add({
      rule: 'internal-error',
      message: `the validator failed: ${error instanceof Error ? error.message : String(error)}`,
    });
    return { brief: undefined, diagnostics: sink.sorted() };
  }
}
