// Runs in real Chromium: proves the schema package is browser-safe (no node: imports, no eval needed).

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkBrief } from './check.js';
import { fullBrief, invalidFixtures, minimalBrief } from './fixtures/index.js';

describe('@briefkit/schema in Chromium', () => {
  it('runs in a real browser', () => {
    expect(navigator.userAgent).toMatch(/Chrome/);
    expect(typeof window.document).toBe('object');
  });

  it('accepts the valid fixtures', () => {
    expect(checkBrief(minimalBrief).ok).toBe(true);
    expect(checkBrief(fullBrief).ok).toBe(true);
  });

  it('rejects every invalid fixture at its path', () => {
    for (const fixture of invalidFixtures) {
      const result = checkBrief(fixture.doc);
      expect(result.ok, fixture.name).toBe(false);
      expect(
        result.issues.map((i) => i.path),
        fixture.name,
      ).toContainEqual(fixture.path);
    }
  });

  it('works jitless, as under a strict CSP', () => {
    z.config({ jitless: true });
    try {
      expect(checkBrief(fullBrief).ok).toBe(true);
    } finally {
      z.config({ jitless: false });
    }
  });
});
