// The entry of the prebuilt dist/bundle.js, for a page without a bundler. `<security-brief>` (whose actors and
// sources lists are its own templates) is defined at once; the timeline, threats, figures and map are chunks
// of their own, fetched as soon as the page holds such an element, so a page downloads before its first
// render only the code of what it shows. Once the page has loaded, every part not yet fetched is defined
// too: an element created later, or inside another component's shadow root (which no observer of the
// document sees), still upgrades. dist/bundle-hydrate.js defines everything at once (see define.ts).
import { SecurityBriefActors } from './parts/actors/actors.js';
import { SecurityBriefSources } from './parts/sources/sources.js';
import { SecurityBrief } from './security-brief/security-brief.js';
import { defineElements, type ElementClass } from './shared/define-elements.js';
import { tagNames } from './tags.js';

export type { SecurityBriefErrorEvent, SecurityBriefLoadEvent } from './shared/events.js';
export type * from './tags.js';

defineElements({
  [tagNames.brief]: SecurityBrief,
  [tagNames.actors]: SecurityBriefActors,
  [tagNames.sources]: SecurityBriefSources,
});

const lazyParts = new Map<string, () => Promise<ElementClass>>([
  [tagNames.timeline, () => import('./parts/timeline/timeline.js').then((m) => m.SecurityBriefTimeline)],
  [tagNames.threats, () => import('./parts/threats/threats.js').then((m) => m.SecurityBriefThreats)],
  [tagNames.figures, () => import('./parts/figures/figures.js').then((m) => m.SecurityBriefFigures)],
  [tagNames.map, () => import('./parts/map/map.js').then((m) => m.SecurityBriefMap)],
]);

function load(tag: string): void {
  const get = lazyParts.get(tag);
  if (!get) return;
  lazyParts.delete(tag);
  if (lazyParts.size === 0) observer?.disconnect();
  // Another copy of the package defined it already; that copy warned when it met this one's elements.
  if (customElements.get(tag)) return;
  get().then(
    (ctor) => {
      if (!customElements.get(tag)) defineElements({ [tag]: ctor });
    },
    (error: unknown) => {
      console.error(`@briefkit/elements: the code of <${tag}> could not be loaded (${String(error)}).`);
    },
  );
}

/** Loads the parts found in or under `node`. */
function scan(node: Element | Document): void {
  for (const tag of [...lazyParts.keys()]) {
    if ((node instanceof Element && node.localName === tag) || node.querySelector(tag)) load(tag);
  }
}

const observer =
  typeof MutationObserver === 'function' && typeof document !== 'undefined'
    ? new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes) if (node instanceof Element) scan(node);
      })
    : undefined;

if (observer) {
  observer.observe(document, { childList: true, subtree: true });
  scan(document);
  const loadTheRest = () => {
    for (const tag of [...lazyParts.keys()]) load(tag);
  };
  const afterLoad = () => setTimeout(loadTheRest, 0);
  if (document.readyState === 'complete') afterLoad();
  else addEventListener('load', afterLoad, { once: true });
}
