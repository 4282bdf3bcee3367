import type { Brief } from '@briefkit/schema';
import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { layoutText, mountPart } from '../../test/mount.js';
import { SecurityBriefThreats } from './threats.js';

const mount = (brief: Brief, attributes: Record<string, string> = {}) =>
  mountPart<SecurityBriefThreats>('security-brief-threats', SecurityBriefThreats, brief, attributes);

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const text = layoutText;
const fields = (threat: Element | null) =>
  [...(threat?.querySelectorAll('.assessment > div') ?? [])].map(
    (row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`,
  );

afterEach(() => {
  document.body.replaceChildren();
});

describe('<security-brief-threats>', () => {
  it('groups internal threats apart from external ones, internal first', async () => {
    const el = await mount(fullBrief);
    const groups = [...root(el).querySelectorAll('[part="group"]')].map((group) => ({
      heading: text(group.querySelector('[part="group-heading"]')),
      threats: [...group.querySelectorAll('[part="threat"]')].map((t) => t.id),
    }));
    expect(groups).toEqual([
      { heading: 'Internal threats', threats: ['entity-threat-extremism'] },
      { heading: 'External threats', threats: ['entity-threat-taliban'] },
    ]);
  });

  it('labels trend, likelihood and confidence as separate fields in ICD 203 words', async () => {
    const el = await mount(fullBrief);
    expect(fields(root(el).getElementById('entity-threat-extremism'))).toEqual([
      'Trend: increasing',
      'Likelihood: likely',
      'Confidence: moderate',
    ]);
    // The external threat makes no likelihood or confidence judgment: none is invented.
    expect(fields(root(el).getElementById('entity-threat-taliban'))).toEqual(['Trend: increasing']);
  });

  it('gives the trend an arrow that does not repeat the word to screen readers', async () => {
    const el = await mount(fullBrief);
    const icon = root(el).querySelector('.trend-increasing svg');
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
    expect(icon?.querySelector('path')?.getAttribute('d')).toBeTruthy();
  });

  it('names the actors and the responses with who responds', async () => {
    const el = await mount(fullBrief);
    const extremism = root(el).getElementById('entity-threat-extremism');
    expect(text(extremism?.querySelector('.facts dd'))).toBe(
      'Islamic Renaissance Party of Tajikistan, Abduhalim Nazarzoda',
    );
    expect(text(extremism?.querySelector('.description'))).toBe(
      'Repression of the Islamist opposition may backfire.',
    );
    const responses = [
      ...(root(el).getElementById('entity-threat-taliban')?.querySelectorAll('.responses li') ?? []),
    ];
    expect(responses.map((li) => text(li.querySelector('.actor')))).toEqual(['Russia']);
    expect(text(responses[0])).toContain('Plans to send more personnel to help control the border.');
    expect(text(responses[0]?.querySelector('sup'))).toBe('1');
  });

  it('speaks French', async () => {
    const el = await mount(fullBrief, { lang: 'fr' });
    expect(text(root(el).querySelector('[part="group-heading"]'))).toBe('Menaces intérieures');
    expect(fields(root(el).getElementById('entity-threat-extremism'))).toEqual([
      'Tendance: en hausse',
      'Probabilité: probable',
      'Confiance: modérée',
    ]);
  });

  it('shows every likelihood on a seven-step scale', async () => {
    const brief = {
      ...minimalBrief,
      threats: [
        { id: 'a', title: 'A', scope: 'internal', likelihood: 'almost-no-chance', confidence: 'high' },
        { id: 'b', title: 'B', scope: 'internal', likelihood: 'almost-certain', trend: 'decreasing' },
        { id: 'c', title: 'C', scope: 'internal', likelihood: 'surely' },
      ],
    } as Brief;
    const el = await mount(brief);
    const on = (id: string) => root(el).querySelectorAll(`#entity-${id} .likelihood .step.on`).length;
    expect(on('a')).toBe(1);
    expect(on('b')).toBe(7);
    // A value outside the format is not shown as a judgment.
    expect(root(el).querySelector('#entity-c .assessment')).toBeNull();
    expect(fields(root(el).getElementById('entity-b'))).toEqual([
      'Trend: decreasing',
      'Likelihood: almost certain',
    ]);
  });

  it('says so when there is nothing to assess', async () => {
    const el = await mount(minimalBrief);
    expect(text(root(el).querySelector('p'))).toBe('No threats assessed in this brief.');
  });

  it('has no accessibility violations, and looks like a publication', async () => {
    await page.viewport(900, 800);
    const el = await mount(fullBrief);
    const results = await axe.run(el);
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.screenshot({ element: el, path: '../../../test-output/threats.png' });
  });
});
