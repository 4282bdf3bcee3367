import { fullBrief } from '@briefkit/schema/fixtures';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { beforeAll, expect, it } from 'vitest';
import { loadLanguage } from '../../shared/i18n.js';
import { SecurityBriefFigures } from './figures.js';

// Languages other than English load on demand; rendering outside an element must ask first.
beforeAll(() => loadLanguage('fr'));

customElements.define('security-brief-figures', SecurityBriefFigures);

it('renders the figures on the server with the numbers worded in the page language', async () => {
  const markup = await collectResult(
    render(html`<security-brief-figures .brief=${fullBrief} lang="fr"></security-brief-figures>`),
  );
  expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
  // No DOM on the server: the language comes from the attribute the element was given.
  expect(markup).toContain('Chiffres clés');
  expect(markup).toContain('100\u202f000');
  expect(markup).toContain('près de');
});
