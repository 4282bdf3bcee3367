import { fullBrief } from '@briefkit/schema/fixtures';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { expect, it } from 'vitest';
import { SecurityBriefThreats } from './threats.js';

customElements.define('security-brief-threats', SecurityBriefThreats);

it('renders the threats on the server, internal before external', async () => {
  const markup = await collectResult(
    render(html`<security-brief-threats .brief=${fullBrief}></security-brief-threats>`),
  );
  expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
  expect(markup.indexOf('Internal threats')).toBeGreaterThan(0);
  expect(markup.indexOf('External threats')).toBeGreaterThan(
    markup.indexOf('Rising terrorism and extremism'),
  );
  expect(markup).toMatch(/<dt>(<!--[^>]*-->)*Likelihood(<!--[^>]*-->)*<\/dt>/);
});
