import type { Colors } from '../io.js';
import { byPosition, type Diagnostic, type FileReport, type Tally, tally } from './diagnostic.js';
import { excerptFor } from './excerpt.js';
import { terminalText } from './terminal-text.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function severityLabel(severity: Diagnostic['severity'], c: Colors): string {
  if (severity === 'error') return c.red(c.bold('error'));
  if (severity === 'warning') return c.yellow(c.bold('warning'));
  return c.blue('info');
}

/** `file:line:col  severity  message  rule-id`, then the source line and a caret under the column. */
export function formatDiagnostic(diagnostic: Diagnostic, source: string | undefined, c: Colors): string {
  const location = `${terminalText(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}`;
  const head = `${c.bold(location)}  ${severityLabel(diagnostic.severity, c)}  ${terminalText(diagnostic.message)}  ${c.dim(diagnostic.rule)}`;
  const excerpt = source === undefined ? undefined : excerptFor(source, diagnostic);
  if (excerpt === undefined) return head;
  const gutter = String(excerpt.lineNumber).length;
  const bar = c.dim('|');
  return [
    head,
    `  ${c.dim(String(excerpt.lineNumber))} ${bar} ${excerpt.text}`,
    `  ${' '.repeat(gutter)} ${bar} ${diagnostic.severity === 'error' ? c.red(excerpt.marker) : c.yellow(excerpt.marker)}`,
  ].join('\n');
}

/** The closing line of a report: counts, and whether warnings fail the run. */
export function formatSummary(total: Tally, c: Colors, options: { strict?: boolean } = {}): string {
  const files = plural(total.files, 'file');
  const parts: string[] = [];
  if (total.errors > 0) parts.push(plural(total.errors, 'error'));
  if (total.warnings > 0) parts.push(plural(total.warnings, 'warning'));
  if (total.infos > 0) parts.push(plural(total.infos, 'note'));
  if (total.unreadable > 0) parts.push(`${total.unreadable} unreadable`);
  if (parts.length === 0) return c.green(`No problems found in ${files}.`);
  const failed = total.errors > 0 || total.unreadable > 0 || (options.strict === true && total.warnings > 0);
  const text = `Found ${parts.join(', ')} in ${files}${options.strict && total.errors === 0 && total.warnings > 0 ? ' (--strict: warnings fail)' : ''}.`;
  return failed ? c.red(c.bold(text)) : c.yellow(text);
}

/** A whole report: every diagnostic of every file in source order, a blank line between them, a summary. */
export function formatPrettyReport(
  reports: readonly FileReport[],
  c: Colors,
  options: { strict?: boolean } = {},
): string {
  const blocks: string[] = [];
  for (const report of reports) {
    if (report.ioError !== undefined) {
      blocks.push(
        `${c.bold(terminalText(report.file))}  ${c.red(c.bold('error'))}  ${terminalText(report.ioError)}`,
      );
      continue;
    }
    for (const diagnostic of byPosition(report.diagnostics)) {
      // A diagnostic may point into another file (a briefkit.config.*): show only excerpts of the file read.
      blocks.push(
        formatDiagnostic(diagnostic, diagnostic.file === report.file ? report.source : undefined, c),
      );
    }
  }
  blocks.push(formatSummary(tally(reports), c, options));
  return `${blocks.join('\n\n')}\n`;
}
