import type { Brief } from '@briefkit/schema';
import { contestedBrief } from '@briefkit/schema/fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { SecurityBriefActors } from '../parts/actors/actors.js';
import { SecurityBriefFigures } from '../parts/figures/figures.js';
import { SecurityBriefTimeline } from '../parts/timeline/timeline.js';
import { SecurityBrief } from '../security-brief/security-brief.js';
import { layoutText, mountPart, shadow } from '../test/mount.js';

type Part = HTMLElement & { brief?: Brief; updateComplete: Promise<unknown> };

const parts = {
  'security-brief-figures': SecurityBriefFigures,
  'security-brief-timeline': SecurityBriefTimeline,
  'security-brief-actors': SecurityBriefActors,
  'security-brief': SecurityBrief,
} as const;

const mount = (tag: keyof typeof parts, brief: Brief = contestedBrief, attributes = {}) =>
  mountPart<Part>(tag, parts[tag], brief, attributes);

/** Each estimate's claimant, number and group, as a reader reads them. */
function estimates(root: ParentNode): string[][] {
  return [...root.querySelectorAll('[part="estimates"]')].map((list) =>
    [...list.querySelectorAll('[part="estimate"]')].map((e) =>
      [
        layoutText(e.querySelector('.estimate-by')),
        layoutText(e.querySelector('.estimate-value')),
        layoutText(e.querySelector('.estimate-group')),
      ].join(' | '),
    ),
  ) as string[][];
}

const ALL_THREE = [
  'Ruritanian Armed Forces | 203 | terrorists',
  'Northvale Rights Watch | about 300 | civilians',
  'UN Mission in Ruritania | at least 500 | civilians',
];

afterEach(() => {
  document.body.replaceChildren();
  document.body.removeAttribute('style');
});

describe('a contested quantity', () => {
  it("shows every claimant's estimate side by side on the figure's card, under the range they span", async () => {
    document.body.style.inlineSize = '60rem';
    const el = await mount('security-brief-figures');
    const root = shadow(el);
    const card = root.querySelector('[part="figure"]') as HTMLElement;
    expect(layoutText(card.querySelector('[part="value"]'))).toBe('203–500 3 estimates');
    expect(estimates(card)).toEqual([ALL_THREE]);
    const boxes = [...card.querySelectorAll('[part="estimate"]')].map((e) => e.getBoundingClientRect());
    // Side by side: one row, left to right.
    expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
    expect(boxes[0]!.left).toBeLessThan(boxes[1]!.left);
    expect(boxes[1]!.left).toBeLessThan(boxes[2]!.left);
    // The contested card takes the whole row.
    const grid = root.querySelector('[part="grid"]') as HTMLElement;
    expect(Math.round(card.getBoundingClientRect().width)).toBe(
      Math.round(grid.getBoundingClientRect().width),
    );
  });

  it('says who disputes whom, cites the sourced estimates and marks the unsourced one', async () => {
    const el = await mount('security-brief-figures');
    const items = [...shadow(el).querySelectorAll('[part="estimate"]')];
    expect(items.map((e) => layoutText(e.querySelector('.estimate-disputes')))).toEqual([
      '',
      'disputes Ruritanian Armed Forces',
      'disputes Ruritanian Armed Forces',
    ]);
    expect(items.map((e) => e.querySelectorAll('[part="citation"]').length)).toEqual([1, 1, 0]);
    expect(items.map((e) => layoutText(e.querySelector('[part="unsourced"]')))).toEqual([
      '',
      '',
      'unsourced',
    ]);
  });

  it("shows the toll's estimates in the timeline, with its dates in the brief's language", async () => {
    const host = document.createElement('div');
    host.lang = 'en';
    document.body.append(host);
    const el = document.createElement('security-brief-timeline') as Part;
    if (!customElements.get('security-brief-timeline'))
      customElements.define('security-brief-timeline', SecurityBriefTimeline);
    el.brief = contestedBrief;
    host.append(el);
    await el.updateComplete;
    const root = shadow(el);
    // An en page, an en-GB brief: the brief's region decides how dates are written.
    expect(layoutText(root.querySelector('[part="date"]'))).toBe('27–31 March 2022');
    expect(layoutText(root.querySelector('[part="casualties"]'))).toBe('203–500 people killed');
    expect(estimates(root)).toEqual([ALL_THREE]);
    // Side by side with the numbers on one line, even where a claimant's name wraps.
    host.style.inlineSize = '48rem';
    const lines = [...root.querySelectorAll('.estimate-by')].map((n) => {
      const range = document.createRange();
      range.selectNodeContents(n);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(Math.max(...lines)).toBeGreaterThan(1);
    const tops = [...root.querySelectorAll('.estimate-value')].map((v) =>
      Math.round(v.getBoundingClientRect().top),
    );
    expect(new Set(tops).size).toBe(1);
    expect(
      [...root.querySelectorAll('[part="estimate"] .estimate-meta > span:first-child')].map(layoutText),
    ).toEqual(['1 April 2022', '5 April 2022', '12 May 2022']);
  });

  it('marks a claim without sources as unsourced, and shows the number a claim carries', async () => {
    const el = await mount('security-brief-timeline');
    const claims = [...shadow(el).querySelectorAll('[part="claim"]')];
    expect(claims.map((c) => layoutText(c.querySelector('[part="unsourced"]')))).toEqual(['', 'unsourced']);
    expect(layoutText(claims[0]!.querySelector('.claim-quantity'))).toBe('203 terrorists');
    const actors = await mount('security-brief-actors');
    const un = shadow(actors).querySelector('#entity-un-finding');
    expect(layoutText(un?.querySelector('[part="unsourced"]'))).toBe('unsourced');
  });

  it('lists the estimates in a key-facts box', async () => {
    const el = await mount('security-brief');
    const box = shadow(el).querySelector('[part="key-facts"]') as HTMLElement;
    expect(estimates(box)).toEqual([ALL_THREE, ALL_THREE]);
    expect(layoutText(box.querySelector('.fact-value'))).toBe('203–500 people');
  });

  it('speaks French around the numbers', async () => {
    const el = await mount('security-brief-figures', { ...contestedBrief, language: 'fr' }, { lang: 'fr' });
    const root = shadow(el);
    expect(layoutText(root.querySelector('[part="value"]'))).toBe('203 à 500 3 estimations');
    expect(layoutText(root.querySelector('[part="unsourced"]'))).toBe('sans source');
    expect(layoutText(root.querySelectorAll('.estimate-disputes')[1])).toBe(
      'conteste Ruritanian Armed Forces',
    );
  });
});
