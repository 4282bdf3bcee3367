// Generates a valid, realistic canonical brief of roughly the requested size: many actors, places, events,
// figures, claims and sources, and sections whose paragraphs cite and mention them.

const words = (
  'security border government opposition party election attack police militants statement court ' +
  'ministry defence region province agreement ceasefire refugees economy remittances migration ' +
  'president parliament reform protest arrest sentence organisation extremism terrorism cooperation'
).split(' ');

function sentence(seed, length) {
  const out = [];
  for (let i = 0; i < length; i++) out.push(words[(seed * 7 + i * 13) % words.length]);
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

const pad = (n) => String(n).padStart(2, '0');
const dayOf = (i) => `20${pad(10 + (i % 6))}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;

/** One unit of content: about 10 KB of JSON. */
function unit(u, brief) {
  const p = `u${u}`;
  const actors = [];
  for (let i = 0; i < 6; i++) {
    actors.push({
      id: `${p}-actor-${i}`,
      kind: ['person', 'party', 'government-body', 'armed-group', 'ngo', 'state'][i],
      name: `Actor ${u}.${i}`,
      role: sentence(u + i, 4),
      country: 'TJ',
      sources: [`${p}-src-${i % 4}`],
    });
  }
  const places = [0, 1].map((i) => ({
    id: `${p}-place-${i}`,
    name: `Place ${u}.${i}`,
    kind: 'city',
    country: 'TJ',
    coordinates: { lat: 38 + i / 10, lon: 68 + u / 1000 },
  }));
  const sources = [0, 1, 2, 3].map((i) => ({
    id: `${p}-src-${i}`,
    title: `Report ${u}.${i}: ${sentence(u * 3 + i, 5)}`,
    kind: 'report',
    publisher: 'Example Research Service',
    ...(i % 2 === 0
      ? { url: `https://example.org/reports/${u}/${i}` }
      : { linkUnknown: true, citedAs: `report ${i}` }),
    date: '2015-10',
  }));
  const claims = [
    {
      id: `${p}-claim`,
      kind: 'account',
      claimant: `${p}-actor-2`,
      subjects: [`${p}-actor-3`],
      text: sentence(u, 12),
      date: '2015-09',
      event: `${p}-event-0`,
      sources: [`${p}-src-1`],
    },
  ];
  const events = [0, 1, 2].map((i) => ({
    id: `${p}-event-${i}`,
    title: `Event ${u}.${i}: ${sentence(u + i, 4)}`,
    date: i === 2 ? '2010/2014' : dayOf(u + i),
    kind: 'attack',
    description: sentence(u * 5 + i, 20),
    places: [`${p}-place-${i % 2}`],
    actors: [`${p}-actor-3`, `${p}-actor-2`],
    casualties: [{ group: 'police officers', outcome: 'killed', count: { value: 9 + i, low: 9, high: 20 } }],
    ...(i === 0 ? { claims: [`${p}-claim`] } : {}),
    sources: [`${p}-src-${i}`],
  }));
  const figures = [
    {
      id: `${p}-figure`,
      label: `Figure ${u}`,
      quantity: { value: 1000 + u, low: 900, high: 2000 + u, qualifier: 'about' },
      unit: 'people',
      date: '2015',
      subject: `${p}-event-0`,
      sources: [`${p}-src-2`],
    },
  ];
  brief.actors.push(...actors);
  brief.places.push(...places);
  brief.sources.push(...sources);
  brief.claims.push(...claims);
  brief.events.push(...events);
  brief.figures.push(...figures);
  const paragraph = (i) => ({
    type: 'paragraph',
    content: [
      { type: 'text', text: `${sentence(u + i, 18)} ` },
      { type: 'mention', entity: `${p}-actor-${i % 6}`, text: `Actor ${u}.${i % 6}` },
      { type: 'text', text: ` ${sentence(u * 2 + i, 10)} `, marks: i % 3 === 0 ? ['emphasis'] : undefined },
      { type: 'citation', source: `${p}-src-${i % 4}`, text: `report ${i}` },
      { type: 'text', text: ` and on ` },
      { type: 'mention', entity: `${p}-event-${i % 3}`, text: 'that day' },
      { type: 'text', text: `, ${sentence(u + 3 * i, 14)}` },
    ].map((s) => (s.marks === undefined ? (({ marks, ...rest }) => rest)(s) : s)),
  });
  return {
    id: `${p}-section`,
    title: `Section ${u}: ${sentence(u, 5)}`,
    content: [
      paragraph(0),
      paragraph(1),
      {
        type: 'quote',
        paragraphs: [[{ type: 'text', text: sentence(u + 9, 16) }]],
        attribution: [{ type: 'mention', entity: `${p}-actor-2`, text: `Actor ${u}.2` }],
        speaker: `${p}-actor-2`,
        claim: `${p}-claim`,
      },
      {
        type: 'list',
        ordered: false,
        items: [0, 1, 2].map((i) => [
          { type: 'text', text: sentence(u + i, 8) },
          { type: 'mention', entity: `${p}-place-${i % 2}`, text: `Place ${u}.${i % 2}` },
        ]),
      },
      { type: 'key-facts', facts: [`${p}-figure`, `${p}-event-0`, `${p}-claim`] },
    ],
    sections: [
      {
        id: `${p}-subsection`,
        title: `Subsection ${u}`,
        content: [paragraph(2), paragraph(3), paragraph(4), paragraph(5)],
      },
    ],
  };
}

/** The number of content units whose brief is about `kilobytes` KB of JSON. */
export function unitsFor(kilobytes) {
  return generateBrief({ kilobytes }).sections.length;
}

/** A valid brief of `units` content units, or of about `kilobytes` KB of JSON. */
export function generateBrief({ kilobytes = Number.POSITIVE_INFINITY, units = Number.POSITIVE_INFINITY }) {
  const brief = {
    formatVersion: '1.0',
    id: 'generated-brief',
    kind: 'country',
    country: { code: 'TJ', name: 'Tajikistan' },
    title: 'Tajikistan: a generated brief',
    lede: [{ type: 'text', text: 'A generated brief for measuring the validator on large documents.' }],
    published: '2016-02',
    asOf: '2016-01-27',
    language: 'en',
    sections: [],
    actors: [],
    places: [],
    events: [],
    figures: [],
    claims: [],
    sources: [],
  };
  for (let u = 0; u < units && JSON.stringify(brief).length < kilobytes * 1024; u++)
    brief.sections.push(unit(u, brief));
  return brief;
}
