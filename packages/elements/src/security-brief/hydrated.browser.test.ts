// Hydration support must load before Lit: this import comes first.
import '../hydrate.js';
import { fullBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
import type { SecurityBrief } from '../security-brief/security-brief.js';
import { briefExpectations } from '../test/brief-expectations.js';
import { insertServerHtml, type MountOptions, shadow } from '../test/mount.js';

async function hydrate(options?: MountOptions): Promise<SecurityBrief> {
  const el = insertServerHtml(options) as SecurityBrief;
  await el.updateComplete;
  return el;
}

describe('<security-brief> rendered on the server, then hydrated', () => {
  briefExpectations('hydrated', hydrate);

  it('adopts the server DOM instead of rendering it again', async () => {
    const el = insertServerHtml() as SecurityBrief;
    const before = shadow(el).querySelector('h1');
    const sources = shadow(el).querySelector('[part~="sources"]');
    expect(before).not.toBeNull();
    await el.updateComplete;
    expect(el.brief?.id).toBe(fullBrief.id);
    expect(shadow(el).querySelector('h1')).toBe(before);
    expect(shadow(el).querySelector('[part~="sources"]')).toBe(sources);
  });

  it('is live after hydration: a new title updates in place', async () => {
    const el = await hydrate();
    const h1 = shadow(el).querySelector('h1');
    el.brief = { ...fullBrief, title: 'Tajikistan: an update' };
    await el.updateComplete;
    expect(shadow(el).querySelector('h1')).toBe(h1);
    expect(h1?.textContent?.trim()).toBe('Tajikistan: an update');
  });

  it('shows an error instead of failing to hydrate when the JSON it carries is broken', async () => {
    const fired: Event[] = [];
    const listener = (e: Event) => fired.push(e);
    document.addEventListener('security-brief-error', listener);
    try {
      const el = insertServerHtml({}, (html) =>
        html.replace(
          /<script type="application\/json">[\s\S]*<\/script>/,
          '<script type="application/json">{"id": </script>',
        ),
      ) as SecurityBrief;
      await el.updateComplete;
      expect(fired).toHaveLength(1);
      expect(shadow(el).querySelector('[role="alert"]')?.textContent).toContain('not valid JSON');
      expect(shadow(el).querySelector('h1')).toBeNull();
    } finally {
      document.removeEventListener('security-brief-error', listener);
    }
  });
});
