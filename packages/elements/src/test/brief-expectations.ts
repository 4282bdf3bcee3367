// The expectations every rendering of the full fixture must meet, whoever rendered it: the browser, the
// server (declarative shadow DOM, no JavaScript), or the server then the browser (hydration).
import { expect, it } from 'vitest';
import { type Mode, type MountOptions, shadow } from './mount.js';

type Mount = (options?: MountOptions) => Promise<Element>;

/** Text as a reader sees it (hidden tooltips excluded), whitespace collapsed. */
function text(el: Element | null | undefined): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const tip of copy.querySelectorAll('.tip')) tip.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Headings in document order, across the shadow root, as `level text`. */
export function outline(root: ParentNode): string[] {
  return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((h) => {
    const level = /^H\d$/.test(h.tagName) ? Number(h.tagName[1]) : Number(h.getAttribute('aria-level'));
    return `${level} ${text(h)}`;
  });
}

export function briefExpectations(mode: Mode, mount: Mount): void {
  it(`[${mode}] shows the title block: series, country, title, subtitle, dates at their precision`, async () => {
    const root = shadow(await mount());
    expect(text(root.querySelector('[part~="series"]'))).toBe('At a glance Tajikistan');
    expect(text(root.querySelector('h1'))).toBe('Tajikistan: New challenges to security');
    expect(text(root.querySelector('[part="subtitle"]'))).toBe(
      'A sample brief that uses every part of the format',
    );
    const meta = text(root.querySelector('[part="meta"]'));
    expect(meta).toContain('A. Analyst');
    expect(meta).toContain('Published February 1, 2016');
    expect(meta).toContain('Information as of January 27, 2016');
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2016-02-01');
  });

  it(`[${mode}] renders the lede in bold with marks and mentions`, async () => {
    const root = shadow(await mount());
    const lede = root.querySelector('[part="lede"]');
    expect(text(lede)).toContain(
      'Tajikistan is facing both internal and external security challenges, in particular the Taliban.',
    );
    expect(text(lede?.querySelector('em'))).toBe('in particular');
    expect(getComputedStyle(lede as Element).fontWeight).toBe('700');
    const mention = lede?.querySelector('a.mention');
    expect(mention?.getAttribute('href')).toBe('#entity-taliban');
    const tip = root.getElementById(mention?.getAttribute('aria-describedby') ?? '');
    expect(text(tip)).toBe('Taliban');
  });

  it(`[${mode}] renders every block: paragraphs, quote, lists, key facts, figure`, async () => {
    const root = shadow(await mount());
    const quote = root.querySelector('[part="quote"]');
    expect(text(quote?.querySelector('blockquote'))).toContain(
      'Outlawing of IRPT adds a further restriction',
    );
    expect(text(quote?.querySelector('figcaption'))).toMatch(
      /^— European External Action Service, statement of 1 October 2015\s*4$/,
    );
    const [ul, ol] = [root.querySelector('.body ul'), root.querySelector('.body ol')];
    expect([...(ul?.children ?? [])].map(text)).toEqual([
      '30 % of seats promised to the UTO',
      'IRPT lost its seats in March 2015',
    ]);
    expect(text(ul?.querySelector('strong'))).toBe('March 2015');
    expect([...(ol?.children ?? [])].map(text)).toEqual([
      '2000 elections',
      '2005 elections',
      '2010 elections',
    ]);
    expect(text(ol?.querySelector('code'))).toBe('2010 elections');
    const facts = root.querySelector('[part="key-facts"]');
    expect(facts?.getAttribute('role')).toBe('group');
    expect(text(facts?.querySelector('.key-facts-title'))).toBe('Key facts');
    const values = [...(facts?.querySelectorAll('.fact') ?? [])].map(text);
    expect(values[0]).toMatch(/^Deaths in the civil war almost 100,000 people \(1992–1997\)\s*1$/);
    expect(values[1]).toContain('consolidated authoritarian — Freedom House, Nations in Transit, 2015');
    expect(values[2]).toContain(
      'September 4, 2015 Attacks in Dushanbe and Vahdat: 9 police officers killed, 13 militants killed',
    );
    const figure = root.querySelector('[part="figure"]');
    expect(figure?.querySelector('img')?.getAttribute('alt')).toBe(
      'A line sketch of the Afghan-Tajik border',
    );
    expect(text(figure?.querySelector('figcaption'))).toMatch(
      /^The Afghan-Tajik border \(sketch\)\. briefkit sample\s*1$/,
    );
  });

  it(`[${mode}] renders every span: citations, links, quotes with who said them`, async () => {
    const root = shadow(await mount());
    const first = root.querySelector('.body p');
    const cites = [...(first?.querySelectorAll('sup.cite a') ?? [])];
    expect(cites.map((a) => [text(a), a.getAttribute('href'), a.getAttribute('aria-label')])).toEqual([
      ['1', '#src-src-civil-war', 'Source 1'],
      ['2', '#src-src-agreement', 'Source 2, art. 3'],
    ]);
    const osce = first?.querySelector('a.link');
    expect([text(osce), osce?.getAttribute('href')]).toEqual(['OSCE', 'https://www.osce.org/']);
    const quote = root.querySelector('.body .quote');
    expect(text(quote)).toBe('“developed a concrete plan in order to launch an armed attack”');
    expect(quote?.getAttribute('title')).toBe(
      'Government of Tajikistan: The attacks were an attempted coup by General Nazarzoda.',
    );
    const mention = [...root.querySelectorAll('.body .mention')].find(
      (m) => text(m) === 'almost 100 000 dead',
    );
    const tip = root.getElementById(mention?.getAttribute('aria-describedby') ?? '');
    expect(text(tip)).toBe('Deaths in the civil war: almost 100,000 people (1992–1997)');
  });

  it(`[${mode}] lists sources in citation order, honestly, with links back to every citation`, async () => {
    const root = shadow(await mount());
    const items = [...root.querySelectorAll('[part~="sources"] li')];
    expect(items.map((li) => li.id)).toEqual([
      'src-src-civil-war',
      'src-src-agreement',
      'src-src-statement',
      'src-src-eeas',
    ]);
    expect(text(items[0])).toContain('The Tajik civil war. (link not available)');
    expect(items[0]?.querySelector('a.source-link')).toBeNull();
    const eeas = items[3]?.querySelector('a.source-link');
    expect(eeas?.getAttribute('href')).toBe('https://www.eeas.europa.eu/');
    expect(text(items[3])).toContain('(accessed January 20, 2016)');
    for (const back of root.querySelectorAll('a.backlink')) {
      const target = root.getElementById((back.getAttribute('href') ?? '').slice(1));
      expect(target?.localName).toBe('a');
    }
    expect(items[0]?.querySelectorAll('a.backlink').length).toBe(
      root.querySelectorAll('a[href="#src-src-civil-war"]').length,
    );
  });

  it(`[${mode}] groups actors by kind and attributes claims to who made them`, async () => {
    const root = shadow(await mount());
    const actors = root.querySelector('[part~="actors"]');
    expect(outline(actors as Element).map((h) => h.slice(2))).toEqual([
      'Actors',
      'People',
      'Political parties',
      'State bodies',
      'States',
      'Armed groups',
      'International organisations',
      'Non-governmental organisations',
    ]);
    const irpt = root.getElementById('entity-irpt');
    expect(text(irpt)).toContain(
      '“extremist and terrorist organisation” — Designation by Supreme Court of Tajikistan, September 29, 2015',
    );
    expect(text(root.getElementById('entity-rahmon'))).toContain('President of Tajikistan');
    expect(text(root.getElementById('entity-fh-rating'))).toContain(
      'consolidated authoritarian — Freedom House regime type, rated by Freedom House, Nations in Transit, 2015',
    );
  });

  it(`[${mode}] has a correct heading outline and no link to a missing target`, async () => {
    const root = shadow(await mount());
    const levels = outline(root).map((h) => h.split(' ')[0]);
    expect(outline(root).slice(0, 5)).toEqual([
      '1 Tajikistan: New challenges to security',
      '2 Background: civil war and rise of authoritarianism',
      '3 Parliament',
      '4 The 2015 elections',
      '2 Internal threats: rising terrorism and extremism',
    ]);
    for (let i = 1; i < levels.length; i++)
      expect(Number(levels[i]) - Number(levels[i - 1])).toBeLessThanOrEqual(1);
    for (const a of root.querySelectorAll('a[href^="#"]')) {
      expect(
        root.getElementById((a.getAttribute('href') ?? '').slice(1)),
        a.getAttribute('href') ?? '',
      ).not.toBeNull();
    }
    const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it(`[${mode}] starts the outline at heading-level`, async () => {
    const root = shadow(await mount({ headingLevel: 3 }));
    expect(outline(root).slice(0, 3)).toEqual([
      '2 Tajikistan: New challenges to security',
      '3 Background: civil war and rise of authoritarianism',
      '4 Parliament',
    ]);
    expect(outline(root)).toContain('3 Sources');
  });

  it(`[${mode}] shows a table of contents that fits the outline`, async () => {
    const root = shadow(await mount({ toc: true }));
    const toc = root.querySelector('[part="toc"]');
    expect(outline(toc as Element)).toEqual(['2 Contents']);
    expect([...(toc?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '#sec-background',
      '#sec-parliament',
      '#sec-internal-threats',
      '#actors',
      '#sources',
    ]);
  });

  it(`[${mode}] marks the content language and direction`, async () => {
    const root = shadow(await mount());
    const article = root.querySelector('article');
    expect(article?.getAttribute('lang')).toBe('en');
    expect(article?.getAttribute('dir')).toBe('ltr');
  });
}
