import type { Brief } from '@briefkit/schema';
import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
import { diffBriefs } from './diff-briefs.js';
import { summarize } from './format-pretty.js';

const edit = (change: (brief: Brief) => void, from: Brief = fullBrief): Brief => {
  const copy = structuredClone(from);
  change(copy);
  return copy;
};

describe('diffBriefs', () => {
  it('finds no difference between a brief and itself', () => {
    const diff = diffBriefs(fullBrief, structuredClone(fullBrief));
    expect(diff.identical).toBe(true);
    expect(diff.metadata).toEqual([]);
    expect(diff.text).toEqual([]);
    expect(summarize(diff)).toBe('No differences.');
  });

  it('ignores the $schema line, which only tells editors where the schema is', () => {
    const after = edit((b) => {
      delete b.$schema;
    });
    expect(diffBriefs(fullBrief, after).identical).toBe(true);
  });

  it('reports metadata with both values, in reading order', () => {
    const after = edit((b) => {
      b.asOf = '2016-05-31';
      b.title = 'Tajikistan: the security situation in 2016';
      b.authors = [{ name: 'A. Analyst' }];
    });
    const { metadata, identical } = diffBriefs(fullBrief, after);
    expect(identical).toBe(false);
    expect(metadata.map((m) => m.field)).toEqual(['title', 'asOf', 'authors']);
    expect(metadata[1]).toEqual({ field: 'asOf', old: fullBrief.asOf, new: '2016-05-31' });
    expect(metadata[2]?.new).toBe('A. Analyst');
  });

  it('reports a new event, a removed one and a re-dated one by id and title', () => {
    const after = edit((b) => {
      const events = b.events!;
      const [first, second] = events;
      first!.date = '2015-09-03';
      b.events = [
        first!,
        ...events.slice(2),
        { id: 'new-clash', title: 'A clash at the border', date: '2016-04' },
      ];
      expect(second).toBeDefined();
    });
    const { events } = diffBriefs(fullBrief, after).collections;
    const removed = fullBrief.events![1]!;
    expect(events.added).toEqual([{ id: 'new-clash', label: 'A clash at the border', detail: '2016-04' }]);
    expect(events.removed).toEqual([{ id: removed.id, label: removed.title, detail: removed.date }]);
    expect(events.changed).toHaveLength(1);
    expect(events.changed[0]!.changes).toEqual([
      { field: 'date', old: fullBrief.events![0]!.date, new: '2015-09-03' },
    ]);
  });

  it('words a changed figure as the brief would, old and new', () => {
    const after = edit((b) => {
      b.figures![0]!.quantity = { value: 150000, low: 100000, high: 150000 };
    });
    const change = diffBriefs(fullBrief, after).collections.figures.changed[0]!;
    expect(change.id).toBe('civil-war-deaths');
    expect(change.changes).toEqual([
      { field: 'value', old: 'almost 100,000 people', new: '100,000–150,000 people' },
    ]);
  });

  it('spells out the bounds when two figures read the same but differ', () => {
    const after = edit((b) => {
      b.figures![0]!.quantity = { value: 100000, high: 120000, approximate: true, qualifier: 'almost' };
    });
    const [change] = diffBriefs(fullBrief, after).collections.figures.changed[0]!.changes;
    expect(change!.old).not.toBe(change!.new);
    expect(change!.old).toContain('high 100000');
    expect(change!.new).toContain('high 120000');
  });

  it('reports a threat re-rated on trend, likelihood and confidence', () => {
    const after = edit((b) => {
      const threat = b.threats![0]!;
      threat.likelihood = 'roughly-even-chance';
      threat.confidence = 'high';
    });
    const diff = diffBriefs(fullBrief, after);
    expect(diff.collections.threats.changed[0]!.changes).toEqual([
      { field: 'likelihood', old: 'likely', new: 'roughly even chance' },
      { field: 'confidence', old: 'moderate', new: 'high' },
    ]);
    expect(summarize(diff)).toBe('1 threat re-rated.');
  });

  it('reports ratings changed and claims and sources added or removed', () => {
    const after = edit((b) => {
      b.ratings![0]!.value = 'Not Free';
      b.claims = b.claims!.slice(1);
      b.sources!.push({ id: 'src-new', citedAs: 'a new report', linkUnknown: true });
    });
    const { ratings, claims, sources } = diffBriefs(fullBrief, after).collections;
    expect(ratings.changed[0]!.changes).toEqual([
      { field: 'value', old: String(fullBrief.ratings![0]!.value), new: 'Not Free' },
    ]);
    expect(claims.removed.map((c) => c.id)).toEqual([fullBrief.claims![0]!.id]);
    expect(sources.added).toEqual([{ id: 'src-new', label: 'a new report' }]);
  });

  it('finds a reworded sentence inside a subsection and names where it is', () => {
    const after = edit((b) => {
      const paragraph = b.sections[0]!.sections![0]!.content[0]!;
      if (paragraph.type !== 'paragraph') throw new Error('fixture changed');
      const first = paragraph.content[0]!;
      if (first.type !== 'text') throw new Error('fixture changed');
      first.text = first.text.replace('rubber-stamp', 'largely ceremonial');
    });
    const { text } = diffBriefs(fullBrief, after);
    expect(text).toHaveLength(1);
    expect(text[0]).toMatchObject({
      status: 'changed',
      id: 'parliament',
      path: ['Background: civil war and rise of authoritarianism', 'Parliament'],
    });
    expect(text[0]!.sentences).toHaveLength(1);
    expect(text[0]!.sentences[0]).toMatchObject({ kind: 'changed' });
    const change = text[0]!.sentences[0] as { old: string; new: string };
    expect(change.old).toContain('rubber-stamp');
    expect(change.new).toContain('largely ceremonial');
  });

  it('reports added and removed sections with their size, and a reworded heading as the same section', () => {
    const after = edit((b) => {
      const [background, second] = b.sections;
      background!.title = 'Background: the civil war and authoritarian rule';
      b.sections = [
        background!,
        {
          id: 'outlook',
          title: 'Outlook',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One. Two.' }] }],
        },
      ];
      expect(second).toBeDefined();
    });
    const { text } = diffBriefs(fullBrief, after);
    const removedTitle = fullBrief.sections[1]!.title;
    expect(text.map((s) => [s.status, s.path.at(-1)])).toEqual([
      ['changed', 'Background: the civil war and authoritarian rule'],
      ['removed', removedTitle],
      ['added', 'Outlook'],
    ]);
    expect(text[0]!.oldTitle).toBe('Background: civil war and rise of authoritarianism');
    expect(text[2]!.sentenceCount).toBe(2);
  });

  it('notices a citation that points elsewhere even when the words read the same', () => {
    const after = edit((b) => {
      const paragraph = b.sections[0]!.content[0]!;
      if (paragraph.type !== 'paragraph') throw new Error('fixture changed');
      const citation = paragraph.content.find((s) => s.type === 'citation')!;
      if (citation.type === 'citation') citation.source = 'src-statement';
    });
    const { text } = diffBriefs(fullBrief, after);
    expect(text).toEqual([
      expect.objectContaining({ status: 'changed', referencesChanged: true, sentences: [] }),
    ]);
  });

  it('compares the lede sentence by sentence', () => {
    const after = edit((b) => {
      b.lede = [...b.lede, { type: 'text', text: ' A further sentence closes the lede.' }];
    });
    const [lede] = diffBriefs(fullBrief, after).text;
    expect(lede).toMatchObject({ id: 'lede', path: ['Lede'], status: 'changed' });
    expect(lede!.sentences.at(-1)).toEqual({ kind: 'added', new: 'A further sentence closes the lede.' });
  });

  it('is never identical when only the order of entries changed', () => {
    const after = edit((b) => {
      b.actors = [...b.actors!].reverse();
    });
    const diff = diffBriefs(fullBrief, after);
    expect(diff.identical).toBe(false);
    expect(diff.otherChanges).toBe(true);
  });

  it('works on the smallest brief', () => {
    const after = edit((b) => {
      b.published = '2016-03';
    }, minimalBrief);
    expect(diffBriefs(minimalBrief, after).metadata).toEqual([
      { field: 'published', old: minimalBrief.published, new: '2016-03' },
    ]);
  });
});
