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
  /**
   * Whether the rule keeps a brief safe for its readers (or keeps those rules in force). A brief's own
   * `briefkit:` settings cannot turn it off or down: the file being checked must not be able to wave itself
   * through. Only the project's briefkit.config.* or the caller's config can.
   */
  safety?: boolean;
}

export function defineMeta(meta: RuleMeta): RuleMeta {
  return meta;
}
