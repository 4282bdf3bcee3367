// Briefs for the series tests: small, valid, each with words of its own so a search can tell them apart.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Brief } from '@briefkit/schema';
import { minimalBrief } from '@briefkit/schema/fixtures';

export interface BriefSpec {
  id: string;
  title: string;
  country?: { code: string; name: string };
  published: string;
  lede?: string;
  text?: string;
  supersedes?: string;
  kind?: Brief['kind'];
}

export function seriesBrief(spec: BriefSpec): Brief {
  return {
    ...minimalBrief,
    id: spec.id,
    title: spec.title,
    country: spec.country ?? { code: 'TJ', name: 'Tajikistan' },
    published: spec.published,
    ...(spec.kind === undefined ? {} : { kind: spec.kind }),
    ...(spec.supersedes === undefined ? {} : { supersedes: spec.supersedes }),
    lede: [{ type: 'text', text: spec.lede ?? `${spec.title}: what a reader should know first.` }],
    sections: [
      {
        id: 'background',
        title: 'Background',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: spec.text ?? 'The civil war ended in 1997.' }],
          },
        ],
      },
    ],
  };
}

/** Writes `<dir>/<id>.brief.json` for each spec. */
export async function writeSeries(dir: string, specs: readonly BriefSpec[]): Promise<void> {
  for (const spec of specs) {
    await writeFile(join(dir, `${spec.id}.brief.json`), `${JSON.stringify(seriesBrief(spec), null, 2)}\n`);
  }
}

/** Three briefs in two countries; the second Tajik one replaces the first. */
export const THREE: readonly BriefSpec[] = [
  {
    id: 'tj-2016-02',
    title: 'Tajikistan: New challenges to security',
    published: '2016-02',
    kind: 'country',
    text: 'The Rasht valley saw fighting in 2010 and 2011.',
  },
  {
    id: 'tj-2016-06',
    title: 'Tajikistan: New challenges to security',
    published: '2016-06',
    kind: 'country',
    supersedes: 'tj-2016-02',
    text: 'The Rasht valley saw heavy fighting in 2010 and 2011.',
  },
  {
    id: 'kg-2017',
    title: 'Kyrgyzstan: A fragile balance',
    country: { code: 'KG', name: 'Kyrgyzstan' },
    published: '2017-03',
    kind: 'crisis-update',
    text: 'Clashes on the border near Batken displaced thousands.',
  },
];
