import type { ResolvedConfig } from './config.js';
import type { Diagnostic } from './types.js';

export interface Place {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface DiagnosticInput {
  rule: string;
  message: string;
  path?: (string | number)[];
  /** Where it is; without it the path is located through the position map, else 1:1. */
  at?: Place;
}

interface Locator {
  locate(path: readonly (string | number)[]): Place | undefined;
}

/**
 * Collects diagnostics. Severities are applied when they are read, because a document's own settings
 * (`briefkit:` in the front matter) are known only after reading part of it.
 */
export class DiagnosticSink {
  readonly #items: Omit<Diagnostic, 'severity'>[] = [];
  config: ResolvedConfig;

  constructor(
    readonly file: string,
    config: ResolvedConfig,
  ) {
    this.config = config;
  }

  add(input: DiagnosticInput, positions?: Locator): void {
    const at = input.at ?? (input.path && positions?.locate(input.path)) ?? { line: 1, column: 1 };
    const item: Omit<Diagnostic, 'severity'> = {
      file: this.file,
      line: at.line,
      column: at.column,
      rule: input.rule,
      message: input.message,
    };
    if (at.endLine !== undefined && at.endColumn !== undefined) {
      item.endLine = at.endLine;
      item.endColumn = at.endColumn;
    }
    if (input.path) item.path = input.path;
    this.#items.push(item);
  }

  get hasErrors(): boolean {
    return this.#items.some((d) => this.config.severity(d.rule) === 'error');
  }

  sorted(): Diagnostic[] {
    const out: { d: Diagnostic; i: number }[] = [];
    this.#items.forEach((item, i) => {
      const severity = this.config.severity(item.rule);
      if (severity === 'off') return;
      // Severity after the position, so printed objects read file, line, column, severity, rule, message.
      const { file, line, column, endLine, endColumn, rule, message, path } = item;
      const d: Diagnostic = {
        file,
        line,
        column,
        ...(endLine !== undefined ? { endLine, endColumn } : {}),
        severity,
        rule,
        message,
        ...(path ? { path } : {}),
      };
      out.push({ d, i });
    });
    return out.sort((a, b) => a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i).map(({ d }) => d);
  }
}
