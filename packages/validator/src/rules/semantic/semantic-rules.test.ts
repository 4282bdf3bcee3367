import type { Brief } from '@briefkit/schema';
import { contestedBrief, fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, test } from 'vitest';
import { validateBrief } from '../../validate.js';
import { semanticRules } from './index.js';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are mutated freely, like the schema package's invalid fixtures
type Doc = any;

function from(base: Brief, mutate: (doc: Doc) => void = () => {}): Brief {
  const doc: Doc = structuredClone(base);
  mutate(doc);
  return doc as Brief;
}

const para = (content: unknown[]) => ({ type: 'paragraph', content });

interface Case {
  fails: Brief;
  passes: Brief;
  /** The JSON path the finding must point at. */
  path: (string | number)[];
}

const cases: Record<string, Case> = {
  'reference-unresolved': {
    fails: from(fullBrief, (d) =>
      d.sections[0].content[0].content.push({ type: 'citation', source: 'src-nowhere' }),
    ),
    passes: fullBrief,
    path: ['sections', 0, 'content', 0, 'content', 13, 'source'],
  },
  'reference-kind': {
    fails: from(fullBrief, (d) => (d.events[0].places = ['rahmon'])),
    passes: fullBrief,
    path: ['events', 0, 'places', 0],
  },
  'id-duplicate': {
    fails: from(fullBrief, (d) => (d.places[0].id = 'rahmon')),
    passes: fullBrief,
    path: ['places', 0, 'id'],
  },
  'date-invalid': {
    fails: from(fullBrief, (d) => (d.events[2].date = '2015-02-30')),
    passes: from(fullBrief, (d) => (d.events[2].date = '2012-02-29')),
    path: ['events', 2, 'date'],
  },
  'date-range-order': {
    fails: from(fullBrief, (d) => (d.events[0].date = '1997/1992')),
    passes: fullBrief,
    path: ['events', 0, 'date'],
  },
  'date-after-publication': {
    fails: from(fullBrief, (d) => (d.events[3].date = '2016-02')),
    // Year precision: 2016-01-27 is not after "2016".
    passes: from(fullBrief, (d) => {
      d.published = '2016';
      d.asOf = undefined;
      d.events[3].date = '2016-01-27';
    }),
    path: ['events', 3, 'date'],
  },
  'as-of-after-published': {
    fails: from(fullBrief, (d) => (d.asOf = '2016-03')),
    passes: from(fullBrief, (d) => (d.asOf = '2016-02')),
    path: ['asOf'],
  },
  'section-empty': {
    fails: from(minimalBrief, (d) => d.sections.push({ id: 'later', title: 'Later', content: [] })),
    passes: from(minimalBrief, (d) =>
      d.sections.push({
        id: 'later',
        title: 'Later',
        content: [],
        sections: [{ id: 'sub', title: 'Sub', content: [para([{ type: 'text', text: 'x' }])] }],
      }),
    ),
    path: ['sections', 1, 'title'],
  },
  'unused-source': {
    fails: from(minimalBrief, (d) => (d.sources = [{ id: 'src-a', title: 'A' }])),
    passes: from(minimalBrief, (d) => {
      d.sources = [{ id: 'src-a', title: 'A' }];
      d.lede.push({ type: 'citation', source: 'src-a' });
    }),
    path: ['sources', 0, 'id'],
  },
  'unused-actor': {
    fails: fullBrief,
    passes: from(fullBrief, (d) => d.lede.push({ type: 'mention', entity: 'rahmon', text: 'Rahmon' })),
    path: ['actors', 0, 'id'],
  },
  'source-duplicate': {
    fails: from(fullBrief, (d) => (d.sources[1].title = 'the tajik civil war')),
    passes: fullBrief,
    path: ['sources', 1, 'title'],
  },
  'source-title-missing': {
    fails: from(fullBrief, (d) => delete d.sources[2].citedAs),
    passes: fullBrief,
    path: ['sources', 2],
  },
  'source-link-unknown': {
    fails: fullBrief,
    passes: from(minimalBrief, (d) => {
      d.sources = [{ id: 'src-a', title: 'A', url: 'https://example.org/a' }];
      d.lede.push({ type: 'citation', source: 'src-a' });
    }),
    path: ['sources', 0, 'linkUnknown'],
  },
  'url-scheme': {
    fails: from(fullBrief, (d) => (d.sections[0].content[0].content[11].href = 'javascript:alert(1)')),
    passes: fullBrief,
    path: ['sections', 0, 'content', 0, 'content', 11, 'href'],
  },
  'text-control-characters': {
    fails: from(fullBrief, (d) => (d.title = 'Tajikistan\u202E: reversed')),
    passes: from(fullBrief, (d) => (d.title = 'تاجیکستان\u200C و امنیت')),
    path: ['title'],
  },
  'quantity-bounds': {
    fails: from(fullBrief, (d) => (d.figures[0].quantity.high = 90000)),
    passes: fullBrief,
    path: ['figures', 0, 'quantity', 'high'],
  },
  'figure-unit-missing': {
    fails: from(fullBrief, (d) => delete d.figures[2].unit),
    passes: fullBrief,
    path: ['figures', 2, 'quantity'],
  },
  'quantity-unsourced': {
    fails: from(contestedBrief, (d) => {
      delete d.figures[0].estimates[2].claimant;
    }),
    passes: contestedBrief,
    path: ['figures', 0, 'estimates', 2],
  },
  'estimate-dispute-unresolved': {
    fails: from(contestedBrief, (d) => (d.figures[0].estimates[1].disputes = ['army-toll'])),
    passes: contestedBrief,
    path: ['figures', 0, 'estimates', 1, 'disputes', 0],
  },
  'format-version-too-old': {
    fails: from(contestedBrief, (d) => (d.formatVersion = '1.0')),
    passes: contestedBrief,
    path: ['figures', 0, 'estimates'],
  },
  'lede-length': {
    fails: from(minimalBrief, (d) => (d.lede = [{ type: 'text', text: 'word '.repeat(121) }])),
    passes: from(minimalBrief, (d) => (d.lede = [{ type: 'text', text: 'word '.repeat(120) }])),
    path: ['lede'],
  },
  'country-code-unknown': {
    fails: from(fullBrief, (d) => (d.country.code = 'EU')),
    passes: from(fullBrief, (d) => (d.country.code = 'XK')),
    path: ['country', 'code'],
  },
};

describe('semantic rules', () => {
  test('every rule has a failing and a passing fixture here', () => {
    expect(Object.keys(cases).sort()).toEqual(semanticRules.map((r) => r.meta.id).sort());
  });

  test.each(Object.entries(cases))(
    '%s reports the failing fixture and accepts the passing one',
    (id, { fails, passes, path }) => {
      const failing = validateBrief(fails).diagnostics.filter((d) => d.rule === id);
      expect(failing.length).toBeGreaterThan(0);
      expect(failing[0]!.path).toEqual(path);
      expect(failing[0]!.message.length).toBeGreaterThan(20);
      expect(validateBrief(passes).diagnostics.filter((d) => d.rule === id)).toEqual([]);
    },
  );

  test('error-level findings withhold the brief; warnings and infos do not', () => {
    expect(validateBrief(cases['reference-unresolved']!.fails).brief).toBeUndefined();
    expect(validateBrief(fullBrief).brief).toBeDefined();
  });

  test('a rule turned off is not reported, and an error downgraded no longer withholds the brief', () => {
    const doc = cases['reference-kind']!.fails;
    const off = validateBrief(doc, { config: { rules: { 'reference-kind': 'off' } } });
    expect(off.diagnostics.some((d) => d.rule === 'reference-kind')).toBe(false);
    expect(off.brief).toBeDefined();
    const warn = validateBrief(doc, { config: { rules: { 'reference-kind': 'warning' } } });
    expect(warn.diagnostics.find((d) => d.rule === 'reference-kind')?.severity).toBe('warning');
  });

  test('ledeMaxWords changes the budget', () => {
    const doc = cases['lede-length']!.passes;
    expect(
      validateBrief(doc, { config: { ledeMaxWords: 50 } }).diagnostics.some((d) => d.rule === 'lede-length'),
    ).toBe(true);
  });

  test('quantity-unsourced: a figure without sources or estimates, and a toll whose event cites nothing', () => {
    const doc = from(contestedBrief, (d) => {
      d.figures.push({ id: 'guess', label: 'Displaced', quantity: { value: 4000 }, unit: 'people' });
      delete d.events[0].sources;
      d.events[0].casualties.push({ group: 'soldiers', outcome: 'killed', count: { value: 4 } });
      d.events[0].casualties.push({
        group: 'police',
        outcome: 'injured',
        count: { value: 2 },
        sources: ['src-army'],
      });
    });
    const found = validateBrief(doc).diagnostics.filter((d) => d.rule === 'quantity-unsourced');
    expect(found.map((d) => [d.path, d.severity])).toEqual([
      [['events', 0, 'casualties', 1], 'warning'],
      [['figures', 1], 'warning'],
    ]);
    expect(found[1]!.message).toBe(
      'figure "guess" has no source: add sources: [src-…] (or give it estimates, each with a claimant)',
    );
  });

  test('estimate-dispute-unresolved: duplicate ids and an estimate that disputes itself', () => {
    const doc = from(contestedBrief, (d) => {
      d.figures[0].estimates[1].id = 'army';
      d.figures[0].estimates[2].disputes = ['un'];
    });
    const found = validateBrief(doc).diagnostics.filter((d) => d.rule === 'estimate-dispute-unresolved');
    expect(found.map((d) => d.path)).toEqual([
      ['figures', 0, 'estimates', 1, 'id'],
      ['figures', 0, 'estimates', 1, 'disputes', 0],
      ['figures', 0, 'estimates', 2, 'disputes', 0],
    ]);
    expect(found[2]!.message).toContain('disputes itself');
  });

  test('validating the same brief twice gives the same findings (rules keep no state between runs)', () => {
    const a = validateBrief(fullBrief).diagnostics;
    const b = validateBrief(fullBrief).diagnostics;
    expect(b).toEqual(a);
  });
});
