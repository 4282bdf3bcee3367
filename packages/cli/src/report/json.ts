import { byPosition, type Diagnostic, type FileReport, type Tally, tally } from './diagnostic.js';

/** The `--format json` document: diagnostics per file, then the totals. Stable for scripts and CI. */
export interface JsonReport {
  files: { file: string; diagnostics: Diagnostic[]; error?: string }[];
  summary: Tally & { ok: boolean };
}

export function toJsonReport(reports: readonly FileReport[], options: { strict?: boolean } = {}): JsonReport {
  const summary = tally(reports);
  const ok = summary.errors === 0 && summary.unreadable === 0 && !(options.strict && summary.warnings > 0);
  return {
    files: reports.map((r) => ({
      file: r.file,
      diagnostics: byPosition(r.diagnostics),
      ...(r.ioError === undefined ? {} : { error: r.ioError }),
    })),
    summary: { ...summary, ok },
  };
}

export function formatJsonReport(reports: readonly FileReport[], options: { strict?: boolean } = {}): string {
  return `${JSON.stringify(toJsonReport(reports, options), null, 2)}\n`;
}
