// fast-check generator of schema-valid briefs: every block, span and entity type, references that resolve,
// text with markup characters, accents, Cyrillic and Arabic. Used by the validator's and the elements'
// hardening tests.
import type { Block, Brief, Inline, Section, Span } from '@briefkit/schema';
import fc from 'fast-check';

/** A word: letters of several scripts, digits, and the characters markup is made of. */
const word = fc.stringMatching(/^[A-Za-z0-9À-ÿЀ-ӿء-ي<>&"'#()\-.,;:!?/=`${}*_]{1,10}$/);

/** Human text: words separated by single spaces, so whitespace cannot blur a round-trip comparison. */
export const text = fc.array(word, { minLength: 1, maxLength: 7 }).map((words) => words.join(' '));

const year = fc.integer({ min: 1900, max: 2025 });
const month = fc.integer({ min: 1, max: 12 });
const pad = (n: number) => String(n).padStart(2, '0');

/** An EDTF date at year, month or day precision (days kept to 1–28, always real). */
export const edtf = fc.oneof(
  year.map(String),
  fc.tuple(year, month).map(([y, m]) => `${y}-${pad(m)}`),
  fc.tuple(year, month, fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  fc
    .tuple(fc.integer({ min: 1900, max: 2000 }), fc.integer({ min: 0, max: 20 }))
    .map(([y, n]) => `${y}/${y + n}`),
);

const marks = fc.option(fc.subarray(['emphasis', 'strong', 'code'] as const, { minLength: 1 }), {
  nil: undefined,
});

function pick<T>(list: readonly T[]): fc.Arbitrary<T> | undefined {
  return list.length > 0 ? fc.constantFrom(...list) : undefined;
}

function inline(sources: string[], mentions: string[]): fc.Arbitrary<Inline> {
  const spans: fc.Arbitrary<Span>[] = [
    fc.record({ type: fc.constant('text' as const), text, marks }, { requiredKeys: ['type', 'text'] }),
    fc.record({
      type: fc.constant('link' as const),
      href: fc.nat(99).map((n) => `https://example.org/${n}`),
      text,
    }),
    fc.record({ type: fc.constant('quote' as const), text }),
  ];
  const source = pick(sources);
  if (source) spans.push(fc.record({ type: fc.constant('citation' as const), source }));
  const entity = pick(mentions);
  if (entity) spans.push(fc.record({ type: fc.constant('mention' as const), entity, text }));
  return fc.array(fc.oneof(...spans), { minLength: 1, maxLength: 5 });
}

function blocks(sources: string[], mentions: string[], facts: string[]): fc.Arbitrary<Block[]> {
  const run = inline(sources, mentions);
  const kinds: fc.Arbitrary<Block>[] = [
    fc.record({ type: fc.constant('paragraph' as const), content: run }),
    fc.record({
      type: fc.constant('list' as const),
      ordered: fc.boolean(),
      items: fc.array(run, { minLength: 1, maxLength: 3 }),
    }),
    fc.record(
      {
        type: fc.constant('quote' as const),
        paragraphs: fc.array(run, { minLength: 1, maxLength: 2 }),
        attribution: run,
      },
      { requiredKeys: ['type', 'paragraphs'] },
    ),
  ];
  const fact = pick(facts);
  if (fact) {
    kinds.push(
      fc.record(
        {
          type: fc.constant('key-facts' as const),
          title: text,
          facts: fc.uniqueArray(fact, { minLength: 1, maxLength: 3 }),
        },
        { requiredKeys: ['type', 'facts'] },
      ),
    );
  }
  return fc.array(fc.oneof(...kinds), { minLength: 1, maxLength: 4 });
}

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

const counts = fc.record({
  actors: fc.nat(4),
  places: fc.nat(3),
  events: fc.nat(4),
  figures: fc.nat(3),
  threats: fc.nat(3),
  sources: fc.nat(4),
  sections: fc.integer({ min: 1, max: 3 }),
});

/** A schema-valid brief. */
export const briefArbitrary: fc.Arbitrary<Brief> = counts.chain((n) => {
  const actorIds = ids('actor', n.actors);
  const placeIds = ids('place', n.places);
  const eventIds = ids('event', n.events);
  const figureIds = ids('figure', n.figures);
  const sourceIds = ids('source', n.sources);
  const mentions = [...actorIds, ...placeIds, ...eventIds];
  const subset = (list: string[]) =>
    list.length > 0
      ? fc.option(fc.uniqueArray(fc.constantFrom(...list), { minLength: 1, maxLength: 3 }), {
          nil: undefined,
        })
      : fc.constant(undefined);
  const actor = (id: string) =>
    fc.record(
      {
        id: fc.constant(id),
        kind: fc.constantFrom(
          'person',
          'party',
          'government-body',
          'state',
          'armed-group',
          'ngo',
          'media',
          'other',
        ),
        name: text,
        shortName: text,
        role: text,
        description: text,
      },
      { requiredKeys: ['id', 'kind', 'name'] },
    );
  const place = (id: string) =>
    fc.record(
      {
        id: fc.constant(id),
        name: text,
        kind: fc.constantFrom('capital', 'city', 'town', 'region', 'border', 'site', 'other'),
        coordinates: fc.record({
          lat: fc.double({ min: 36, max: 41, noNaN: true }),
          lon: fc.double({ min: 67, max: 75, noNaN: true }),
        }),
      },
      { requiredKeys: ['id', 'name'] },
    );
  const event = (id: string) =>
    fc.record(
      {
        id: fc.constant(id),
        title: text,
        date: edtf,
        kind: fc.constantFrom('attack', 'armed-clash', 'political', 'legal', 'election', 'other'),
        description: text,
        places: subset(placeIds),
        actors: subset(actorIds),
        casualties: fc.array(
          fc.record({
            group: text,
            outcome: fc.constantFrom('killed', 'injured', 'arrested', 'displaced'),
            count: fc.record({ value: fc.integer({ min: 0, max: 100_000 }) }),
          }),
          { minLength: 1, maxLength: 2 },
        ),
        sources: subset(sourceIds),
      },
      { requiredKeys: ['id', 'title', 'date'] },
    );
  const figure = (id: string) =>
    fc.record(
      {
        id: fc.constant(id),
        label: text,
        quantity: fc.integer({ min: 0, max: 10_000_000 }).chain((value) =>
          fc.record(
            {
              value: fc.constant(value),
              low: fc.integer({ min: 0, max: value }),
              high: fc.integer({ min: value, max: value * 2 + 1 }),
              qualifier: fc.constantFrom('about', 'almost', 'over'),
            },
            { requiredKeys: ['value'] },
          ),
        ),
        unit: text,
        date: edtf,
        sources: subset(sourceIds),
      },
      { requiredKeys: ['id', 'label', 'quantity'] },
    );
  const threat = (id: string) =>
    fc.record(
      {
        id: fc.constant(id),
        title: text,
        scope: fc.constantFrom('internal', 'external'),
        description: text,
        actors: subset(actorIds),
        trend: fc.constantFrom('increasing', 'stable', 'decreasing', 'unclear'),
        likelihood: fc.constantFrom('unlikely', 'roughly-even-chance', 'likely'),
        confidence: fc.constantFrom('low', 'moderate', 'high'),
      },
      { requiredKeys: ['id', 'title', 'scope'] },
    );
  const source = (id: string) =>
    fc.record(
      {
        id: fc.constant(id),
        title: text,
        publisher: text,
        url: fc.nat(99).map((k) => `https://example.org/source/${k}`),
        date: edtf,
      },
      { requiredKeys: ['id'] },
    );
  const section = (id: string): fc.Arbitrary<Section> =>
    fc.record({ id: fc.constant(id), title: text, content: blocks(sourceIds, mentions, figureIds) });
  const all = <T>(list: string[], make: (id: string) => fc.Arbitrary<T>) => fc.tuple(...list.map(make));
  return fc
    .record(
      {
        formatVersion: fc.constant('1.0'),
        id: fc.constant('generated'),
        country: fc.record({ code: fc.constantFrom('TJ', 'KG', 'FR', 'ML', 'AF'), name: text }),
        title: text,
        subtitle: text,
        series: text,
        lede: inline(sourceIds, mentions),
        published: edtf,
        language: fc.constantFrom('en', 'fr', 'ru', 'ar'),
        sections: all(ids('section', n.sections), section),
        actors: all(actorIds, actor),
        places: all(placeIds, place),
        events: all(eventIds, event),
        figures: all(figureIds, figure),
        threats: all(ids('threat', n.threats), threat),
        sources: all(sourceIds, source),
      },
      {
        requiredKeys: [
          'formatVersion',
          'id',
          'country',
          'title',
          'lede',
          'published',
          'language',
          'sections',
        ],
      },
    )
    .map((brief) => brief as Brief);
});

/** `count` generated briefs from `seed`, for callers that do not drive fast-check themselves. */
export function sampleBriefs(count: number, seed: number): Brief[] {
  return fc.sample(briefArbitrary, { numRuns: count, seed });
}
