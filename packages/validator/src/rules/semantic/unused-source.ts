import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

export const unusedSource = defineRule({
  meta: defineMeta({
    id: 'unused-source',
    severity: 'warning',
    description: 'Every declared source is cited somewhere (in the text or by an entity).',
    configurable: true,
  }),
  end(ctx) {
    const sources = ctx.brief.sources ?? [];
    for (let i = 0; i < sources.length; i++) {
      const { id } = sources[i]!;
      if (!ctx.index.isUsed(id)) {
        ctx.reportAt(
          ['sources', i, 'id'],
          `source "${id}" is never cited: cite it with [words][${id}] or remove it`,
        );
      }
    }
  },
});
