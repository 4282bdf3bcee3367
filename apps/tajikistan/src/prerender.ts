// The server render of the page (bundled and run by scripts/build-site.mjs): the elements registered here
// render as declarative shadow DOM, so the page reads completely with JavaScript off.
import '@briefkit/elements/define';
import { conformingHtml, renderBrief } from '@briefkit/elements/ssr';
import type { Brief } from '@briefkit/schema';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import {
  BRIEF_PLACEHOLDER,
  elementTemplate,
  PAGE_PARTS,
  type PageOptions,
  pageTemplate,
} from './site/page.js';

export type SitePageOptions = Omit<PageOptions, 'rendered'>;

/** Outline: the brief's title is the page's h1, its sections and every part's heading h2. */
const HEADING_LEVEL = 2;

/** The prerendered `index.html`. */
export async function renderSitePage(options: SitePageOptions): Promise<string> {
  const { brief } = options;
  const rendered = {} as PageOptions['rendered'];
  for (const part of PAGE_PARTS) rendered[part.tag] = elementTemplate(part.tag, brief, HEADING_LEVEL);
  // Lit SSR's own markup made standard HTML (the parts in the page are rendered by Lit SSR directly).
  const page = conformingHtml(await collectResult(render(pageTemplate({ ...options, rendered }))));
  // The element's own SSR entry: its markup carries the brief as JSON, which hydration reads back.
  const briefHtml = await renderBrief(brief, { headingLevel: HEADING_LEVEL });
  const at = page.indexOf(BRIEF_PLACEHOLDER);
  if (at < 0 || page.indexOf(BRIEF_PLACEHOLDER, at + 1) >= 0)
    throw new Error('The page template must hold the brief placeholder once.');
  return page.slice(0, at) + briefHtml + page.slice(at + BRIEF_PLACEHOLDER.length);
}

export type { Brief };
