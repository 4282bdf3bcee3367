import { fullBrief } from '@briefkit/schema/fixtures';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { expect, it } from 'vitest';
import { SecurityBriefTimeline } from './timeline.js';

customElements.define('security-brief-timeline', SecurityBriefTimeline);

it('renders the whole timeline on the server, readable without scripts', async () => {
  const markup = await collectResult(
    render(html`<security-brief-timeline .brief=${fullBrief}></security-brief-timeline>`),
  );
  expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
  const order = [
    'event-civil-war',
    'event-peace-agreement',
    'event-sep-2015-attacks',
    'event-irpt-banned',
  ].map((id) => markup.indexOf(`id="${id}"`));
  expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
  expect(markup).toMatch(/<time part="date" datetime="2015-09-04"[^>]*>(<!--[^>]*-->)*September 4, 2015/);
  expect(markup).toContain('9 police officers killed, 13 militants killed');
});
