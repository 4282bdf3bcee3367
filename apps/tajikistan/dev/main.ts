import '@briefkit/elements/define';
import type { Brief } from '@briefkit/schema';
import brief from '../src/tajikistan.brief.md';

function show(next: Brief): void {
  for (const element of document.querySelectorAll<HTMLElement & { brief?: Brief }>(
    'security-brief, security-brief-figures, security-brief-threats, security-brief-timeline, security-brief-map',
  )) {
    element.brief = next;
  }
}

show(brief);

// A save of the brief re-validates it through the plugin and hands the new Brief to the page.
if (import.meta.hot) {
  import.meta.hot.accept('../src/tajikistan.brief.md', (module) => {
    if (module) show((module as unknown as { default: Brief }).default);
  });
}
