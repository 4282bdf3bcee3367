import { fullBrief } from '@briefkit/schema/fixtures';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { SecurityBriefMap } from './map.js';

customElements.define('security-brief-map', SecurityBriefMap);

describe('<security-brief-map> on the server', () => {
  it('renders the table of places and an empty box of the map’s size, without touching the geodata', async () => {
    const markup = await collectResult(
      render(html`<security-brief-map .brief=${fullBrief}></security-brief-map>`),
    );
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(markup).toMatch(/<th scope="row">\s*(<!--[^>]*-->)*\s*Dushanbe/);
    expect(markup).toContain('38.56° N, 68.79° E');
    expect(markup).toContain('Taliban seize Kunduz');
    expect(markup).toMatch(/<div class="placeholder" aria-hidden="true" data-label="Loading the map…"/);
    expect(markup).not.toContain('<svg');
    // The words "Loading the map…" are only an attribute: a page read without scripts does not claim it.
    expect(markup.replace(/data-label="[^"]*"/g, '')).not.toContain('Loading the map');
  });
});
