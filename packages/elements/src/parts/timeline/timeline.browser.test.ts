import type { Brief } from '@briefkit/schema';
import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { layoutText, mountPart } from '../../test/mount.js';
import { SecurityBriefTimeline } from './timeline.js';

const mount = (brief: Brief, attributes: Record<string, string> = {}) =>
  mountPart<SecurityBriefTimeline>('security-brief-timeline', SecurityBriefTimeline, brief, attributes);

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const text = layoutText;

afterEach(() => {
  document.body.replaceChildren();
});

describe('<security-brief-timeline>', () => {
  it('lists the events in date order, ranges by their start, in an ordered list', async () => {
    const shuffled = { ...fullBrief, events: [...(fullBrief.events ?? [])].reverse() };
    const el = await mount(shuffled);
    const items = [...root(el).querySelectorAll('ol > li')];
    expect(items.map((li) => li.id)).toEqual([
      'event-civil-war',
      'event-peace-agreement',
      'event-sep-2015-attacks',
      'event-kunduz-seized',
      'event-irpt-banned',
    ]);
  });

  it('shows each date at the precision it was written, machine-readable where it can be', async () => {
    const el = await mount(fullBrief);
    const dates = [...root(el).querySelectorAll('[part="date"]')].map((d) => [
      text(d),
      d.localName,
      d.getAttribute('datetime'),
    ]);
    expect(dates).toEqual([
      ['1992–1997', 'span', null],
      ['June 1997', 'time', '1997-06'],
      // The brief says `en`, and Intl writes full dates in that locale as Americans do.
      ['September 4, 2015', 'time', '2015-09-04'],
      ['September 28, 2015', 'time', '2015-09-28'],
      ['September 29, 2015', 'time', '2015-09-29'],
    ]);
  });

  it('writes dates the way the language does', async () => {
    const brief = {
      ...minimalBrief,
      events: [
        { id: 'e', title: 'Élections', date: '2015-09' },
        { id: 'f', title: 'Attaques', date: '2015-09-04' },
        { id: 'g', title: 'Année', date: '2016' },
      ],
    } as Brief;
    const el = await mount(brief, { lang: 'fr' });
    expect([...root(el).querySelectorAll('time')].map(text)).toEqual([
      'septembre 2015',
      '4 septembre 2015',
      '2016',
    ]);
    expect(text(root(el).querySelector('[part="heading"]'))).toBe('Chronologie');
  });

  it('names places and actors, and counts casualties by group and outcome', async () => {
    const el = await mount(fullBrief);
    const attack = root(el).getElementById('event-sep-2015-attacks');
    const facts = [...(attack?.querySelectorAll('.facts > div') ?? [])].map(
      (row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`,
    );
    expect(facts).toEqual([
      'Places: Dushanbe, Vahdat',
      'Actors: Abduhalim Nazarzoda',
      'Casualties: 9 police officers killed, 13 militants killed',
    ]);
  });

  it('attributes every claim to whoever made it, the denial beside the account', async () => {
    const el = await mount(fullBrief);
    const claims = [
      ...(root(el).getElementById('event-sep-2015-attacks')?.querySelectorAll('[part="claim"]') ?? []),
    ];
    expect(claims.map((c) => text(c.querySelector('.attribution')))).toEqual([
      'Account by Government of Tajikistan, September 2015',
      'Denial by Abduhalim Nazarzoda, September 2015',
    ]);
    expect(text(claims[0])).toContain('“developed a concrete plan in order to launch an armed attack”');
    expect(text(claims[1])).toContain('disputes account by Government of Tajikistan');
    // A claim that points at its event is shown there even if the event does not list it.
    const banned = root(el).getElementById('event-irpt-banned');
    expect(text(banned?.querySelector('.attribution'))).toBe(
      'Designation by Supreme Court of Tajikistan, September 29, 2015',
    );
  });

  it('numbers citations as the whole brief does', async () => {
    const el = await mount(fullBrief);
    const cite = (id: string) =>
      [...(root(el).getElementById(id)?.querySelectorAll('.event-title sup.cite') ?? [])].map(text);
    // src-civil-war is source 1, src-agreement 2, src-statement 3 in the brief's own numbering.
    expect(cite('event-civil-war')).toEqual(['1']);
    expect(cite('event-peace-agreement')).toEqual(['2']);
    expect(cite('event-sep-2015-attacks')).toEqual(['3']);
  });

  it('uses real headings one level below its own', async () => {
    const el = await mount(fullBrief, { 'heading-level': '3' });
    expect(root(el).querySelector('[part="heading"]')?.localName).toBe('h3');
    expect(root(el).querySelector('.event-title')?.localName).toBe('h4');
  });

  it('mirrors its rule and dates for right-to-left pages', async () => {
    await page.viewport(900, 1000);
    const el = await mount(fullBrief, { dir: 'rtl' });
    const what = root(el).querySelector('.what') as Element;
    expect(getComputedStyle(what).borderRightWidth).toBe('2px');
    expect(getComputedStyle(what).borderLeftWidth).toBe('0px');
    const when = root(el).querySelector('.when')?.getBoundingClientRect();
    expect(when?.left).toBeGreaterThan(what.getBoundingClientRect().left);
  });

  it('treats content as text, never markup', async () => {
    const brief = {
      ...minimalBrief,
      events: [{ id: 'x', title: '<img src=x onerror="window.pwned=1">', date: '2015' }],
    } as Brief;
    const el = await mount(brief);
    expect(root(el).querySelector('img')).toBeNull();
    expect(text(root(el).querySelector('.event-title'))).toContain('<img');
  });

  it('says so when there are no events, and survives garbage', async () => {
    const el = await mount(minimalBrief);
    expect(text(root(el).querySelector('p'))).toBe('No events in this brief.');
    el.brief = {
      ...minimalBrief,
      events: [null, { id: 'a', title: 'A', date: 'someday' }],
    } as unknown as Brief;
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="date"]'))).toBe('someday');
  });

  it('has no accessibility violations, and looks like a publication', async () => {
    await page.viewport(900, 1000);
    const el = await mount(fullBrief);
    const results = await axe.run(el);
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.screenshot({ element: el, path: '../../../test-output/timeline.png' });
  });
});
