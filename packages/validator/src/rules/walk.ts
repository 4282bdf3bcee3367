import type {
  Block,
  Brief,
  EntityCollection,
  Estimate,
  Inline,
  Quantity,
  Section,
  Source,
} from '@briefkit/schema';
import { type ParsedDate, parseEdtf } from '../dates/edtf.js';
import { IdIndex } from './id-index.js';
import type { DateRole, Expect, Path, Rule, RuleContext } from './rule.js';

export interface Finding {
  rule: string;
  path: Path;
  message: string;
}

type Hook<K extends keyof Rule> = NonNullable<Rule[K]>;
type HookKey = Exclude<keyof Rule, 'meta'>;
type HookTable = { [K in HookKey]: { id: string; fn: Hook<K> }[] };

const hookKeys: HookKey[] = [
  'start',
  'reference',
  'date',
  'url',
  'text',
  'countryCode',
  'quantity',
  'source',
  'entity',
  'section',
  'end',
];
const tables = new WeakMap<readonly Rule[], HookTable>();

/** Per hook, the rules that have it; built once per rule list (the walk runs per document). */
function hookTable(rules: readonly Rule[]): HookTable {
  let table = tables.get(rules);
  if (!table) {
    const built = {} as Record<HookKey, { id: string; fn: unknown }[]>;
    for (const key of hookKeys)
      built[key] = rules.filter((r) => r[key] !== undefined).map((r) => ({ id: r.meta.id, fn: r[key] }));
    table = built as HookTable;
    tables.set(rules, table);
  }
  return table;
}

/** Runs the rules over a schema-valid brief in one walk. Returns what they found, by rule id. */
export function runRules(brief: Brief, rules: readonly Rule[], options: { ledeMaxWords: number }): Finding[] {
  const findings: Finding[] = [];
  const index = new IdIndex(brief);
  const path: Path = [];
  const states = new Map<string, unknown>();
  const dates = new Map<string, ParsedDate | undefined>();
  let current = '';
  // The key of the value a hook is looking at: not pushed onto `path` unless something is reported.
  let key: string | number | undefined;
  const here = (): Path => (key === undefined ? path.slice() : [...path, key]);
  const ctx: RuleContext = {
    brief,
    index,
    path,
    ledeMaxWords: options.ledeMaxWords,
    report(message, ...at) {
      findings.push({ rule: current, path: at.length ? [...here(), ...at] : here(), message });
    },
    reportAt(at, message) {
      findings.push({ rule: current, path: at, message });
    },
    state<T>(init: (context: RuleContext) => T): T {
      let value = states.get(current) as T | undefined;
      if (value === undefined) {
        value = init(ctx);
        states.set(current, value);
      }
      return value;
    },
  };

  const {
    start: onStart,
    reference: onReference,
    date: onDate,
    url: onUrl,
    text: onText,
    countryCode: onCountry,
    quantity: onQuantity,
    source: onSource,
    entity: onEntity,
    section: onSection,
    end: onEnd,
  } = hookTable(rules);

  const ref = (id: string | undefined, expect: Expect, at: string | number) => {
    if (id === undefined) return;
    key = at;
    const kind = index.use(id);
    for (const h of onReference) {
      current = h.id;
      h.fn(ctx, id, expect, kind);
    }
    key = undefined;
  };
  const refs = (list: readonly string[] | undefined, expect: Expect, key: string) => {
    if (!list) return;
    path.push(key);
    for (let i = 0; i < list.length; i++) ref(list[i], expect, i);
    path.pop();
  };
  const text = (value: string | undefined, at: string | number) => {
    if (value === undefined || onText.length === 0) return;
    key = at;
    for (const h of onText) {
      current = h.id;
      h.fn(ctx, value);
    }
    key = undefined;
  };
  const texts = (list: readonly string[] | undefined, key: string) => {
    if (!list) return;
    path.push(key);
    for (let i = 0; i < list.length; i++) text(list[i], i);
    path.pop();
  };
  const date = (value: string | undefined, role: DateRole, at: string) => {
    if (value === undefined || onDate.length === 0) return;
    key = at;
    // Briefs repeat their dates ("2015-09" on many sources): each distinct value is parsed once per run.
    let parsed = dates.get(value);
    if (parsed === undefined && !dates.has(value)) {
      parsed = parseEdtf(value);
      dates.set(value, parsed);
    }
    for (const h of onDate) {
      current = h.id;
      h.fn(ctx, value, role, parsed);
    }
    key = undefined;
  };
  const url = (value: string | undefined, kind: 'link' | 'image', at: string) => {
    if (value === undefined) return;
    key = at;
    for (const h of onUrl) {
      current = h.id;
      h.fn(ctx, value, kind);
    }
    key = undefined;
  };
  const country = (code: string | undefined, at: string) => {
    if (code === undefined) return;
    key = at;
    for (const h of onCountry) {
      current = h.id;
      h.fn(ctx, code);
    }
    key = undefined;
  };
  const quantity = (q: Quantity | undefined, at: string) => {
    if (q === undefined) return;
    key = at;
    for (const h of onQuantity) {
      current = h.id;
      h.fn(ctx, q);
    }
    key = undefined;
  };
  const estimates = (list: readonly Estimate[] | undefined) => {
    if (!list) return;
    path.push('estimates');
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      path.push(i);
      ref(e.claimant, 'actor', 'claimant');
      quantity(e.quantity, 'quantity');
      text(e.unit, 'unit');
      text(e.group, 'group');
      date(e.date, 'content', 'date');
      refs(e.sources, 'source', 'sources');
      text(e.note, 'note');
      path.pop();
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
        estimates(c.estimates);
        refs(c.sources, 'source', 'sources');
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
    estimates(f.estimates);
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
    quantity(c.quantity, 'quantity');
    text(c.unit, 'unit');
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
