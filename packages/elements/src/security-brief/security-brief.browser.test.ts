import type { Brief } from '@briefkit/schema';
import { fullBrief, invalidFixtures, minimalBrief } from '@briefkit/schema/fixtures';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineElements } from '../define.js';
import { SecurityBriefErrorEvent, SecurityBriefLoadEvent } from '../shared/events.js';
import { freshContainer, mountClient, shadow } from '../test/mount.js';
import { SecurityBrief } from './security-brief.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function fromSrc(src: string, timeout?: number): SecurityBrief {
  const el = document.createElement('security-brief');
  if (timeout) el.timeout = timeout;
  el.src = src;
  freshContainer().append(el);
  return el;
}

function nextEvent<K extends 'security-brief-load' | 'security-brief-error'>(
  target: EventTarget,
  type: K,
): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(type, (e) => resolve(e as HTMLElementEventMap[K]), { once: true }),
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<security-brief src>', () => {
  it('shows a loading state, then the brief, and fires security-brief-load on the document', async () => {
    const loaded = nextEvent(document, 'security-brief-load');
    const el = fromSrc('/__fixtures/ok');
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[role="status"]'))).toBe('Loading the brief…');
    const event = await loaded;
    expect(event).toBeInstanceOf(SecurityBriefLoadEvent);
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.brief.id).toBe(fullBrief.id);
    expect(text(shadow(el).querySelector('h1'))).toBe(fullBrief.title);
  });

  it.each([
    ['/__fixtures/missing', 'not-found', 'The brief was not found (HTTP 404).'],
    ['/__fixtures/broken', 'http', 'The server answered with an error (HTTP 500).'],
    ['/__fixtures/invalid-json', 'invalid-json', 'The file is not valid JSON.'],
    ['/__fixtures/not-a-brief', 'not-a-brief', 'The file is not a security brief: formatVersion is missing.'],
    [
      '/__fixtures/future',
      'not-a-brief',
      'The file is not a security brief: format version "2.0" is not supported (this element reads 1.x).',
    ],
    ['http://127.0.0.1:9/unreachable.json', 'network', 'The brief could not be fetched.'],
  ])('%s: shows an error and fires security-brief-error (%s)', async (src, kind, message) => {
    const failed = nextEvent(document, 'security-brief-error');
    const el = fromSrc(src);
    const event = await failed;
    expect(event).toBeInstanceOf(SecurityBriefErrorEvent);
    expect(event.cause.kind).toBe(kind);
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role="alert"]');
    expect(text(alert)).toBe(`The brief could not be shown. ${message}`);
  });

  it('gives up after `timeout` milliseconds', async () => {
    const failed = nextEvent(document, 'security-brief-error');
    const el = fromSrc('/__fixtures/slow?ms=5000', 300);
    expect((await failed).cause.kind).toBe('timeout');
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[role="alert"]'))).toContain('The brief took too long to load.');
  });

  it('never renders a slow answer that a new src replaced', async () => {
    const loads: string[] = [];
    const el = fromSrc('/__fixtures/slow?ms=600&title=Stale');
    el.addEventListener('security-brief-load', (e) => loads.push(e.brief.title));
    await el.updateComplete;
    el.src = '/__fixtures/ok';
    await nextEvent(el, 'security-brief-load');
    await new Promise((r) => setTimeout(r, 900));
    expect(loads).toEqual([fullBrief.title]);
    expect(text(shadow(el).querySelector('h1'))).toBe(fullBrief.title);
  });

  it('aborts its request when removed from the page, and asks again when put back', async () => {
    const events: string[] = [];
    const el = fromSrc('/__fixtures/slow?ms=300');
    el.addEventListener('security-brief-load', () => events.push('load'));
    el.addEventListener('security-brief-error', () => events.push('error'));
    await el.updateComplete;
    const parent = el.parentElement as HTMLElement;
    el.remove();
    await new Promise((r) => setTimeout(r, 500));
    expect(events).toEqual([]);
    const loaded = nextEvent(el, 'security-brief-load');
    parent.append(el);
    await loaded;
    expect(events).toEqual(['load']);
  });

  it('lets a brief given directly win over a request in flight', async () => {
    const el = fromSrc('/__fixtures/slow?ms=300&title=Late');
    await el.updateComplete;
    el.brief = minimalBrief;
    await new Promise((r) => setTimeout(r, 500));
    expect(text(shadow(el).querySelector('h1'))).toBe(minimalBrief.title);
  });
});

describe('<security-brief> with bad data', () => {
  it('shows an error state and fires security-brief-error instead of throwing', async () => {
    const brief = structuredClone(minimalBrief) as Brief;
    Object.defineProperty(brief, 'title', {
      get() {
        throw new Error('the title cannot be read');
      },
    });
    const failed = nextEvent(document, 'security-brief-error');
    const el = await mountClient(brief);
    expect((await failed).cause.kind).toBe('render');
    expect(text(shadow(el).querySelector('[role="alert"]'))).toContain('the title cannot be read');
  });

  it('renders markup in the data as text and never links a javascript: URL', async () => {
    const brief = structuredClone(minimalBrief) as Brief;
    brief.title = '<img src=x onerror="window.__pwned = 1">';
    brief.lede = [
      { type: 'text', text: '<script>window.__pwned = 1</script>' },
      { type: 'link', href: 'javascript:window.__pwned=1', text: 'click me' },
      { type: 'link', href: ' JAVA\tSCRIPT:alert(1)', text: 'and me' },
    ];
    brief.sources = [{ id: 'bad', title: 'Bad', url: 'javascript:alert(1)' }];
    brief.lede.push({ type: 'citation', source: 'bad' });
    const el = await mountClient(brief);
    const root = shadow(el);
    expect(root.querySelector('img, script')).toBeNull();
    expect(text(root.querySelector('h1'))).toBe('<img src=x onerror="window.__pwned = 1">');
    expect(
      [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')).filter((h) => !h?.startsWith('#')),
    ).toEqual([]);
    expect(text(root.getElementById('src-bad'))).toContain('Bad. (link not available)');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it.each(invalidFixtures.map((f) => [f.name, f.doc] as const))(
    'renders the invalid document “%s” or shows an error, never throws',
    async (_name, doc) => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      try {
        const el = await mountClient(doc as Brief);
        const root = shadow(el);
        expect(root.querySelector('article, [role="alert"], slot')).not.toBeNull();
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).toEqual([]);
    },
  );

  it('shows every section of a brief nested ten thousand levels deep', async () => {
    const brief = structuredClone(minimalBrief) as Brief;
    let section = { id: 'deep-0', title: 'Level 0', content: [], sections: [] } as NonNullable<
      Brief['sections']
    >[number];
    brief.sections = [section];
    for (let i = 1; i < 10_000; i++) {
      const next = { id: `deep-${i}`, title: `Level ${i}`, content: [], sections: [] };
      section.sections = [next];
      section = next;
    }
    const el = await mountClient(brief);
    const root = shadow(el);
    expect(root.querySelectorAll('section.section')).toHaveLength(10_000);
    expect(root.getElementById('sec-deep-9999')?.textContent?.trim()).toBe('Level 9999');
  });

  it('shows its light DOM (or a message) when there is no brief', async () => {
    const el = document.createElement('security-brief');
    el.innerHTML = '<a href="/brief.pdf">Read the brief (PDF)</a>';
    freshContainer().append(el);
    await el.updateComplete;
    const slot = shadow(el).querySelector('slot');
    expect(slot?.assignedElements().map((e) => e.textContent)).toEqual(['Read the brief (PDF)']);
  });
});

describe('<security-brief> citations', () => {
  /** The superscripts of `root` in order, by what they show: numbers, and the commas between them. */
  const superscripts = (root: Element | null | undefined) =>
    [...(root?.querySelectorAll('sup') ?? [])].map((sup) => `${sup.className}:${text(sup)}`);

  it('sets off a citation from one right before it with a comma, never across words', async () => {
    const brief = structuredClone(fullBrief) as Brief;
    brief.lede = [
      { type: 'text', text: 'One' },
      { type: 'citation', source: 'src-civil-war' },
      { type: 'citation', source: 'src-agreement' },
      { type: 'text', text: ' and two' },
      { type: 'citation', source: 'src-statement' },
      // The words of a citation of its own stand between it and the one before, as in "… was granted¹⁰ the
      // title … appointed¹¹".
      { type: 'citation', source: 'src-eeas', text: ' and appointed' },
    ];
    brief.sections[0]?.content.push({
      type: 'quote',
      paragraphs: [[{ type: 'text', text: 'A quotation.' }]],
      attribution: [
        { type: 'text', text: 'a speaker' },
        { type: 'citation', source: 'src-statement' },
      ],
      source: 'src-eeas',
    });
    const rahmon = brief.actors?.find((a) => a.id === 'rahmon');
    if (rahmon) rahmon.sources = ['src-agreement', 'src-civil-war'];
    const el = await mountClient(brief);
    const root = shadow(el);
    expect(text(root.querySelector('.lede'))).toBe('One1,2 and two3 and appointed4');
    expect(superscripts(root.querySelector('.lede'))).toEqual([
      'cite:1',
      'cite-sep:,',
      'cite:2',
      'cite:3',
      'cite:4',
    ]);
    expect(superscripts(root.querySelector('.quote-block figcaption'))).toEqual([
      'cite:3',
      'cite-sep:,',
      'cite:4',
    ]);
    expect(superscripts(root.querySelector('#entity-rahmon dt'))).toEqual(['cite:1', 'cite-sep:,', 'cite:2']);
    // The comma is not read out: each number's link says which source it is.
    expect(root.querySelector('sup.cite-sep')?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('<security-brief> updates', () => {
  const tipOf = (root: ShadowRoot, selector: string) =>
    text(root.getElementById(root.querySelector(selector)?.getAttribute('aria-describedby') ?? ''));

  it('shows a changed event everywhere it appears, and leaves the rest as it was', async () => {
    const el = await mountClient(fullBrief);
    const root = shadow(el);
    const untouched = root.querySelector('#sec-internal-threats p');
    const events = (fullBrief.events ?? []).map((e) =>
      e.id === 'sep-2015-attacks' ? { ...e, title: 'Attacks on a ministry and a police station' } : e,
    );
    el.brief = { ...fullBrief, events };
    await el.updateComplete;
    expect(text(root.getElementById('entity-sep-2015-attacks'))).toContain(
      'Attacks on a ministry and a police station',
    );
    expect(tipOf(root, '.lede a[href="#entity-sep-2015-attacks"]')).toBe(
      'Attacks on a ministry and a police station — September 4, 2015',
    );
    expect(root.querySelector('#sec-internal-threats p')).toBe(untouched);
  });

  it('changes only the text that shows the changed event', async () => {
    const el = await mountClient(fullBrief);
    const root = shadow(el);
    const changes: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records)
        changes.push(r.type === 'characterData' ? (r.target.textContent ?? '') : r.type);
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const events = (fullBrief.events ?? []).map((e) =>
      e.id === 'sep-2015-attacks' ? { ...e, title: 'Attacks on a ministry' } : e,
    );
    el.brief = { ...fullBrief, events };
    await el.updateComplete;
    observer.disconnect();
    // The key fact, and the tooltip of the lede's mention: nothing else is touched.
    expect(changes).toEqual(['Attacks on a ministry — September 4, 2015', 'Attacks on a ministry']);
  });

  it('gives a fact listed in several boxes one entry, in the first box, and moves it when that box goes', async () => {
    const sections = fullBrief.sections ?? [];
    const box = (facts: string[]) => ({ type: 'key-facts' as const, facts });
    const [first, second, ...rest] = sections;
    if (!first || !second) throw new Error('the fixture has two sections');
    const brief: Brief = {
      ...fullBrief,
      sections: [
        { ...first, content: [...first.content, box(['civil-war-deaths', 'civil-war-deaths'])] },
        { ...second, content: [...second.content, box(['civil-war-deaths'])] },
        ...rest,
      ],
    };
    const el = await mountClient(brief);
    const root = shadow(el);
    const entries = () => root.querySelectorAll('#entity-civil-war-deaths');
    expect(entries()).toHaveLength(1);
    expect(entries()[0]?.closest('section')?.id).toBe(`sec-${first.id}`);
    el.brief = { ...brief, sections: [first, ...(brief.sections ?? []).slice(1)] };
    await el.updateComplete;
    expect(entries()).toHaveLength(1);
    // The fixture's own box in the first section lists the fact too, and comes first.
    expect(entries()[0]?.closest('section')?.id).toBe(`sec-${first.id}`);
    el.brief = {
      ...brief,
      sections: (brief.sections ?? []).map((s, i) =>
        i === 0 ? { ...s, content: s.content.filter((b) => b.type !== 'key-facts') } : s,
      ),
    };
    await el.updateComplete;
    expect(entries()).toHaveLength(1);
    expect(entries()[0]?.closest('section')?.id).toBe(`sec-${second.id}`);
  });

  it('follows changes to actors, sources and the words’ language', async () => {
    const el = await mountClient(fullBrief);
    const root = shadow(el);
    const actors = (fullBrief.actors ?? []).map((a) =>
      a.id === 'nazarzoda' ? { ...a, role: 'Former deputy minister' } : a,
    );
    const sources = (fullBrief.sources ?? []).map((s) =>
      s.id === 'src-civil-war' ? { ...s, title: 'A history of the war' } : s,
    );
    el.brief = { ...fullBrief, actors, sources };
    await el.updateComplete;
    expect(tipOf(root, '#sec-internal-threats a[href="#entity-nazarzoda"]')).toBe(
      'Abduhalim Nazarzoda — Former deputy minister',
    );
    expect(text(root.getElementById('entity-nazarzoda'))).toContain('Former deputy minister');
    expect(text(root.getElementById('src-src-civil-war'))).toContain('A history of the war');
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(text(root.getElementById('src-src-civil-war'))).toContain('(lien non disponible)');
    expect(tipOf(root, '.lede a[href="#entity-sep-2015-attacks"]')).toBe(
      'Attacks in Dushanbe and Vahdat — 4 septembre 2015',
    );
  });
});

describe('<security-brief> back-links after updates', () => {
  const backLinks = (root: ShadowRoot, source: string) =>
    [...(root.getElementById(`src-${source}`)?.querySelectorAll<HTMLAnchorElement>('a.backlink') ?? [])].map(
      (a) => a.getAttribute('href'),
    );
  const withParagraph = (brief: Brief, content: NonNullable<Brief['sections']>[number]['content']) => ({
    ...brief,
    sections: (brief.sections ?? []).map((s, i) => (i === 0 ? { ...s, content } : s)),
  });

  it('links each source back to every citation of it as the text changes, and to nothing that is gone', async () => {
    const el = await mountClient(fullBrief);
    const root = shadow(el);
    expect(backLinks(root, 'src-agreement')).toHaveLength(1);
    const [first, ...rest] = fullBrief.sections?.[0]?.content ?? [];
    if (first?.type !== 'paragraph') throw new Error('the fixture starts with a paragraph');
    const cited = {
      ...first,
      content: [...first.content, { type: 'citation' as const, source: 'src-agreement', text: 'again' }],
    };
    el.brief = withParagraph(fullBrief, [cited, ...rest]);
    await el.updateComplete;
    const twice = backLinks(root, 'src-agreement');
    expect(twice).toHaveLength(2);
    for (const href of twice) expect(root.getElementById(href?.slice(1) ?? '')?.textContent).toBe('2');
    // An update elsewhere leaves the back-links as they are.
    el.brief = { ...(el.brief as Brief), title: 'Another title' };
    await el.updateComplete;
    expect(backLinks(root, 'src-agreement')).toEqual(twice);
    const civilWar = backLinks(root, 'src-civil-war').length;
    el.brief = withParagraph(fullBrief, [
      { ...first, content: first.content.filter((s) => s.type !== 'citation') },
      ...rest,
    ]);
    await el.updateComplete;
    expect(backLinks(root, 'src-agreement')).toEqual([]);
    // Still cited by a key fact and an actor, no longer by the paragraph.
    expect(backLinks(root, 'src-civil-war')).toHaveLength(civilWar - 1);
    const all = [...root.querySelectorAll('a.backlink')].map((a) => a.getAttribute('href')?.slice(1) ?? '');
    expect(all.filter((id) => !root.getElementById(id))).toEqual([]);
  });
});

describe('<security-brief> deep outlines', () => {
  it('goes past h6 with role="heading" and aria-level', async () => {
    const el = await mountClient(fullBrief, { headingLevel: 6 });
    const root = shadow(el);
    expect(root.querySelector('#sec-background > h6')).not.toBeNull();
    const deeper = root.querySelector('#sec-parliament > [role="heading"]');
    expect([deeper?.getAttribute('aria-level'), text(deeper)]).toEqual(['7', 'Parliament']);
    expect(root.querySelector('#sec-elections-2015 > [role="heading"]')?.getAttribute('aria-level')).toBe(
      '8',
    );
  });
});

describe('<security-brief> navigation', () => {
  it('Tab reaches a citation, Enter goes to the source, the back-link returns to the citation', async () => {
    const el = await mountClient(fullBrief);
    const root = shadow(el);
    const citation = root.querySelector<HTMLAnchorElement>('a[href="#src-src-agreement"]');
    expect(citation).not.toBeNull();
    // Tab through the page until the citation has focus, as a keyboard user would.
    for (let i = 0; i < 30 && root.activeElement !== citation; i++) await userEvent.tab();
    expect(root.activeElement).toBe(citation);
    await userEvent.keyboard('{Enter}');
    const entry = root.getElementById('src-src-agreement');
    expect(root.activeElement).toBe(entry);
    await userEvent.tab();
    const back = root.activeElement as HTMLAnchorElement;
    expect(back.classList.contains('backlink')).toBe(true);
    await userEvent.keyboard('{Enter}');
    expect(root.activeElement).toBe(citation);
  });

  it('shows a mention’s tooltip on focus and on hover', async () => {
    const el = await mountClient(fullBrief);
    const root = shadow(el);
    const mention = root.querySelector<HTMLElement>('.lede .mention');
    const tip = root.getElementById(mention?.getAttribute('aria-describedby') ?? '') as HTMLElement;
    expect(getComputedStyle(tip).display).toBe('none');
    mention?.focus();
    expect(getComputedStyle(tip).display).toBe('block');
    mention?.blur();
    expect(getComputedStyle(tip).display).toBe('none');
    await userEvent.hover(mention as HTMLElement);
    expect(getComputedStyle(tip).display).toBe('block');
    await userEvent.unhover(mention as HTMLElement);
  });

  it('moves focus to an actor’s entry when a mention is followed', async () => {
    const el = await mountClient(fullBrief);
    const root = shadow(el);
    root.querySelector<HTMLAnchorElement>('a.mention[href="#entity-nazarzoda"]')?.click();
    expect(root.activeElement?.id).toBe('entity-nazarzoda');
  });
});

describe('<security-brief> language, direction and theme', () => {
  it('speaks French when the element (or the page) says lang="fr"', async () => {
    const el = document.createElement('security-brief');
    el.setAttribute('lang', 'fr');
    el.brief = fullBrief;
    freshContainer().append(el);
    await el.updateComplete;
    const root = shadow(el);
    expect(text(root.querySelector('[part="meta"]'))).toContain('Publié le 1 février 2016');
    expect(text(root.querySelector('#actors-heading'))).toBe('Acteurs');
    expect(text(root.getElementById('src-src-civil-war'))).toContain('(lien non disponible)');
    expect(root.querySelector('.body .quote')?.textContent).toBe(
      '«\u00a0developed a concrete plan in order to launch an armed attack\u00a0»',
    );
    expect(root.querySelector('.fact')?.textContent).toContain('près de 100\u202f000 people');
    // The chrome is French, the content stays marked as English.
    expect(root.querySelector('article')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('#actors-heading')?.getAttribute('lang')).toBe('fr');
    expect(root.querySelector('[part~="meta"] .date span')?.getAttribute('lang')).toBe('fr');
  });

  it('follows the brief’s language when nothing on the page says otherwise', async () => {
    const pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const brief = { ...fullBrief, language: 'fr' };
      const el = await mountClient(brief);
      expect(text(shadow(el).querySelector('#sources-heading'))).toBe('Sources');
      expect(text(shadow(el).querySelector('#actors-heading'))).toBe('Acteurs');
      expect(shadow(el).querySelector('#actors-heading')?.hasAttribute('lang')).toBe(false);
    } finally {
      if (pageLang) document.documentElement.setAttribute('lang', pageLang);
    }
  });

  it('lays a right-to-left brief out from the right', async () => {
    const brief = { ...fullBrief, language: 'ar' };
    const el = await mountClient(brief);
    const article = shadow(el).querySelector('article') as HTMLElement;
    expect(article.getAttribute('dir')).toBe('rtl');
    const quote = shadow(el).querySelector('.quote-block') as HTMLElement;
    expect(getComputedStyle(quote).borderRightWidth).toBe('3px');
    expect(getComputedStyle(quote).borderLeftWidth).toBe('0px');
    const box = article.getBoundingClientRect();
    const title = (shadow(el).querySelector('h1') as HTMLElement).getBoundingClientRect();
    expect(Math.round(box.right - title.right)).toBeLessThanOrEqual(1);
  });

  it('switches colour scheme with the theme attribute', async () => {
    const el = await mountClient(fullBrief);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).toBe('dark');
    const dark = getComputedStyle(el).backgroundColor;
    el.theme = 'light';
    await el.updateComplete;
    const light = getComputedStyle(el).backgroundColor;
    expect(light).toBe('rgb(255, 255, 255)');
    expect(dark).not.toBe(light);
  });
});

describe('define', () => {
  it('registers every element and is quiet when the same classes are defined again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(customElements.get('security-brief')).toBe(SecurityBrief);
    expect(customElements.get('security-brief-sources')).toBeDefined();
    expect(defineElements({ 'security-brief': SecurityBrief })).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('defines the map once its own chunk has loaded', async () => {
    const { SecurityBriefMap } = await import('../parts/map/map.js');
    expect(await customElements.whenDefined('security-brief-map')).toBe(SecurityBriefMap);
  });

  it('warns once, naming both versions, when another copy got there first', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    class Other extends SecurityBrief {
      static override version = '9.9.9';
    }
    expect(() => defineElements({ 'security-brief': Other, 'security-brief-sources': Other })).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /<security-brief> \(defined: 0\.0\.0, not defined: 9\.9\.9\)/,
    );
  });
});
