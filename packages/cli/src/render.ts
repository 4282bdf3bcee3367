import { type PagePart, renderBriefPage } from '@briefkit/elements/ssr';
import type { Brief } from '@briefkit/schema';

/**
 * The brief as a complete HTML document, server-rendered with declarative shadow DOM so it reads (and prints)
 * without JavaScript. `head` is markup of briefkit's own (a canonical link), never from the brief.
 */
export function renderPage(
  brief: Brief,
  options: { scriptSrc?: string; head?: string; parts?: readonly PagePart[] } = {},
): Promise<string> {
  return renderBriefPage(brief, { lang: brief.language, title: brief.title, ...options });
}
