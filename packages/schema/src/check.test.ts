import { describe, expect, it } from 'vitest';
import { checkBrief, isBrief } from './check.js';
import { fullBrief, invalidFixtures, minimalBrief } from './fixtures/index.js';

describe('checkBrief', () => {
  it('accepts the minimal brief', () => {
    const result = checkBrief(minimalBrief);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('accepts the full-feature brief', () => {
    expect(checkBrief(fullBrief).issues).toEqual([]);
  });

  it('has at least 25 invalid fixtures, each with its own reason', () => {
    expect(invalidFixtures.length).toBeGreaterThanOrEqual(25);
    expect(new Set(invalidFixtures.map((f) => f.name)).size).toBe(invalidFixtures.length);
  });

  describe.each(invalidFixtures)('rejects: $name', (fixture) => {
    it('reports the offending path', () => {
      const result = checkBrief(fixture.doc);
      expect(result.ok).toBe(false);
      expect(result.issues.map((i) => i.path)).toContainEqual(fixture.path);
      for (const issue of result.issues) {
        expect(issue.message).not.toMatch(/Invalid input|expected .* received/i);
      }
    });
  });

  it('names the supported versions for an unknown major', () => {
    const result = checkBrief({ ...minimalBrief, formatVersion: '3.1' });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'unsupported-format-version', path: ['formatVersion'] }),
    ]);
    expect(result.issues[0]?.message).toContain('1.x');
  });

  it('speaks an author language for common mistakes', () => {
    const noTitle = checkBrief({ ...minimalBrief, title: undefined });
    expect(noTitle.issues[0]?.message).toBe('"title" is required');
    const badDate = checkBrief({ ...minimalBrief, published: 'Feb 2016' });
    expect(badDate.issues[0]?.message).toContain('like 2015-09-04');
    const typo = checkBrief({ ...minimalBrief, titel: 'x' });
    expect(typo.issues[0]?.message).toContain('"titel"');
  });

  it('never throws on hostile values', () => {
    const cyclic: Record<string, unknown> = { ...minimalBrief };
    const section: Record<string, unknown> = { id: 'a', title: 'A', content: [] };
    section.sections = [section];
    cyclic.sections = [section];
    let deep: Record<string, unknown> = { id: 'x', title: 'X', content: [] };
    for (let i = 0; i < 10_000; i++) deep = { id: 'x', title: 'X', content: [], sections: [deep] };
    const protoKey = JSON.parse(`{"__proto__": {"polluted": true}, "formatVersion": "1.0"}`);
    const inputs: unknown[] = [
      null,
      undefined,
      42,
      'brief',
      [],
      Symbol('s'),
      () => 1,
      cyclic,
      { ...minimalBrief, sections: [deep] },
      protoKey,
      { ...minimalBrief, title: 'x'.repeat(5_000_000) },
      Object.create(null),
    ];
    for (const input of inputs) {
      const result = checkBrief(input);
      expect(typeof result.ok).toBe('boolean');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(checkBrief(cyclic).issues[0]?.code).toBe('too-deep');
    expect(checkBrief(protoKey).ok).toBe(false);
  });

  it('isBrief narrows', () => {
    expect(isBrief(minimalBrief)).toBe(true);
    expect(isBrief({})).toBe(false);
  });
});
