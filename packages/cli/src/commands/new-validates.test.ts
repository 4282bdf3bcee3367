import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ENTITY_COLLECTIONS } from '@briefkit/schema';
import { compileSource } from '@briefkit/validator';
import { describe, expect, it } from 'vitest';
import { lookupCountry } from '../scaffold/country.js';
import { starterBrief } from '../scaffold/template.js';
import { runCli, withTempDir } from '../test-helpers.js';

const errorsIn = (text: string) =>
  compileSource(text, { file: 'x.brief.md', format: 'markdown' }).diagnostics.filter(
    (d) => d.severity === 'error',
  );

describe('the starter brief', () => {
  it.each(['TJ', 'KG', 'CI', 'BA', 'US'])('validates with no errors for %s', (code) => {
    const text = starterBrief({ country: lookupCountry(code), published: '2026-11' });
    expect(errorsIn(text)).toEqual([]);
  });

  it('still validates with every example fact uncommented', () => {
    const text = starterBrief({ country: lookupCountry('KG'), published: '2026-11', examples: 'active' });
    expect(errorsIn(text)).toEqual([]);
    const brief = compileSource(text, { file: 'x.brief.md', format: 'markdown' }).brief;
    expect(brief?.events?.[0]?.casualties).toHaveLength(2);
    expect(brief?.sources?.[0]?.linkUnknown).toBe(true);
    for (const key of ENTITY_COLLECTIONS) {
      expect(brief?.[key]?.length, key).toBeGreaterThan(0);
    }
  });

  it('compiles to the sections a country brief usually has', () => {
    const brief = compileSource(starterBrief({ country: lookupCountry('TJ'), published: '2026-11' }), {
      file: 'x.brief.md',
      format: 'markdown',
    }).brief;
    expect(brief?.country).toEqual({ code: 'TJ', name: 'Tajikistan' });
    expect(brief?.sections.map((s) => s.title)).toEqual([
      'Background',
      'Internal threats',
      'External threats',
      'Responses',
    ]);
  });

  it('passes `briefkit validate` straight after `briefkit new`', () =>
    withTempDir(async (dir) => {
      expect((await runCli(['new', 'TJ'], { cwd: dir })).code).toBe(0);
      const { code, stdout } = await runCli(['validate', 'tj.brief.md'], { cwd: dir });
      expect(code, stdout).toBe(0);
    }));

  it('is reported at its line once an author breaks it', () =>
    withTempDir(async (dir) => {
      const text = starterBrief({ country: lookupCountry('TJ'), published: '2026-11' });
      await writeFile(join(dir, 'tj.brief.md'), text.replace('published: "2026-11"', 'published: "2026-13"'));
      const { code, stdout } = await runCli(['validate', 'tj.brief.md'], { cwd: dir });
      expect(code).toBe(1);
      const line = text.split('\n').findIndex((l) => l.startsWith('published:')) + 1;
      expect(stdout).toContain(`tj.brief.md:${line}:`);
    }));
});

describe('the starter briefs of the other kinds', () => {
  const compile = (text: string) => compileSource(text, { file: 'x.brief.md', format: 'markdown' });

  it.each([
    ['thematic', 'KG', '2026-11'],
    ['thematic', 'ML', '2026-11'],
    ['crisis-update', 'ML', '2026-11-27'],
    ['crisis-update', 'TJ', '2026-11-27'],
  ] as const)(
    'a %s brief on %s validates with no errors, examples commented or not',
    (kind, code, published) => {
      const country = lookupCountry(code);
      for (const examples of ['commented', 'active'] as const) {
        const text = starterBrief({ country, kind, published, examples });
        expect(errorsIn(text), `${kind} ${examples}`).toEqual([]);
        expect(compile(text).brief?.kind).toBe(kind);
      }
    },
  );

  it('gives a thematic brief the sections of a thematic analysis and a keyword to fill in', () => {
    const brief = compile(
      starterBrief({ country: lookupCountry('KG'), kind: 'thematic', published: '2026-11' }),
    ).brief;
    expect(brief?.id).toBe('kg-thematic-brief');
    expect(brief?.keywords).toEqual(['Name of the theme']);
    expect(brief?.sections.map((s) => s.title)).toEqual([
      'The issue',
      'Drivers and trends',
      'Actors',
      'Regional and international dimension',
      'Outlook',
    ]);
  });

  it('dates a crisis update to the day, as of its publication, with the sections of an update', () => {
    const brief = compile(
      starterBrief({ country: lookupCountry('ML'), kind: 'crisis-update', published: '2026-11-27' }),
    ).brief;
    expect(brief?.id).toBe('ml-crisis-update-2026-11-27');
    expect(brief?.published).toBe('2026-11-27');
    expect(brief?.asOf).toBe('2026-11-27');
    expect(brief?.sections.map((s) => s.title)).toEqual([
      'What happened',
      'Casualties and humanitarian situation',
      'Official accounts and reactions',
      'What to watch',
    ]);
  });

  it.each(['thematic', 'crisis-update'])(
    'passes `briefkit validate` straight after `briefkit new --kind %s`',
    (kind) =>
      withTempDir(async (dir) => {
        expect((await runCli(['new', 'ML', '--kind', kind], { cwd: dir })).code).toBe(0);
        const { code, stdout } = await runCli(['validate', `ml-${kind}.brief.md`], { cwd: dir });
        expect(code, stdout).toBe(0);
      }),
  );
});
