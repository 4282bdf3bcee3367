import type { Block, Brief, EntityCollection, Inline, Quantity, Section, Source } from '@briefkit/schema';
import { ENTITY_COLLECTIONS } from '@briefkit/schema';
import type { BriefIndex, DateRole, Duplicate, Expect, IdKind, Path, Rule, RuleContext } from './rule.js';

export interface Finding {
  rule: string;
  path: Path;
  message: string;
}

/** Collects every id with its collection, and the duplicates, without visiting the prose. */
export function indexIds(brief: Brief): {
  kinds: Map<string, IdKind>;
  paths: Map<string, Path>;
  duplicates: Duplicate[];
} {
  const kinds = new Map<string, IdKind>();
  const paths = new Map<string, Path>();
  const duplicates: Duplicate[] = [];
  const add = (id: string, kind: IdKind, path: Path) => {
    const first = paths.get(id);
    if (first) duplicates.push({ id, path, first });
    else {
      kinds.set(id, kind);
      paths.set(id, path);
    }
  };
  for (const collection of ENTITY_COLLECTIONS) {
    const list = brief[collection];
    if (!list) continue;
    for (let i = 0; i < list.length; i++) add(list[i]!.id, collection, [collection, i, 'id']);
  }
  const sections = (list: Section[], path: Path) => {
    for (let i = 0; i < list.length; i++) {
      const section = list[i]!;
      add(section.id, 'sections', [...path, i, 'id']);
      if (section.sections) sections(section.sections, [...path, i, 'sections']);
    }
  };
  sections(brief.sections, ['sections']);
  return { kinds, paths, duplicates };
}

type Hook<K extends keyof Rule> = NonNullable<Rule[K]>;

/** Runs the rules over a schema-valid brief in one walk. Returns what they found, by rule id. */
export function runRules(brief: Brief, rules: readonly Rule[], options: { ledeMaxWords: number }): Finding[] {
  const findings: Finding[] = [];
  const ids = indexIds(brief);
  const used = new Set<string>();
  const index: BriefIndex = {
    kinds: ids.kinds,
    used,
    duplicates: ids.duplicates,
    paths: ids.paths,
  };
  const path: Path = [];
  const states = new Map<string, unknown>();
  let current = '';
  const ctx: RuleContext = {
    brief,
    index,
    path,
    ledeMaxWords: options.ledeMaxWords,
    report(message, ...at) {
      findings.push({ rule: current, path: at.length ? [...path, ...at] : path.slice(), message });
    },
    reportAt(at, message) {
      findings.push({ rule: current, path: at, message });
    },
    state<T>(init: () => T): T {
      if (!states.has(current)) states.set(current, init());
      return states.get(current) as T;
    },
  };

  const hooks = <K extends keyof Rule>(key: K) =>
    rules.filter((r) => r[key] !== undefined).map((r) => ({ id: r.meta.id, fn: r[key] as Hook<K> }));
  const onStart = hooks('start');
  const onReference = hooks('reference');
  const onDate = hooks('date');
  const onUrl = hooks('url');
  const onText = hooks('text');
  const onCountry = hooks('countryCode');
  const onQuantity = hooks('quantity');
  const onSource = hooks('source');
  const onEntity = hooks('entity');
  const onSection = hooks('section');
  const onEnd = hooks('end');

  const ref = (id: string | undefined, expect: Expect, key: string | number) => {
    if (id === undefined) return;
    used.add(id);
    path.push(key);
    for (const h of onReference) {
      current = h.id;
      h.fn(ctx, id, expect);
    }
    path.pop();
  };
  const refs = (list: readonly string[] | undefined, expect: Expect, key: string) => {
    if (!list) return;
    path.push(key);
    for (let i = 0; i < list.length; i++) ref(list[i], expect, i);
    path.pop();
  };
  const text = (value: string | undefined, key: string | number) => {
    if (value === undefined || onText.length === 0) return;
    path.push(key);
    for (const h of onText) {
      current = h.id;
      h.fn(ctx, value);
    }
    path.pop();
  };
  const texts = (list: readonly string[] | undefined, key: string) => {
    if (!list) return;
    path.push(key);
    for (let i = 0; i < list.length; i++) text(list[i], i);
    path.pop();
  };
  const date = (value: string | undefined, role: DateRole, key: string) => {
    if (value === undefined) return;
    path.push(key);
    for (const h of onDate) {
      current = h.id;
      h.fn(ctx, value, role);
    }
    path.pop();
  };
  const url = (value: string | undefined, kind: 'link' | 'image', key: string) => {
    if (value === undefined) return;
    path.push(key);
    for (const h of onUrl) {
      current = h.id;
      h.fn(ctx, value, kind);
    }
    path.pop();
  };
  const country = (code: string | undefined, key: string) => {
    if (code === undefined) return;
    path.push(key);
    for (const h of onCountry) {
      current = h.id;
      h.fn(ctx, code);
    }
    path.pop();
  };
  const quantity = (q: Quantity, key: string) => {
    path.push(key);
    for (const h of onQuantity) {
      current = h.id;
      h.fn(ctx, q);
    }
    path.pop();
  };
  const inline = (spans: Inline, key: string | number) => {
    path.push(key);
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      path.push(i);
      switch (span.type) {
        case 'text':
          text(span.text, 'text');
          break;
        case 'citation':
          ref(span.source, 'source', 'source');
          text(span.text, 'text');
          break;
        case 'mention':
          ref(span.entity, 'entity', 'entity');
          text(span.text, 'text');
          break;
        case 'quote':
          ref(span.speaker, 'actor', 'speaker');
          ref(span.claim, 'claim', 'claim');
          ref(span.source, 'source', 'source');
          text(span.text, 'text');
          break;
        case 'link':
          url(span.href, 'link', 'href');
          text(span.text, 'text');
          break;
      }
      path.pop();
    }
    path.pop();
  };
  const block = (b: Block, key: number) => {
    path.push(key);
    switch (b.type) {
      case 'paragraph':
        inline(b.content, 'content');
        break;
      case 'quote':
        path.push('paragraphs');
        for (let i = 0; i < b.paragraphs.length; i++) inline(b.paragraphs[i]!, i);
        path.pop();
        if (b.attribution) inline(b.attribution, 'attribution');
        ref(b.speaker, 'actor', 'speaker');
        ref(b.claim, 'claim', 'claim');
        ref(b.source, 'source', 'source');
        break;
      case 'list':
        path.push('items');
        for (let i = 0; i < b.items.length; i++) inline(b.items[i]!, i);
        path.pop();
        break;
      case 'key-facts':
        text(b.title, 'title');
        refs(b.facts, 'fact', 'facts');
        break;
      case 'figure':
        url(b.src, 'image', 'src');
        text(b.alt, 'alt');
        if (b.caption) inline(b.caption, 'caption');
        text(b.credit, 'credit');
        ref(b.source, 'source', 'source');
        break;
    }
    path.pop();
  };
  const sections = (list: Section[], key: string) => {
    path.push(key);
    for (let i = 0; i < list.length; i++) {
      const section = list[i]!;
      path.push(i);
      for (const h of onSection) {
        current = h.id;
        h.fn(ctx, section);
      }
      text(section.title, 'title');
      path.push('content');
      for (let j = 0; j < section.content.length; j++) block(section.content[j]!, j);
      path.pop();
      if (section.sections) sections(section.sections, 'sections');
      path.pop();
    }
    path.pop();
  };
  const entity = (collection: EntityCollection, e: { id: string }) => {
    for (const h of onEntity) {
      current = h.id;
      h.fn(ctx, collection, e);
    }
  };
  const each = <T extends { id: string }>(collection: EntityCollection, visit: (item: T) => void) => {
    const list = brief[collection] as T[] | undefined;
    if (!list) return;
    path.push(collection);
    for (let i = 0; i < list.length; i++) {
      path.push(i);
      entity(collection, list[i]!);
      visit(list[i]!);
      path.pop();
    }
    path.pop();
  };

  for (const h of onStart) {
    current = h.id;
    h.fn(ctx);
  }

  // The brief's envelope.
  text(brief.title, 'title');
  text(brief.subtitle, 'subtitle');
  text(brief.series, 'series');
  path.push('country');
  text(brief.country.name, 'name');
  country(brief.country.code, 'code');
  path.pop();
  date(brief.published, 'published', 'published');
  date(brief.asOf, 'as-of', 'asOf');
  texts(brief.keywords, 'keywords');
  if (brief.publisher) {
    path.push('publisher');
    text(brief.publisher.name, 'name');
    url(brief.publisher.url, 'link', 'url');
    path.pop();
  }
  if (brief.licence) {
    path.push('licence');
    text(brief.licence.name, 'name');
    url(brief.licence.url, 'link', 'url');
    path.pop();
  }
  if (brief.authors) {
    path.push('authors');
    for (let i = 0; i < brief.authors.length; i++) {
      const author = brief.authors[i]!;
      path.push(i);
      text(author.name, 'name');
      text(author.affiliation, 'affiliation');
      url(author.url, 'link', 'url');
      path.pop();
    }
    path.pop();
  }
  inline(brief.lede, 'lede');
  sections(brief.sections, 'sections');

  each('actors', (a: NonNullable<Brief['actors']>[number]) => {
    text(a.name, 'name');
    text(a.shortName, 'shortName');
    texts(a.aliases, 'aliases');
    text(a.role, 'role');
    text(a.description, 'description');
    country(a.country, 'country');
    refs(a.memberOf, 'actor', 'memberOf');
    refs(a.sources, 'source', 'sources');
  });
  each('places', (p: NonNullable<Brief['places']>[number]) => {
    text(p.name, 'name');
    texts(p.aliases, 'aliases');
    text(p.description, 'description');
    country(p.country, 'country');
  });
  each('events', (e: NonNullable<Brief['events']>[number]) => {
    text(e.title, 'title');
    date(e.date, 'content', 'date');
    text(e.description, 'description');
    refs(e.places, 'place', 'places');
    refs(e.actors, 'actor', 'actors');
    if (e.casualties) {
      path.push('casualties');
      for (let i = 0; i < e.casualties.length; i++) {
        const c = e.casualties[i]!;
        path.push(i);
        text(c.group, 'group');
        ref(c.actor, 'actor', 'actor');
        quantity(c.count, 'count');
        path.pop();
      }
      path.pop();
    }
    refs(e.claims, 'claim', 'claims');
    refs(e.sources, 'source', 'sources');
  });
  each('figures', (f: NonNullable<Brief['figures']>[number]) => {
    text(f.label, 'label');
    quantity(f.quantity, 'quantity');
    text(f.unit, 'unit');
    date(f.date, 'content', 'date');
    ref(f.subject, 'entity', 'subject');
    ref(f.place, 'place', 'place');
    refs(f.sources, 'source', 'sources');
  });
  each('ratings', (r: NonNullable<Brief['ratings']>[number]) => {
    ref(r.rater, 'actor', 'rater');
    ref(r.subject, 'entity', 'subject');
    text(r.scale.name, 'scale');
    if (typeof r.value === 'string') text(r.value, 'value');
    text(r.edition, 'edition');
    date(r.date, 'content', 'date');
    refs(r.sources, 'source', 'sources');
  });
  each('claims', (c: NonNullable<Brief['claims']>[number]) => {
    ref(c.claimant, 'actor', 'claimant');
    refs(c.subjects, 'entity', 'subjects');
    text(c.text, 'text');
    text(c.quote, 'quote');
    date(c.date, 'content', 'date');
    ref(c.event, 'event', 'event');
    refs(c.disputes, 'claim', 'disputes');
    refs(c.sources, 'source', 'sources');
  });
  each('threats', (t: NonNullable<Brief['threats']>[number]) => {
    text(t.title, 'title');
    text(t.description, 'description');
    refs(t.actors, 'actor', 'actors');
    refs(t.places, 'place', 'places');
    refs(t.events, 'event', 'events');
    if (t.responses) {
      path.push('responses');
      for (let i = 0; i < t.responses.length; i++) {
        const r = t.responses[i]!;
        path.push(i);
        ref(r.actor, 'actor', 'actor');
        text(r.text, 'text');
        refs(r.events, 'event', 'events');
        refs(r.sources, 'source', 'sources');
        path.pop();
      }
      path.pop();
    }
    refs(t.sources, 'source', 'sources');
  });
  each('sources', (s: Source) => {
    for (const h of onSource) {
      current = h.id;
      h.fn(ctx, s);
    }
    text(s.title, 'title');
    text(s.citedAs, 'citedAs');
    text(s.publisher, 'publisher');
    texts(s.authors, 'authors');
    url(s.url, 'link', 'url');
    date(s.date, 'content', 'date');
    date(s.accessed, 'content', 'accessed');
    text(s.note, 'note');
  });

  for (const h of onEnd) {
    current = h.id;
    h.fn(ctx);
  }
  return findings;
}
