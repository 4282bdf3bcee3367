export { compileSource } from './compile.js';
export {
  type ConfigOrigin,
  type ConfigProblem,
  DEFAULT_LEDE_MAX_WORDS,
  DEFAULT_LIMITS,
  readConfig,
} from './config.js';
export { detectFormat } from './detect-format.js';
export { formatBriefMarkdown } from './format/format-markdown.js';
export { ruleCatalog } from './rules/catalog.js';
export type {
  CompileOptions,
  CompileResult,
  Diagnostic,
  PositionMap,
  Severity,
  SourceFormat,
  ValidateOptions,
  ValidatorConfig,
  ValidatorLimits,
} from './types.js';
export { validateBrief } from './validate.js';
