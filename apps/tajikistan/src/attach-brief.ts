import type { Brief } from '@briefkit/schema';

/** Every briefkit element on the page; they all show the one brief. */
export const BRIEF_ELEMENTS =
  'security-brief, security-brief-timeline, security-brief-actors, security-brief-threats, security-brief-map, security-brief-figures, security-brief-sources';

/**
 * Hands the server-rendered elements the brief they were rendered from *before* they are defined, so their
 * first client update hydrates the existing shadow DOM instead of rendering something else.
 */
export function attachBrief(doc: Document = document): Brief | undefined {
  const data = doc.getElementById('brief-data')?.textContent;
  if (!data) return undefined;
  const brief = JSON.parse(data) as Brief;
  for (const element of doc.querySelectorAll(BRIEF_ELEMENTS)) {
    (element as HTMLElement & { brief?: Brief }).brief = brief;
  }
  return brief;
}

attachBrief();
