import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Brief } from '@briefkit/schema';
import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import { afterAll, describe, expect, it } from 'vitest';
import { nuCheckerErrors, nuCheckerUnavailable } from '../../../../scripts/nu-checker.mjs';
import { conformingHtml } from './conforming-html.js';
import { type PartName, renderBrief, renderBriefPage, renderPart } from './index.js';

describe('conformingHtml', () => {
  it('writes Lit’s trailing comment and shadow-root template the standard way', () => {
    expect(
      conformingHtml(
        '<p><!--lit-part-->x<!--/lit-part--><?></p><template shadowroot="open" shadowrootmode="open">',
      ),
    ).toBe('<p><!--lit-part-->x<!--/lit-part--><!--?--></p><template shadowrootmode="open">');
  });

  it('leaves everything else as it was', () => {
    const other = '<p>a &lt;?&gt; b</p><template shadowrootmode="closed"><x-y shadowroot="open"></x-y>';
    expect(conformingHtml(other)).toBe(other);
  });

  it('is what renderBrief writes: no `<?>`, no `shadowroot` attribute', async () => {
    const out = await renderBrief(fullBrief);
    expect(out).not.toContain('<?>');
    expect(out).not.toContain('shadowroot=');
    expect(out).toContain('<!--?-->');
  });
});

const PARTS: PartName[] = ['timeline', 'actors', 'threats', 'figures', 'sources', 'map'];
const dir = mkdtempSync(join(tmpdir(), 'briefkit-nu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fragment in the smallest conforming document around it. */
const inDocument = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

/** A brief with what the fixtures lack: a date range in a key fact and in the title block. */
function withRanges(): Brief {
  const brief = structuredClone(fullBrief) as Brief;
  brief.asOf = '2015/2016';
  return brief;
}

describe.skipIf(nuCheckerUnavailable)(
  `the Nu HTML Checker${nuCheckerUnavailable ? ` (skipped: ${nuCheckerUnavailable})` : ''}`,
  () => {
    it('finds no error in renderBriefPage, renderBrief and every part rendered alone', async () => {
      const pages: Record<string, string> = {
        'page.html': await renderBriefPage(fullBrief, { toc: true, scriptSrc: '/bundle-hydrate.js' }),
        'page-fr-dark.html': await renderBriefPage(fullBrief, { lang: 'fr', theme: 'dark', headingLevel: 3 }),
        'page-minimal.html': await renderBriefPage(minimalBrief),
        'page-ranges.html': await renderBriefPage(withRanges()),
      };
      for (const part of PARTS) pages[`${part}.html`] = inDocument(await renderPart(part, fullBrief));
      const files = Object.entries(pages).map(([name, markup]) => {
        const file = join(dir, name);
        writeFileSync(file, markup);
        return file;
      });
      const errors = await nuCheckerErrors(files);
      expect(errors.map((e) => e.slice(dir.length + 1))).toEqual([]);
    }, 120_000);
  },
);
