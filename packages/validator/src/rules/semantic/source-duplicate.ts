import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

const seenSources = () => ({ urls: new Map<string, string>(), titles: new Map<string, string>() });

export const sourceDuplicate = defineRule({
  meta: defineMeta({
    id: 'source-duplicate',
    severity: 'warning',
    description: 'Two sources with the same URL or the same title are probably one source declared twice.',
    configurable: true,
  }),
  source(ctx, source) {
    const seen = ctx.state(seenSources);
    if (source.url !== undefined) {
      const first = seen.urls.get(source.url);
      if (first !== undefined)
        ctx.report(`source "${source.id}" has the same url as "${first}": merge them`, 'url');
      else seen.urls.set(source.url, source.id);
    }
    if (source.title !== undefined) {
      const key = source.title.trim().toLowerCase();
      const first = seen.titles.get(key);
      if (first !== undefined)
        ctx.report(`source "${source.id}" has the same title as "${first}": merge them`, 'title');
      else seen.titles.set(key, source.id);
    }
  },
});
