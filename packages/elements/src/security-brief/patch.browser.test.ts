import type { Brief } from '@briefkit/schema';
import { fullBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
import '../define.js';
import { mountClient, shadow } from '../test/mount.js';

// An update that only edits entities (an event's title, a figure's value) re-renders the units that show
// them and commits them alone; every other update renders the whole element. Either way the element must
// show exactly what a fresh element shows for the same brief.

/** The shadow root's markup, without Lit's own comment markers (they differ between renders). */
const markup = (root: ShadowRoot) => root.innerHTML.replace(/<!--[\s\S]*?-->/g, '');

async function freshMarkup(brief: Brief): Promise<string> {
  return markup(shadow(await mountClient(structuredClone(brief))));
}

type Edit = (b: Brief) => Brief;

/** The full fixture, its lede also mentioning a place and a threat, so an edit of either shows. */
const base: Brief = {
  ...fullBrief,
  lede: [
    ...(fullBrief.lede ?? []),
    { type: 'text', text: ' Near ' },
    { type: 'mention', entity: 'kunduz', text: 'Kunduz' },
    { type: 'text', text: ', ' },
    { type: 'mention', entity: 'threat-taliban', text: 'the Taliban threat' },
    { type: 'text', text: '.' },
  ],
};

const editEvent =
  (id: string, change: Record<string, unknown>): Edit =>
  (b) => ({ ...b, events: (b.events ?? []).map((e) => (e.id === id ? { ...e, ...change } : e)) });

const edits: Array<[string, Edit]> = [
  ['an event’s title', editEvent('sep-2015-attacks', { title: 'Attacks on a ministry' })],
  ['an event’s date', editEvent('sep-2015-attacks', { date: '2015-09-05' })],
  [
    'a place’s description',
    (b) => ({
      ...b,
      places: (b.places ?? []).map((p) => (p.id === 'kunduz' ? { ...p, description: 'A city' } : p)),
    }),
  ],
  [
    'a figure’s value',
    (b) => ({
      ...b,
      figures: (b.figures ?? []).map((f) =>
        f.id === 'civil-war-deaths' ? { ...f, quantity: { value: 50_000 } } : f,
      ),
    }),
  ],
  [
    'a threat’s title',
    (b) => ({
      ...b,
      threats: (b.threats ?? []).map((t) =>
        t.id === 'threat-taliban' ? { ...t, title: 'Taliban on the border' } : t,
      ),
    }),
  ],
  [
    'two entities at once',
    (b) => editEvent('civil-war', { title: 'War' })(editEvent('peace-agreement', { title: 'Peace' })(b)),
  ],
  // Not an edit the element can apply alone: it renders the whole element.
  ['an event’s sources', editEvent('sep-2015-attacks', { sources: ['src-agreement', 'src-civil-war'] })],
  ['an event’s id', editEvent('sep-2015-attacks', { id: 'attacks-2015' })],
  [
    'an event, with the events in another order',
    (b) => editEvent('sep-2015-attacks', { title: 'War' })({ ...b, events: [...(b.events ?? [])].reverse() }),
  ],
  ['an event and the title', (b) => ({ ...editEvent('civil-war', { title: 'War' })(b), title: 'New title' })],
];

describe('<security-brief> updates that edit entities', () => {
  it.each(edits)('shows %s as a fresh element would', async (_name, edit) => {
    const el = await mountClient(structuredClone(base));
    const before = markup(shadow(el));
    const next = edit(el.brief as Brief);
    el.brief = next;
    await el.updateComplete;
    const after = markup(shadow(el));
    expect(after).not.toBe(before);
    expect(after).toBe(await freshMarkup(next));
  });

  it('changes nothing for an edit of an entity the brief shows nowhere', async () => {
    const el = await mountClient(structuredClone(fullBrief));
    const before = markup(shadow(el));
    el.brief = {
      ...(el.brief as Brief),
      places: (fullBrief.places ?? []).map((p) => (p.id === 'vahdat' ? { ...p, name: 'Vahdat city' } : p)),
    };
    await el.updateComplete;
    expect(markup(shadow(el))).toBe(before);
  });

  it('keeps every edit through a run of them, and through full updates between them', async () => {
    const el = await mountClient(structuredClone(base));
    const steps: Edit[] = [
      editEvent('sep-2015-attacks', { title: 'First' }),
      editEvent('civil-war', { title: 'Second' }),
      (b) => ({
        ...b,
        places: (b.places ?? []).map((p) => (p.id === 'kunduz' ? { ...p, name: 'Kondoz' } : p)),
      }),
      (b) => ({ ...b, title: 'A full update' }),
      editEvent('sep-2015-attacks', { title: 'Third' }),
      editEvent('sep-2015-attacks', { sources: ['src-agreement'] }),
      editEvent('sep-2015-attacks', { title: 'Fourth' }),
    ];
    let brief = el.brief as Brief;
    for (const step of steps) {
      brief = step(brief);
      el.brief = brief;
      await el.updateComplete;
    }
    expect(markup(shadow(el))).toBe(await freshMarkup(brief));
  });

  it('renders the whole brief again after showing something else in between', async () => {
    const el = await mountClient(structuredClone(fullBrief));
    const first = el.brief as Brief;
    el.brief = undefined;
    await el.updateComplete;
    expect(shadow(el).querySelector('article')).toBeNull();
    const next = editEvent('sep-2015-attacks', { title: 'After a gap' })(first);
    el.brief = next;
    await el.updateComplete;
    expect(markup(shadow(el))).toBe(await freshMarkup(next));
  });

  it('reads none of the brief’s sections for an edit of one event: the work is that of the change', async () => {
    const el = await mountClient(structuredClone(fullBrief));
    const brief = el.brief as Brief;
    let reads = 0;
    // The same sections behind a proxy that counts every look at an entry: the element reads them all to
    // render the whole body, and none to re-render the units that show one event.
    const sections = new Proxy(brief.sections ?? [], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const counted = { ...brief, sections };
    el.brief = counted;
    await el.updateComplete;
    expect(reads).toBeGreaterThan(0);
    reads = 0;
    el.brief = editEvent('sep-2015-attacks', { title: 'Attacks on a ministry' })(counted);
    await el.updateComplete;
    expect(reads).toBe(0);
    expect(shadow(el).getElementById('entity-sep-2015-attacks')?.textContent).toContain(
      'Attacks on a ministry',
    );
  });
});
