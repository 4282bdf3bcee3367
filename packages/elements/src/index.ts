// Classes, events and helpers, without registering anything: import `@briefkit/elements/define` for that.

export type { Brief } from '@briefkit/schema';
export { SecurityBriefActors } from './parts/actors/actors.js';
export { SecurityBriefFigures } from './parts/figures/figures.js';
export { SecurityBriefMap } from './parts/map/map.js';
export { SecurityBriefSources } from './parts/sources/sources.js';
export { SecurityBriefThreats } from './parts/threats/threats.js';
export { SecurityBriefTimeline } from './parts/timeline/timeline.js';
export { briefShapeProblem } from './security-brief/brief-shape.js';
export { SecurityBrief } from './security-brief/security-brief.js';
export { BriefElement, VERSION } from './shared/brief-element.js';
export { citationNumbers } from './shared/citations.js';
export { compareEdtf } from './shared/date-order.js';
export {
  type BriefErrorKind,
  BriefLoadError,
  SecurityBriefErrorEvent,
  SecurityBriefLoadEvent,
} from './shared/events.js';
export { formatEdtf, formatQuantity } from './shared/format.js';
export { loadLanguage, supportedLanguages } from './shared/i18n.js';
export { type MessageKey, msg } from './shared/messages.js';
export { safeHref } from './shared/safe-url.js';
export { tagNames } from './tags.js';
