import type { Brief } from '@briefkit/schema';
import { minimalBrief } from '@briefkit/schema/fixtures';
import { afterEach, expect, it } from 'vitest';
import '../../define.js';
import { freshContainer, layoutText, shadow } from '../../test/mount.js';

async function mount(brief: Brief, width = '60rem') {
  const el = document.createElement('security-brief-actors');
  el.brief = brief;
  const box = freshContainer();
  box.style.inlineSize = width;
  box.append(el);
  await el.updateComplete;
  return shadow(el);
}

afterEach(() => document.body.replaceChildren());

const person = (id: string, name: string) => ({ id, kind: 'person', name }) as const;

it('stacks the actors in columns with no hole beside a long card', async () => {
  const long = Array.from({ length: 8 }, (_, i) => ({
    id: `claim-${i}`,
    kind: 'statement' as const,
    claimant: 'a',
    text: `Statement number ${i} made at some length so that it wraps over more than one line of the card.`,
    sources: ['src'],
  }));
  const root = await mount({
    ...minimalBrief,
    actors: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => person(id, `Person ${id.toUpperCase()}`)),
    claims: long,
    sources: [{ id: 'src', title: 'A source', linkUnknown: true }],
  } as Brief);
  const cards = [...root.querySelectorAll('.actor')].map((c) => c.getBoundingClientRect());
  const columns = new Set(cards.map((c) => Math.round(c.left)));
  expect(columns.size).toBeGreaterThan(1);
  // Within each column, each card starts right below the one above it: at most a line's gap, whatever the
  // height of the cards beside it.
  const lineHeight = Number.parseFloat(getComputedStyle(root.querySelector('.actor') as Element).lineHeight);
  for (const left of columns) {
    const column = cards.filter((c) => Math.round(c.left) === left).sort((x, y) => x.top - y.top);
    for (let i = 1; i < column.length; i++) {
      expect(column[i]!.top - column[i - 1]!.bottom).toBeLessThan(lineHeight);
    }
  }
});

it("lists a claim whose subjects are events, not actors, on its claimant's card", async () => {
  const root = await mount({
    ...minimalBrief,
    actors: [person('spokesman', 'The Spokesman')],
    events: [{ id: 'raid', title: 'The raid', date: '2015' }],
    claims: [
      {
        id: 'raid-account',
        kind: 'account',
        claimant: 'spokesman',
        subjects: ['raid'],
        text: 'The raid was lawful.',
      },
    ],
  } as Brief);
  const card = root.getElementById('entity-spokesman');
  expect(layoutText(card?.querySelector('.claim-text'))).toBe('“The raid was lawful.”');
  expect(root.getElementById('entity-raid-account')).not.toBeNull();
});

it('quotes each claim a denial disputes, in a list, without doubling their full stops', async () => {
  const root = await mount({
    ...minimalBrief,
    actors: [person('gov', 'The Government'), person('general', 'The General')],
    claims: [
      {
        id: 'one',
        kind: 'account',
        claimant: 'gov',
        subjects: ['general'],
        text: 'Civilians were executed in Moura.',
      },
      { id: 'two', kind: 'account', claimant: 'gov', subjects: ['general'], text: 'There were 300 of them.' },
      {
        id: 'denial',
        kind: 'denial',
        claimant: 'general',
        subjects: ['general'],
        text: 'He denied it',
        disputes: ['one', 'two'],
      },
    ],
  } as Brief);
  const denial = root.getElementById('entity-denial');
  expect(layoutText(denial?.querySelector('.attribution'))).toBe(
    '— Denial by The General; disputes “Civilians were executed in Moura.” and “There were 300 of them.”',
  );
  // In French, French quotation marks and "et".
  const el = root.host as HTMLElement & { updateComplete: Promise<boolean> };
  el.setAttribute('lang', 'fr');
  await el.updateComplete;
  expect(layoutText(root.getElementById('entity-denial')?.querySelector('.attribution'))).toBe(
    '— Démenti par The General; conteste «\u00a0Civilians were executed in Moura.\u00a0» et «\u00a0There were 300 of them.\u00a0»',
  );
});

it('never breaks a column inside an actor’s name', async () => {
  // Names of two and three lines in 17rem columns, in lists of several lengths: balancing the columns puts
  // the break somewhere different each time.
  const names = [
    'Supreme Court of the Republic of Tajikistan (Supreme Court)',
    'Ministry of Internal Affairs of the Republic (Interior Ministry)',
    'State Committee for National Security (GKNB)',
  ];
  for (let n = 4; n <= 12; n++) {
    const root = await mount(
      {
        ...minimalBrief,
        actors: Array.from({ length: n }, (_, i) => person(`p${i}`, names[i % names.length] as string)),
      } as Brief,
      '36rem',
    );
    const split = [...root.querySelectorAll('.actor dt')].filter((dt) => dt.getClientRects().length > 1);
    expect(
      split.map((dt) => dt.textContent?.trim()),
      `${n} actors`,
    ).toEqual([]);
  }
});
