import { dirname } from 'node:path';
import type { Brief } from '@briefkit/schema';
import { compileSource, detectFormat, ruleCatalog } from '@briefkit/validator';
import { findConfig } from '@briefkit/validator/node';
import { CliError } from './errors.js';
import { displayPath } from './paths.js';
import { readSource, type SourceFile } from './read-source.js';
import type { Diagnostic, FileReport } from './report/diagnostic.js';

export interface Compiled {
  source: SourceFile;
  brief: Brief | undefined;
  report: FileReport;
}

const configRule = ruleCatalog.find((r) => r.id === 'config-invalid');

/**
 * The nearest briefkit.config.* and, as diagnostics located in that file, whatever in it could not be applied:
 * a misspelt rule id must not be ignored silently.
 */
async function configFor(source: SourceFile, cwd: string) {
  const found = await findConfig(dirname(source.absolutePath));
  const configFile = found.file === undefined ? undefined : displayPath(found.file, cwd);
  const problems: Diagnostic[] = found.problems.map((problem) => ({
    file: configFile ?? source.file,
    line: 1,
    column: 1,
    severity: configRule?.severity ?? 'warning',
    rule: 'config-invalid',
    message: problem.path.length > 0 ? `${problem.path.join('.')}: ${problem.message}` : problem.message,
  }));
  return { config: found.config, problems };
}

/** Reads and compiles one source file. Throws CliError when the file cannot be read at all. */
export async function compileBriefFile(file: string, cwd: string): Promise<Compiled> {
  const source = await readSource(file, cwd);
  const { config, problems } = await configFor(source, cwd);
  const format = detectFormat(source.absolutePath);
  const result = compileSource(source.text, { file, config, ...(format ? { format } : {}) });
  return {
    source,
    brief: result.brief,
    report: { file, source: source.text, diagnostics: [...problems, ...result.diagnostics] },
  };
}

/** Like compileBriefFile, but an unreadable file becomes a report entry instead of an exception. */
export async function compileForReport(file: string, cwd: string): Promise<Compiled | FileReport> {
  try {
    return await compileBriefFile(file, cwd);
  } catch (error) {
    if (error instanceof CliError) return { file, diagnostics: [], ioError: error.message };
    throw error;
  }
}

export function hasErrors(report: FileReport): boolean {
  return report.ioError !== undefined || report.diagnostics.some((d) => d.severity === 'error');
}
