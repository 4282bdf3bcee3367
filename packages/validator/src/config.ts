import { ruleMeta } from './rules/catalog.js';
import type { Severity, ValidatorConfig } from './types.js';

export const DEFAULT_LEDE_MAX_WORDS = 120;
export const DEFAULT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxAliasCount: 100, maxDepth: 100 } as const;

export interface ResolvedConfig {
  severity(rule: string): Severity | 'off';
  ledeMaxWords: number;
  limits: { maxBytes: number; maxAliasCount: number; maxDepth: number };
}

/** A setting that could not be applied, with the path of the offending key inside the settings. */
export interface ConfigProblem {
  path: (string | number)[];
  message: string;
  /** The rule it is reported under: `config-invalid` unless given. */
  rule?: 'config-invalid' | 'config-locked';
}

/**
 * Where settings come from. A `document`'s settings (its own `briefkit:` key) may not weaken the safety rules
 * or the limits: the file being checked must not be able to wave itself through.
 */
export type ConfigOrigin = 'project' | 'document';

const levels = new Set(['error', 'warning', 'info', 'off']);
const rank: Record<string, number> = { off: 0, info: 1, warning: 2, error: 3 };
const PROJECT_ONLY = "only the project's briefkit.config.* (or the config given to the validator) can";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function positiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/**
 * Reads settings of unknown shape (a config file, a front-matter `briefkit:` key), keeping what is valid and
 * reporting the rest. Never throws.
 */
export function readConfig(
  value: unknown,
  origin: ConfigOrigin = 'project',
): { config: ValidatorConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: ValidatorConfig = {};
  if (value === undefined || value === null) return { config, problems };
  if (!isRecord(value)) {
    return {
      config,
      problems: [
        { path: [], message: 'validator settings must be a mapping like { rules: { unused-actor: off } }' },
      ],
    };
  }
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (key === 'rules') {
      if (!isRecord(item)) {
        problems.push({
          path: ['rules'],
          message: 'rules must be a mapping of rule id to error, warning, info or off',
        });
        continue;
      }
      const rules: Record<string, Severity | 'off'> = {};
      for (const id of Object.keys(item)) {
        const level = item[id];
        const meta = ruleMeta(id);
        if (!meta)
          problems.push({
            path: ['rules', id],
            message: `unknown rule "${id}": see docs/rules.md for the rule ids`,
          });
        else if (typeof level !== 'string' || !levels.has(level)) {
          problems.push({
            path: ['rules', id],
            message: `rule "${id}" must be set to error, warning, info or off`,
          });
        } else if (!meta.configurable) {
          problems.push({
            path: ['rules', id],
            message: `rule "${id}" cannot be changed: without it the brief cannot be read`,
          });
        } else if (origin === 'document' && meta.safety && rank[level]! < rank[meta.severity]!) {
          problems.push({
            path: ['rules', id],
            rule: 'config-locked',
            message: `rule "${id}" guards the readers of the brief and cannot be turned down by the brief itself: this setting is ignored; ${PROJECT_ONLY}`,
          });
        } else rules[id] = level as Severity | 'off';
      }
      config.rules = rules;
    } else if (key === 'ledeMaxWords') {
      if (positiveInteger(item)) config.ledeMaxWords = item;
      else problems.push({ path: [key], message: 'ledeMaxWords must be a positive whole number' });
    } else if (key === 'limits' && origin === 'document') {
      problems.push({
        path: [key],
        rule: 'config-locked',
        message: `limits cannot be set by the brief itself (they apply before it is read): this setting is ignored; ${PROJECT_ONLY}`,
      });
    } else if (key === 'limits') {
      if (!isRecord(item)) {
        problems.push({
          path: [key],
          message: 'limits must be a mapping of maxBytes, maxAliasCount, maxDepth',
        });
        continue;
      }
      const limits: NonNullable<ValidatorConfig['limits']> = {};
      for (const name of Object.keys(item)) {
        const n = item[name];
        if (name !== 'maxBytes' && name !== 'maxAliasCount' && name !== 'maxDepth') {
          problems.push({
            path: [key, name],
            message: `unknown limit "${name}": use maxBytes, maxAliasCount or maxDepth`,
          });
        } else if (!positiveInteger(n))
          problems.push({ path: [key, name], message: `${name} must be a positive whole number` });
        else limits[name] = n;
      }
      config.limits = limits;
    } else {
      problems.push({ path: [key], message: `unknown setting "${key}": use rules, ledeMaxWords or limits` });
    }
  }
  return { config, problems };
}

const defaultSeverity = (rule: string): Severity | 'off' => ruleMeta(rule)?.severity ?? 'error';

// Most calls bring no settings: they share one resolved config, so what is derived from it is derived once.
const defaults: ResolvedConfig = Object.freeze({
  severity: defaultSeverity,
  ledeMaxWords: DEFAULT_LEDE_MAX_WORDS,
  limits: Object.freeze({ ...DEFAULT_LIMITS }),
});

/** Layers settings (later wins) over the defaults. Unknown or unchangeable rules keep their default. */
export function resolveConfig(...layers: (ValidatorConfig | undefined)[]): ResolvedConfig {
  if (layers.every((layer) => layer === undefined)) return defaults;
  const rules = new Map<string, Severity | 'off'>();
  let ledeMaxWords: number = DEFAULT_LEDE_MAX_WORDS;
  const limits: { maxBytes: number; maxAliasCount: number; maxDepth: number } = { ...DEFAULT_LIMITS };
  for (const layer of layers) {
    if (!isRecord(layer)) continue;
    if (isRecord(layer.rules)) {
      for (const [id, level] of Object.entries(layer.rules)) {
        if (ruleMeta(id)?.configurable && typeof level === 'string' && levels.has(level))
          rules.set(id, level as Severity | 'off');
      }
    }
    if (positiveInteger(layer.ledeMaxWords)) ledeMaxWords = layer.ledeMaxWords;
    if (isRecord(layer.limits)) {
      for (const name of ['maxBytes', 'maxAliasCount', 'maxDepth'] as const) {
        const n = layer.limits[name];
        if (positiveInteger(n)) limits[name] = n;
      }
    }
  }
  return {
    severity: (rule) => rules.get(rule) ?? defaultSeverity(rule),
    ledeMaxWords,
    limits,
  };
}
