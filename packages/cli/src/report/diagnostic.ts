// The validator's own types: the CLI reports exactly what the validator found.
import type { Diagnostic, Severity } from '@briefkit/validator';

export type { Diagnostic, Severity };

/** What one file produced: its diagnostics, or the reason it could not be read. */
export interface FileReport {
  file: string;
  /** The text that was checked, for showing the offending line. */
  source?: string;
  diagnostics: Diagnostic[];
  /** Set when the file could not be read (missing, a directory, not text). */
  ioError?: string;
}

export interface Tally {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  unreadable: number;
}

export function tally(reports: readonly FileReport[]): Tally {
  const total: Tally = { files: reports.length, errors: 0, warnings: 0, infos: 0, unreadable: 0 };
  for (const report of reports) {
    if (report.ioError !== undefined) total.unreadable++;
    for (const d of report.diagnostics) {
      if (d.severity === 'error') total.errors++;
      else if (d.severity === 'warning') total.warnings++;
      else total.infos++;
    }
  }
  return total;
}

/** Source order, so a report reads top to bottom like the file. */
export function byPosition(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
}
