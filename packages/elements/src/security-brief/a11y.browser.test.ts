import { fullBrief } from '@briefkit/schema/fixtures';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import '../define.js';
import { outline } from '../test/brief-expectations.js';
import { freshContainer, shadow } from '../test/mount.js';
import type { SecurityBrief } from './security-brief.js';

async function hostPage(attrs: Record<string, string>, before = ''): Promise<SecurityBrief> {
  const main = freshContainer();
  main.innerHTML = before;
  main.style.cssText = 'max-width: 50rem; margin: 0 auto; padding: 24px;';
  const el = document.createElement('security-brief');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.brief = fullBrief;
  main.append(el);
  await el.updateComplete;
  return el;
}

async function violations(el: Element): Promise<string[]> {
  const result = await axe.run(el.parentElement as Element, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    // The test page is not a whole document; these rules judge the page, not the element.
    rules: {
      region: { enabled: false },
      'landmark-one-main': { enabled: false },
      'page-has-heading-one': { enabled: false },
    },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it('has no violations for the full brief, light', async () => {
    const el = await hostPage({ theme: 'light', toc: '' });
    expect(await violations(el)).toEqual([]);
  });

  it('has no violations for the full brief, dark', async () => {
    document.body.style.background = '#000';
    try {
      const el = await hostPage({ theme: 'dark', toc: '' });
      expect(await violations(el)).toEqual([]);
    } finally {
      document.body.style.background = '';
    }
  });

  it('has no violations with heading-level=3 under the page’s own h1 and h2, and the outline continues', async () => {
    const el = await hostPage({ 'heading-level': '3' }, '<h1>Country notes</h1><h2>Central Asia</h2>');
    expect(await violations(el)).toEqual([]);
    const levels = [
      ...[...document.querySelectorAll('main > h1, main > h2')].map((h) => Number(h.tagName[1])),
      ...outline(shadow(el)).map((h) => Number(h.split(' ')[0])),
    ];
    expect(levels.slice(0, 4)).toEqual([1, 2, 2, 3]);
    for (let i = 1; i < levels.length; i++)
      expect((levels[i] ?? 0) - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
  });
});

describe('screenshots (test-output/*.png)', () => {
  it('saves the full brief on screen, in dark, right-to-left and in print', async () => {
    await commands.resizeTab(1400, 4200);
    await page.viewport(900, 4000);
    await hostPage({ theme: 'light', toc: '' });
    await commands.screenshotElement('main', 'full-brief-screen');
    await hostPage({ theme: 'dark' });
    document.body.style.background = '#14171b';
    await commands.screenshotElement('main', 'full-brief-dark');
    document.body.style.background = '';
    const rtl = await hostPage({ dir: 'rtl' });
    rtl.brief = { ...fullBrief, language: 'ar' };
    await rtl.updateComplete;
    await commands.screenshotElement('main', 'full-brief-rtl');
    await hostPage({ toc: '' });
    await commands.emulateMedia('print');
    try {
      await commands.screenshotElement('main', 'full-brief-print');
    } finally {
      await commands.emulateMedia('screen');
    }
    expect(true).toBe(true);
  });
});
