import { describe, expect, it } from 'vitest';
import { minimalBrief } from './fixtures/index.js';
import { migrate } from './migrate.js';

describe('migrate', () => {
  it('brings a pre-release 0.9 document to 1.0', () => {
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
    expect(result).toMatchObject({ from: '0.9', to: '1.0' });
    if (!result.ok) return;
    expect(result.brief.formatVersion).toBe('1.0');
    expect(result.brief.lede).toEqual([{ type: 'text', text: 'A short summary.' }]);
    expect(result.brief.sections[0]?.sections?.[0]?.id).toBe('detail');
    expect(result.brief.sources).toEqual([
      { id: 'src-a', title: 'A', url: 'https://example.org/a' },
      { id: 'src-b', title: 'B', linkUnknown: true },
    ]);
  });

  it('checks current documents unchanged', () => {
    const result = migrate(minimalBrief);
    expect(result.ok).toBe(true);
    expect(result.from).toBe('1.0');
  });

  it('reports a broken 0.x document instead of throwing', () => {
    const result = migrate({ formatVersion: '0.9', sections: 'nope' });
    expect(result.ok).toBe(false);
  });
});
