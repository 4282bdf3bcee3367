import { dirname } from 'node:path';
import type { Brief } from '@briefkit/schema';
import { compileSource, type Diagnostic, detectFormat, type ValidatorConfig } from '@briefkit/validator';
import { findConfig } from '@briefkit/validator/node';

export interface CompiledBrief {
  brief: Brief | undefined;
  diagnostics: Diagnostic[];
  /** The briefkit.config.* file the settings came from, to be watched. */
  configFile: string | undefined;
}

/**
 * Compiles one brief source with the settings given to the plugin, or else those of the nearest
 * briefkit.config.* (whose problems are reported as diagnostics, located in that file).
 */
export async function compileBrief(
  source: string,
  file: string,
  config: ValidatorConfig | undefined,
): Promise<CompiledBrief> {
  let settings = config;
  let configFile: string | undefined;
  const problems: Diagnostic[] = [];
  if (settings === undefined) {
    const found = await findConfig(dirname(file));
    settings = found.config;
    configFile = found.file;
    for (const problem of found.problems) {
      problems.push({
        file: found.file ?? file,
        line: 1,
        column: 1,
        severity: 'warning',
        rule: 'config-invalid',
        message: problem.path.length > 0 ? `${problem.path.join('.')}: ${problem.message}` : problem.message,
      });
    }
  }
  const format = detectFormat(file) ?? 'markdown';
  const result = compileSource(source, { file, format, config: settings });
  return { brief: result.brief, diagnostics: [...problems, ...result.diagnostics], configFile };
}
