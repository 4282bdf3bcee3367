import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

export const unusedActor = defineRule({
  meta: defineMeta({
    id: 'unused-actor',
    severity: 'warning',
    description: 'Every declared actor is mentioned in the text or referred to by another entity.',
    configurable: true,
  }),
  end(ctx) {
    const actors = ctx.brief.actors ?? [];
    for (let i = 0; i < actors.length; i++) {
      const { id } = actors[i]!;
      if (!ctx.index.isUsed(id)) {
        ctx.reportAt(
          ['actors', i, 'id'],
          `actor "${id}" is never mentioned: mention it with [name](actor:${id}) or remove it`,
        );
      }
    }
  },
});
