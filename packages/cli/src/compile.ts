import { dirname } from 'node:path';
import type { Brief } from '@briefkit/schema';
import { compileSource, detectFormat, type ValidatorConfig } from '@briefkit/validator';
import { loadConfig } from '@briefkit/validator/node';
import { CliError } from './errors.js';
import { readSource, type SourceFile } from './read-source.js';
import type { FileReport } from './report/diagnostic.js';

export interface Compiled {
  source: SourceFile;
  brief: Brief | undefined;
  report: FileReport;
}

async function configFor(absolutePath: string, file: string): Promise<ValidatorConfig> {
  try {
    return await loadConfig(dirname(absolutePath));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`${file}: cannot read the briefkit configuration: ${reason}`, { cause: error });
  }
}

/** Reads and compiles one source file. Throws CliError when the file cannot be read at all. */
export async function compileBriefFile(file: string, cwd: string): Promise<Compiled> {
  const source = await readSource(file, cwd);
  const config = await configFor(source.absolutePath, file);
  const format = detectFormat(source.absolutePath);
  const result = compileSource(source.text, { file, config, ...(format ? { format } : {}) });
  return {
    source,
    brief: result.brief,
    report: { file, source: source.text, diagnostics: result.diagnostics },
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
