import { describe, expect, it } from 'vitest';
import { minimalBrief } from './fixtures/index.js';
import { migrate } from './migrate.js';
import { FORMAT_VERSION, SCHEMA_ID } from './version.js';

describe('migrate', () => {
  it('brings a pre-release 0.9 document to the current version', () => {
    const result = migrate({
      formatVersion: '0.9',
      id: 'tj-2015',
      country: 'TJ',
      countryName: 'Tajikistan',
      title: 'Tajikistan in 2015',
      summary: 'A short summary.',
      date: '2015-12',
      sections: [
        {
          heading: 'Background',
          paragraphs: ['One.', 'Two.'],
          subsections: [{ heading: 'Detail', paragraphs: ['Three.'] }],
        },
      ],
      sources: [
        { id: 'src-a', title: 'A', href: 'https://example.org/a' },
        { id: 'src-b', title: 'B' },
      ],
    });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result).toMatchObject({ from: '0.9', to: FORMAT_VERSION });
    if (!result.ok) return;
    expect(result.brief.formatVersion).toBe(FORMAT_VERSION);
    expect(result.brief.lede).toEqual([{ type: 'text', text: 'A short summary.' }]);
    expect(result.brief.sections[0]?.sections?.[0]?.id).toBe('detail');
    expect(result.brief.sources).toEqual([
      { id: 'src-a', title: 'A', url: 'https://example.org/a' },
      { id: 'src-b', title: 'B', linkUnknown: true },
    ]);
  });

  it('checks current documents unchanged', () => {
    const current = { ...minimalBrief, formatVersion: FORMAT_VERSION };
    const result = migrate(current);
    expect(result).toMatchObject({ ok: true, from: FORMAT_VERSION, to: FORMAT_VERSION, notes: [] });
    if (result.ok) expect(result.brief).toEqual(current);
  });

  it('moves a 1.0 document to 1.1, naming the new schema, without changing the input', () => {
    const old = {
      ...minimalBrief,
      formatVersion: '1.0',
      $schema: 'https://briefkit.dev/schema/brief/1.0/brief.schema.json',
    };
    const result = migrate(old);
    expect(FORMAT_VERSION).toBe('1.1');
    expect(result).toMatchObject({ ok: true, from: '1.0', to: '1.1' });
    expect(result.notes).toEqual([
      'formatVersion 1.0 became 1.1; nothing else needed to change',
      `$schema now names ${SCHEMA_ID}`,
    ]);
    if (!result.ok) return;
    expect(result.brief.formatVersion).toBe('1.1');
    expect(result.brief.$schema).toBe(SCHEMA_ID);
    expect(result.brief.sections).toEqual(minimalBrief.sections);
    expect(old.formatVersion).toBe('1.0');
  });

  it('leaves a $schema that is not ours alone', () => {
    const result = migrate({ ...minimalBrief, formatVersion: '1.0', $schema: './local.schema.json' });
    expect(result.ok && result.brief.$schema).toBe('./local.schema.json');
  });

  it('reports a broken 0.x document instead of throwing', () => {
    const result = migrate({ formatVersion: '0.9', sections: 'nope' });
    expect(result.ok).toBe(false);
  });
});
