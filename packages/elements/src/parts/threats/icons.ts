import type { Trend } from '@briefkit/schema';
import { type SVGTemplateResult, svg } from 'lit';

// Arrows drawn on a 16×16 grid. The word beside the icon carries the meaning, so the icon is hidden
// from assistive technology rather than announced twice.
const PATHS: Record<Trend, SVGTemplateResult> = {
  increasing: svg`<path d="M3 12 L12 3 M6 3 H12 V9" />`,
  stable: svg`<path d="M2 8 H13 M9 4 L13 8 L9 12" />`,
  decreasing: svg`<path d="M3 4 L12 13 M12 7 V13 H6" />`,
  unclear: svg`<path d="M2 9 C4 5 6 5 8 8 S12 11 14 7" />`,
};

/** The arrow for a trend. */
export function trendIcon(trend: Trend): SVGTemplateResult {
  return svg`<svg class="trend-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${PATHS[trend]}</svg>`;
}
