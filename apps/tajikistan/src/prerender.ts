// Server rendering of the page (run by scripts/build-site.mjs on Node): the element classes registered here
// render their shadow DOM as declarative shadow roots, so the page reads completely with JavaScript off.
import '@briefkit/elements/define';
import type { Brief } from '@briefkit/schema';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { PAGE_PARTS, type PageOptions, elementTemplate, pageTemplate } from './site/page.js';

export type SitePageOptions = Omit<PageOptions, 'rendered'>;

/** The prerendered `index.html`: the brief at the top of the outline, its parts under their own headings. */
export async function renderSitePage(options: SitePageOptions): Promise<string> {
  const { brief } = options;
  const rendered = {
    'security-brief': elementTemplate('security-brief', brief, 1),
  } as PageOptions['rendered'];
  for (const part of PAGE_PARTS) rendered[part.tag] = elementTemplate(part.tag, brief, 3);
  return collectResult(render(pageTemplate({ ...options, rendered })));
}

export type { Brief };
