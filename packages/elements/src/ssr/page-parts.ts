import type { Brief } from '@briefkit/schema';

/** The parts a built page can show after the brief, in page order. */
export const PAGE_PARTS = ['map', 'figures', 'threats', 'timeline'] as const;
export type PagePart = (typeof PAGE_PARTS)[number];

const has = (list: unknown) => Array.isArray(list) && list.length > 0;

/** Whether the brief holds anything for a part to show (the locator map always has its country). */
export function partHasContent(brief: Brief, part: PagePart): boolean {
  switch (part) {
    case 'map':
      return true;
    case 'figures':
      return has(brief.figures) || has(brief.ratings);
    case 'threats':
      return has(brief.threats);
    case 'timeline':
      return has(brief.events);
  }
}

/**
 * The parts a page of this brief shows: those asked for (every part by default) that have something to show,
 * in page order, so a page never carries an empty "No events in this brief." box.
 */
export function pageParts(brief: Brief, wanted: readonly PagePart[] = PAGE_PARTS): PagePart[] {
  return PAGE_PARTS.filter((part) => wanted.includes(part) && partHasContent(brief, part));
}
