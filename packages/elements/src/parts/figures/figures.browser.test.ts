import type { Brief } from '@briefkit/schema';
import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { layoutText, mountPart } from '../../test/mount.js';
import { SecurityBriefFigures } from './figures.js';

const mount = (brief: Brief, attributes: Record<string, string> = {}) =>
  mountPart<SecurityBriefFigures>('security-brief-figures', SecurityBriefFigures, brief, attributes);

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const text = layoutText;
const values = (el: Element) => [...root(el).querySelectorAll('[part="figure"] [part="value"]')].map(text);

const bounded = {
  ...minimalBrief,
  figures: [
    { id: 'a', label: 'Deaths', quantity: { value: 100000, qualifier: 'almost' }, unit: 'people' },
    { id: 'b', label: 'Fighters', quantity: { value: 1000, low: 1000, qualifier: 'over' }, unit: 'fighters' },
    { id: 'c', label: 'Recruits', quantity: { value: 1000, qualifier: 'up-to' } },
    { id: 'd', label: 'Arrests', quantity: { value: 200, low: 150, high: 250 } },
    { id: 'e', label: 'Share', quantity: { value: 30 }, unit: 'percent' },
  ],
} as Brief;

afterEach(() => {
  document.body.replaceChildren();
});

describe('<security-brief-figures>', () => {
  it('words each number with the bounds the brief gives, in English', async () => {
    const el = await mount(bounded);
    expect(values(el)).toEqual(['almost 100,000', 'over 1,000', 'up to 1,000', '150–250', '30%']);
  });

  it('words them in French, with a narrow no-break space between thousands', async () => {
    const el = await mount(bounded, { lang: 'fr' });
    expect(values(el)).toEqual([
      'près de 100\u202f000',
      'plus de 1\u202f000',
      'jusqu’à 1\u202f000',
      '150 à 250',
      '30\u00a0%',
    ]);
    expect(text(root(el).querySelector('[part="heading"]'))).toBe('Chiffres clés');
  });

  it('shows unit, what is counted, when and where, with the brief’s citation number', async () => {
    const el = await mount(fullBrief);
    const card = root(el).getElementById('entity-civil-war-deaths');
    expect(text(card?.querySelector('[part="value"]'))).toBe('almost 100,000');
    expect(text(card?.querySelector('[part="unit"]'))).toBe('people');
    expect(text(card?.querySelector('[part="label"]'))).toBe('Deaths in the civil war1');
    expect(text(card?.querySelector('[part="meta"]'))).toBe('1992–1997 · Dushanbe');
    const share = root(el).getElementById('entity-uto-share');
    expect(text(share?.querySelector('[part="value"]'))).toBe('30%');
    expect(share?.querySelector('[part="unit"]')).toBeNull();
    expect(share?.querySelector('time')?.getAttribute('datetime')).toBe('1997-06');
  });

  it('shows a rating with its rater, value and place on the scale', async () => {
    const el = await mount(fullBrief);
    const card = root(el).querySelector('[part="rating"]');
    expect(text(card?.querySelector('[part="value"]'))).toBe('consolidated authoritarian');
    expect(text(card?.querySelector('[part="label"]'))).toBe('Freedom House regime type: Tajikistan');
    expect(text(card?.querySelector('[part="meta"]'))).toBe(
      'rated by Freedom House, Nations in Transit · 20151',
    );
    expect(text(card?.querySelector('.scale-text'))).toBe(
      'category 1 of 5, from “consolidated authoritarian” to “consolidated democracy” (higher is better)',
    );
    expect([...(card?.querySelectorAll('.segment') ?? [])].map((s) => s.classList.contains('on'))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('places a numeric rating within its range', async () => {
    const brief = {
      ...fullBrief,
      ratings: [
        {
          id: 'score',
          rater: 'freedom-house',
          subject: 'tajikistan',
          scale: { name: 'Democracy score', min: 1, max: 7, direction: 'higher-is-better' },
          value: 1.14,
        },
      ],
    } as Brief;
    const el = await mount(brief);
    const card = root(el).getElementById('entity-score');
    expect(text(card?.querySelector('[part="value"]'))).toBe('1.14');
    expect(text(card?.querySelector('.scale-text'))).toBe('on a scale of 1 to 7 (higher is better)');
    expect(Number(card?.querySelector('.bar-fill')?.getAttribute('width'))).toBeCloseTo(2.3, 1);
  });

  it('says so when there is nothing to show', async () => {
    const el = await mount(minimalBrief);
    expect(text(root(el).querySelector('p'))).toBe('No key figures in this brief.');
  });

  it('has no accessibility violations, and looks like a publication', async () => {
    await page.viewport(900, 700);
    const el = await mount(fullBrief);
    const results = await axe.run(el);
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.screenshot({ element: el, path: '../../../test-output/figures.png' });
  });
});
