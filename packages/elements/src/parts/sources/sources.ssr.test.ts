import type { Brief } from '@briefkit/schema';
import { minimalBrief } from '@briefkit/schema/fixtures';
import { expect, it } from 'vitest';
import { renderPart } from '../../ssr/index.js';

/** The text of each entry of the sources list, as a reader reads it. */
async function entries(sources: NonNullable<Brief['sources']>): Promise<string[]> {
  const markup = await renderPart('sources', { ...minimalBrief, sources } as Brief);
  return [...markup.matchAll(/<li[^>]*class="source"[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
    (m[1] as string)
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .replace(/&amp;/g, '&')
      .trim(),
  );
}

it('never doubles the punctuation of a title or detail that ends its own sentence', async () => {
  expect(
    await entries([
      { id: 'a', title: 'Civilians executed in Moura.', publisher: 'Rights Watch', date: '2022-04' },
      { id: 'b', title: 'Who killed them?', linkUnknown: true },
      { id: 'c', title: 'A plain title', authors: ['J. Doe', 'R. Roe Jr.'] },
      { id: 'd', title: 'A plain title', publisher: 'Rights Watch' },
    ]),
  ).toEqual([
    'Civilians executed in Moura. Rights Watch, April 2022.',
    'Who killed them? (link not available)',
    'A plain title. J. Doe, R. Roe Jr.',
    'A plain title. Rights Watch.',
  ]);
});
