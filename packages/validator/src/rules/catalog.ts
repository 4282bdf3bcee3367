import type { Severity } from '../types.js';
import type { RuleMeta } from './meta.js';
import { semanticRules } from './semantic/index.js';
import { sourceRules } from './source-rules.js';

const all: readonly RuleMeta[] = [...sourceRules, ...semanticRules.map((r) => r.meta)];

/** Every rule the validator reports, with its default severity. See docs/rules.md. */
export const ruleCatalog: readonly {
  id: string;
  severity: Severity;
  description: string;
  configurable: boolean;
  /** A brief's own settings cannot turn it off or down (see docs/security.md). */
  safety: boolean;
}[] = Object.freeze(all.map((m) => Object.freeze({ ...m, safety: m.safety === true })));

const byId = new Map(all.map((m) => [m.id, m]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}
