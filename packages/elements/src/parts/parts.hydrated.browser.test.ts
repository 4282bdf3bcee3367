// Hydration support must load before Lit: this import comes first.
import '../hydrate.js';
import { fullBrief } from '@briefkit/schema/fixtures';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BriefElement } from '../shared/brief-element.js';
import { insertServerPart, shadow } from '../test/mount.js';

const PARTS = ['timeline', 'actors', 'threats', 'figures', 'sources', 'map'] as const;

describe('each part rendered on its own on the server, then hydrated', () => {
  let errors: string[] = [];
  beforeEach(() => {
    errors = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  for (const part of PARTS) {
    it(`<security-brief-${part}> reads its brief from the page and keeps the server's DOM`, async () => {
      const el = insertServerPart(part) as BriefElement & { updateComplete: Promise<unknown> };
      const root = shadow(el);
      const heading = root.querySelector('h2');
      const text = root.textContent;
      expect(heading).not.toBeNull();
      expect(el.brief).toBeDefined();
      await el.updateComplete;
      expect(el.brief?.id).toBe(fullBrief.id);
      expect(root.querySelector('h2')).toBe(heading);
      expect(root.textContent).toBe(text);
      expect(errors).toEqual([]);
    });
  }

  it('is live after hydration: a changed event title shows in the timeline in place', async () => {
    const el = insertServerPart('timeline') as BriefElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    const heading = shadow(el).querySelector('h2');
    el.brief = {
      ...fullBrief,
      events: (fullBrief.events ?? []).map((e) =>
        e.id === 'sep-2015-attacks' ? { ...e, title: 'Attacks on a ministry' } : e,
      ),
    };
    await el.updateComplete;
    expect(shadow(el).querySelector('h2')).toBe(heading);
    expect(shadow(el).textContent).toContain('Attacks on a ministry');
  });

  it('shows an error and fires security-brief-error when the JSON it carries is broken', async () => {
    const fired: Event[] = [];
    const listener = (e: Event) => fired.push(e);
    document.addEventListener('security-brief-error', listener);
    try {
      let served = '';
      const el = insertServerPart('figures', (html) => {
        served = html.replace(
          /<script type="application\/json">[\s\S]*<\/script>/,
          '<script type="application/json">{"id": </script>',
        );
        return served;
      }) as BriefElement & { updateComplete: Promise<unknown> };
      // The server's markup was there (and went once the element found it could not hydrate it).
      expect(served).toMatch(/<template shadowroot[^>]*>[\s\S]*<h2/);
      await el.updateComplete;
      expect(fired).toHaveLength(1);
      expect(shadow(el).querySelector('[role="alert"]')?.textContent).toContain('not valid JSON');
      expect(shadow(el).querySelector('h2')).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      document.removeEventListener('security-brief-error', listener);
    }
  });
});
