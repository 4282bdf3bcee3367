import type { Brief } from '@briefkit/schema';

/** The parts shown after the brief; they all show the brief that `<security-brief>` carries. */
export const PART_ELEMENTS =
  'security-brief-timeline, security-brief-actors, security-brief-threats, security-brief-map, security-brief-figures, security-brief-sources';

/**
 * Hands the server-rendered elements the brief they were rendered from *before* they are defined, so their
 * first client update hydrates the existing shadow DOM instead of rendering something else. The server put
 * the brief in `<security-brief>` as a JSON child.
 */
export function attachBrief(doc: Document = document): Brief | undefined {
  const data = doc.querySelector('security-brief > script[type="application/json"]')?.textContent;
  if (!data) return undefined;
  const brief = JSON.parse(data) as Brief;
  for (const element of doc.querySelectorAll(`security-brief, ${PART_ELEMENTS}`)) {
    (element as HTMLElement & { brief?: Brief }).brief = brief;
  }
  return brief;
}

attachBrief();
