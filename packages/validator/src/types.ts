import type { Brief } from '@briefkit/schema';

export type Severity = 'error' | 'warning' | 'info';

/** One finding, located in the source text the author edits. */
export interface Diagnostic {
  /** The file name as given in `options.file` (default `<input>`). */
  file: string;
  /** 1-based line in the source text. */
  line: number;
  /** 1-based column in the source text; a tab counts as one column. */
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  /** Stable kebab-case rule id, e.g. `reference-unresolved`, `yaml-syntax`, `schema`. */
  rule: string;
  /** What is wrong and what to do, in an author's words. */
  message: string;
  /** JSON path in the canonical Brief, when there is one. */
  path?: (string | number)[];
}

export type SourceFormat = 'markdown' | 'yaml' | 'json';

export interface ValidatorLimits {
  /** Largest input accepted, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Most YAML alias expansions accepted (default 100): guards against alias bombs. */
  maxAliasCount?: number;
  /** Deepest nesting of YAML/JSON collections accepted (default 100). */
  maxDepth?: number;
}

export interface ValidatorConfig {
  /** Per-rule severity override, or `off`. */
  rules?: Record<string, Severity | 'off'>;
  /** The lede's word budget (default 120). */
  ledeMaxWords?: number;
  limits?: ValidatorLimits;
}

export interface PositionMap {
  /** The source position of a JSON path of the compiled Brief (or of its nearest located ancestor). */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

export interface CompileResult {
  /** The canonical Brief when there are no errors (warnings allowed). */
  brief: Brief | undefined;
  /** Sorted by line, then column. */
  diagnostics: Diagnostic[];
  positions: PositionMap;
}

export interface CompileOptions {
  file?: string;
  format?: SourceFormat;
  config?: ValidatorConfig;
}

export interface ValidateOptions {
  file?: string;
  config?: ValidatorConfig;
}
