import { fullBrief } from '@briefkit/schema/fixtures';
import { expect, it } from 'vitest';
import { SecurityBriefMap } from './map.js';

// In a file of its own: the module cache of the test page must not have seen the geodata yet.
const fetched = (part: string) =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(part));

it('fetches the projection code and the atlas only once a map connects', async () => {
  customElements.define('security-brief-map', SecurityBriefMap);
  const el = document.createElement('security-brief-map') as SecurityBriefMap;
  el.brief = fullBrief;
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(fetched('countries-110m')).toBe(false);
  expect(fetched('/parts/map/geo.ts')).toBe(false);

  document.body.append(el);
  await expect.poll(() => el.shadowRoot?.querySelector('svg[role="img"]'), { timeout: 10_000 }).toBeTruthy();
  expect(fetched('countries-110m')).toBe(true);
  expect(fetched('/parts/map/geo.ts')).toBe(true);
});
