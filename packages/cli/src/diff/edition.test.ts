import { readFileSync } from 'node:fs';
import type { Brief } from '@briefkit/schema';
import { compileSource } from '@briefkit/validator';
import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { diffBriefs } from './diff-briefs.js';
import { formatPrettyDiff, summarize } from './format-pretty.js';

// Two editions of the Tajikistan brief: the published one, and a second one made up for this test.
function edition(name: string): Brief {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const { brief, diagnostics } = compileSource(text, { file: name });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return brief!;
}

describe('two editions of the Tajikistan brief', () => {
  const first = edition('tajikistan-2016.brief.md');
  const second = edition('tajikistan-2016-06.brief.md');
  const diff = diffBriefs(first, second);

  it('finds exactly the changes the second edition made', () => {
    expect(diff.identical).toBe(false);
    // The second edition has its own id and names the one it replaces, as editions of a series do.
    expect(diff.metadata).toEqual([
      { field: 'subtitle', new: 'A second edition made up for the example: its changes are not facts' },
      { field: 'published', old: '2016', new: '2016-06' },
      { field: 'asOf', new: '2016-05-31' },
      { field: 'id', old: 'tajikistan-2016', new: 'tajikistan-2016-06' },
      { field: 'supersedes', new: 'tajikistan-2016' },
    ]);
    expect(diff.collections.events).toEqual({
      added: [
        { id: 'border-incident-2016', label: 'Armed incident on the Afghan-Tajik border', detail: '2016-04' },
      ],
      removed: [],
      changed: [],
    });
    expect(diff.collections.figures.changed).toEqual([
      {
        id: 'us-troops',
        label: 'US troops kept in Afghanistan',
        detail: 'about 8,400 troops',
        changes: [{ field: 'value', old: '5,500 troops', new: 'about 8,400 troops' }],
      },
    ]);
    expect(diff.collections.threats.changed).toEqual([
      expect.objectContaining({
        id: 'threat-crackdown',
        changes: [{ field: 'likelihood', old: 'likely', new: 'very likely' }],
      }),
    ]);
    for (const name of ['ratings', 'claims', 'sources', 'actors', 'places'] as const) {
      const d = diff.collections[name];
      expect(d.added.length + d.removed.length + d.changed.length, name).toBe(0);
    }
    expect(diff.otherChanges).toBe(false);
  });

  it('finds the one reworded sentence, in its subsection', () => {
    expect(diff.text).toHaveLength(1);
    const [section] = diff.text;
    expect(section!.path.at(-1)).toBe('Russia assumes more responsibility, the USA and EU follow suit');
    expect(section!.sentences).toHaveLength(1);
    const [sentence] = section!.sentences;
    expect(sentence!.kind).toBe('changed');
    if (sentence!.kind !== 'changed') return;
    expect(sentence!.old).toContain('by keeping 5 500 troops there');
    expect(sentence!.new).toContain('by keeping about 8 400 troops there');
  });

  it('reads as an analyst would say it', () => {
    const text = formatPrettyDiff(diff, {
      oldFile: 'tj-1.brief.md',
      newFile: 'tj-2.brief.md',
      colors: pc.createColors(false),
      colour: false,
    });
    expect(text).toContain('  ~ asOf       (none) → 2016-05-31');
    expect(text).toContain('  + border-incident-2016  Armed incident on the Afghan-Tajik border  2016-04');
    expect(text).toContain('      5,500 troops → about 8,400 troops');
    expect(text).toContain('      re-rated: likelihood likely → very likely');
    expect(text).toContain('keeping [-5 500-]{+about 8 400+} troops there');
    expect(summarize(diff)).toBe(
      '5 metadata changes, 1 sentence reworded in 1 section, 1 event added, 1 figure changed, 1 threat re-rated.',
    );
  });

  it('reads the other way round as the opposite changes', () => {
    const back = diffBriefs(second, first);
    expect(back.metadata).toContainEqual({ field: 'asOf', old: '2016-05-31' });
    expect(back.metadata).toContainEqual({ field: 'supersedes', old: 'tajikistan-2016' });
    expect(back.collections.events.removed.map((e) => e.id)).toEqual(['border-incident-2016']);
    expect(back.collections.figures.changed[0]!.changes[0]).toMatchObject({
      old: 'about 8,400 troops',
      new: '5,500 troops',
    });
  });
});
