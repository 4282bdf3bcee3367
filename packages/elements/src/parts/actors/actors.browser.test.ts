import { fullBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
import '../../define.js';
import { outline } from '../../test/brief-expectations.js';
import { freshContainer, shadow } from '../../test/mount.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(headingLevel?: number) {
  const el = document.createElement('security-brief-actors');
  if (headingLevel) el.headingLevel = headingLevel;
  el.brief = fullBrief;
  freshContainer().append(el);
  await el.updateComplete;
  return el;
}

describe('<security-brief-actors> alone', () => {
  it('lists the actors grouped by kind under a heading at heading-level', async () => {
    const root = shadow(await mount(3));
    expect(outline(root).slice(0, 3)).toEqual(['3 Actors', '4 People', '4 Political parties']);
    expect(root.querySelectorAll('.actor')).toHaveLength(fullBrief.actors?.length ?? 0);
  });

  it('attributes each claim to who made it, and shows both sides of a dispute', async () => {
    const root = shadow(await mount());
    const nazarzoda = text(root.getElementById('entity-nazarzoda'));
    expect(nazarzoda).toContain(
      '“The attacks were an attempted coup by General Nazarzoda.” — Account by Government of Tajikistan, September 2015',
    );
    expect(nazarzoda).toContain(
      '“Nazarzoda denied his involvement.” — Denial by Abduhalim Nazarzoda, September 2015; disputes “The attacks were an attempted coup by General Nazarzoda.”',
    );
  });

  it('links memberships to their entries and moves focus there', async () => {
    const root = shadow(await mount());
    const link = root.querySelector<HTMLAnchorElement>('#entity-rahmon a[href="#entity-pdpt"]');
    expect(text(link)).toBe("People's Democratic Party of Tajikistan");
    link?.click();
    expect(root.activeElement?.id).toBe('entity-pdpt');
  });

  it('shows citation numbers that match the brief’s sources, without links it has no target for', async () => {
    const root = shadow(await mount());
    const cite = root.querySelector('#entity-rahmon sup.cite');
    expect(text(cite)).toBe('1');
    expect(cite?.querySelector('a')).toBeNull();
  });
});

describe('<security-brief-sources> alone', () => {
  it('numbers the sources in citation order, honestly, with no back-links to citations it does not show', async () => {
    const el = document.createElement('security-brief-sources');
    el.brief = fullBrief;
    freshContainer().append(el);
    await el.updateComplete;
    const root = shadow(el);
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => [li.getAttribute('value'), li.id])).toEqual([
      ['1', 'src-src-civil-war'],
      ['2', 'src-src-agreement'],
      ['3', 'src-src-statement'],
      ['4', 'src-src-eeas'],
    ]);
    expect(root.querySelectorAll('a.backlink')).toHaveLength(0);
    expect(root.querySelectorAll('a[href="#"]')).toHaveLength(0);
    expect(text(items[1])).toBe(
      'General Agreement on the Establishment of Peace and National Accord in Tajikistan. United Nations, June 27, 1997. (link not available)',
    );
  });
});
