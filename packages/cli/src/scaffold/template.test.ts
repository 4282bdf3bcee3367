import { SCHEMA_ID } from '@briefkit/schema';
import { describe, expect, it } from 'vitest';
import { starterBrief, starterFileName } from './template.js';

const kg = { code: 'KG', name: 'Kyrgyzstan' };
const text = starterBrief({ country: kg, published: '2026-11' });
const frontMatter = text.split('\n---\n')[0]!;
const body = text.slice(frontMatter.length);

describe('starterBrief', () => {
  it('fills in the country and points editors at the JSON Schema', () => {
    expect(text.startsWith('---\n')).toBe(true);
    expect(frontMatter).toContain(`# yaml-language-server: $schema=${SCHEMA_ID}`);
    expect(frontMatter).toContain('country: { code: KG, name: "Kyrgyzstan" }');
    expect(frontMatter).toContain('title: "Kyrgyzstan: security brief"');
    expect(frontMatter).toContain('id: kg-security-brief');
  });

  it('has the sections a country brief usually has, in order', () => {
    const headings = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Background', 'Internal threats', 'External threats', 'Responses']);
  });

  it('comments out an example of every kind of fact', () => {
    for (const key of ['actors', 'places', 'events', 'figures', 'ratings', 'claims', 'threats', 'sources']) {
      expect(frontMatter).toMatch(new RegExp(`^# ${key}:$`, 'm'));
      expect(frontMatter).not.toMatch(new RegExp(`^${key}:`, 'm'));
    }
    expect(frontMatter).toContain('#     casualties:');
    expect(frontMatter).toContain('linkUnknown: true');
  });

  it('writes the same examples live when asked, every line uncommented', () => {
    const active = starterBrief({ country: kg, published: '2026-11', examples: 'active' });
    expect(active).toMatch(/^events:$/m);
    expect(active).toMatch(/^ {6}- \{ group: "police officers", outcome: killed/m);
  });

  it('quotes every free-text value inside a { … } mapping, where a comma would end it', () => {
    const active = starterBrief({ country: kg, published: '2026-11', examples: 'active' });
    const flow = active.split('\n').filter((line) => /^\s*- \{/.test(line));
    expect(flow.length).toBeGreaterThan(5);
    for (const line of flow) {
      for (const [, key, value] of line.matchAll(
        /\b(name|role|group|text|citedAs|label|title|description): ([^,}]*)/g,
      )) {
        expect(value, `${key} in: ${line}`).toMatch(/^"/);
      }
    }
  });

  it('quotes names that YAML would otherwise misread', () => {
    const odd = starterBrief({
      country: { code: 'CI', name: 'Côte d’Ivoire: "test" # x' },
      published: '2026-11',
    });
    expect(odd).toContain('name: "Côte d’Ivoire: \\"test\\" # x"');
  });

  it('names the file after the code', () => {
    expect(starterFileName(kg)).toBe('kg.brief.md');
  });
});
