/** The severities the validator reports, most serious first. */
export type Severity = 'error' | 'warning' | 'info';

/** One finding at a place in a source file (the validator's `Diagnostic`, structurally). */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  rule: string;
  message: string;
  path?: (string | number)[];
}

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
