import type { Severity } from '../types.js';

/** What the catalog says about one rule. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
  /**
   * Whether `ValidatorConfig.rules` may change it. Rules that stop the source from being read at all (syntax,
   * schema, limits) are not configurable: turning them off would only hide why there is no brief.
   */
  configurable: boolean;
}

export function defineMeta(meta: RuleMeta): RuleMeta {
  return meta;
}
