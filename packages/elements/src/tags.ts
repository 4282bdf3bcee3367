import type { SecurityBriefActors } from './parts/actors/actors.js';
import type { SecurityBriefFigures } from './parts/figures/figures.js';
import type { SecurityBriefMap } from './parts/map/map.js';
import type { SecurityBriefSources } from './parts/sources/sources.js';
import type { SecurityBriefThreats } from './parts/threats/threats.js';
import type { SecurityBriefTimeline } from './parts/timeline/timeline.js';
import type { SecurityBrief } from './security-brief/security-brief.js';

/** The tag name of every element of the package. */
export const tagNames = {
  brief: 'security-brief',
  actors: 'security-brief-actors',
  sources: 'security-brief-sources',
  timeline: 'security-brief-timeline',
  threats: 'security-brief-threats',
  figures: 'security-brief-figures',
  map: 'security-brief-map',
} as const;

declare global {
  interface HTMLElementTagNameMap {
    'security-brief': SecurityBrief;
    'security-brief-actors': SecurityBriefActors;
    'security-brief-sources': SecurityBriefSources;
    'security-brief-timeline': SecurityBriefTimeline;
    'security-brief-threats': SecurityBriefThreats;
    'security-brief-figures': SecurityBriefFigures;
    'security-brief-map': SecurityBriefMap;
  }
}
