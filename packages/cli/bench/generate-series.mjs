// Generates the briefs of a series for the scale benchmark: valid canonical briefs of about the size of an
// "At a glance" note (a lede, four sections of prose, a handful of actors, events and sources), each with
// its own id, country, date and words, so the index, the feed and the search have real work to do.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const COUNTRIES = [
  ['TJ', 'Tajikistan'],
  ['KG', 'Kyrgyzstan'],
  ['KZ', 'Kazakhstan'],
  ['UZ', 'Uzbekistan'],
  ['TM', 'Turkmenistan'],
  ['AF', 'Afghanistan'],
  ['ML', 'Mali'],
  ['NE', 'Niger'],
  ['BF', 'Burkina Faso'],
  ['TD', 'Chad'],
];
const WORDS = (
  'security border government opposition party election attack police militants statement court ministry ' +
  'defence region province agreement ceasefire refugees economy remittances migration president parliament ' +
  'reform protest arrest sentence organisation extremism terrorism cooperation drought pipeline mining'
).split(' ');

const pad = (n) => String(n).padStart(2, '0');

function sentence(seed, length) {
  const out = [];
  for (let i = 0; i < length; i++) out.push(WORDS[(seed * 7 + i * 13 + (seed >> 3)) % WORDS.length]);
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

const text = (t) => [{ type: 'text', text: t }];

/** The `n`th brief of a generated series. */
export function seriesBrief(n) {
  const [code, name] = COUNTRIES[n % COUNTRIES.length];
  const year = 2010 + (n % 12);
  const month = 1 + (n % 12);
  const id = `brief-${n}`;
  const sections = [0, 1, 2, 3].map((s) => ({
    id: `section-${s}`,
    title: `${name}: ${sentence(n + s, 3).slice(0, -1)}`,
    content: [0, 1, 2].map((p) => ({
      type: 'paragraph',
      content: [
        ...text(`${sentence(n * 5 + s * 3 + p, 18)} ${sentence(n + p, 14)} Marker${n}x${s}. `),
        { type: 'citation', source: `src-${(s + p) % 4}`, text: 'reported' },
        ...text(' by '),
        { type: 'mention', entity: `actor-${(s + p) % 3}`, text: `Actor ${n}.${(s + p) % 3}` },
        ...text(` ${sentence(n + s + p, 11)}`),
      ],
    })),
  }));
  return {
    formatVersion: '1.0',
    id,
    kind: n % 5 === 0 ? 'crisis-update' : 'country',
    country: { code, name },
    title: `${name}: ${sentence(n, 4).slice(0, -1)} (${n})`,
    lede: text(`${sentence(n, 20)} ${sentence(n + 1, 16)}`),
    published: `${year}-${pad(month)}`,
    asOf: `${year}-${pad(month)}-${pad(1 + (n % 28))}`,
    language: 'en',
    sections,
    actors: [0, 1, 2].map((a) => ({
      id: `actor-${a}`,
      kind: ['person', 'party', 'armed-group'][a],
      name: `Actor ${n}.${a}`,
      role: sentence(n + a, 4),
    })),
    events: [0, 1, 2].map((e) => ({
      id: `event-${e}`,
      title: sentence(n + e * 2, 6),
      date: `${year - 1}-${pad(1 + ((month + e) % 12))}`,
    })),
    sources: [0, 1, 2, 3].map((s) => ({ id: `src-${s}`, citedAs: `source ${s}`, linkUnknown: true })),
  };
}

/** Writes briefs `0 … count-1` as `<dir>/brief-<n>.brief.json`; returns their total size in bytes. */
export async function writeGeneratedSeries(dir, count) {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const json = JSON.stringify(seriesBrief(n));
    bytes += json.length;
    await writeFile(join(dir, `brief-${n}.brief.json`), json);
  }
  return bytes;
}
