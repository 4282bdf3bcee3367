import { type BriefKind, FORMAT_VERSION, SCHEMA_ID } from '@briefkit/schema';
import type { CountryInfo } from './country.js';

export interface StarterOptions {
  country: CountryInfo;
  /** The kind of brief, which decides its title, id and sections (default `country`). */
  kind?: BriefKind;
  /**
   * Publication date written as `published`: a month (`2026-11`) for a country or thematic brief, a day
   * (`2026-11-27`) for a crisis update, which is also its `asOf`.
   */
  published: string;
  /**
   * `commented` (what `briefkit new` writes): the example facts are YAML comments the author uncomments.
   * `active`: the same examples as live YAML, so tests can prove that uncommenting them yields a valid brief.
   */
  examples?: 'commented' | 'active';
}

export const BRIEF_KINDS: readonly BriefKind[] = ['country', 'thematic', 'crisis-update'];

/** YAML double-quoted scalars accept JSON string syntax, so any name is written safely. */
const q = (text: string) => JSON.stringify(text);

/** One example of each kind of fact, cross-referenced the way a real brief links them. */
function exampleFacts(country: CountryInfo): string {
  const c = country.code;
  const lc = c.toLowerCase();
  return `# In a { … } mapping a comma ends the value: put free text in "quotes" (as here) or write the entry in
# block style, one field a line (as the events below), where a comma is just a comma.
actors:
  # A person, party, government body, state, armed group, international organisation, NGO or media outlet.
  - { id: president, kind: person, name: "Full Name", role: ${q(`President of ${country.name}`)}, country: ${c} }
  - { id: ${lc}-state, kind: state, name: ${q(country.name)}, country: ${c} }
  - { id: supreme-court, kind: government-body, name: "Supreme Court", country: ${c} }
  - { id: example-group, kind: armed-group, name: "Name of the group" }
  - { id: rating-agency, kind: ngo, name: "Name of the organisation that rates the country" }
places:
  - { id: capital, name: "Name of the capital", kind: capital, country: ${c} }
events:
  - id: example-attack
    title: What happened, in a few words
    # 2015-09-04 is a day, 2015-09 a month, 2015 a year, 1992/1997 a range; add ~ if approximate.
    date: "2015-09-04"
    kind: attack
    places: [capital]
    actors: [example-group]
    # One entry per group; a count can carry bounds: { value: 100000, qualifier: almost, approximate: true }.
    casualties:
      - { group: "police officers", outcome: killed, count: { value: 9 } }
      - { group: "militants", actor: example-group, outcome: killed, count: { value: 13 } }
    sources: [src-example]
figures:
  - id: example-figure
    label: What the number counts
    quantity: { value: 1000, qualifier: up-to, approximate: true }
    unit: people
    date: "2016"
    subject: ${lc}-state
    sources: [src-example]
  # A number the claimants report differently: one estimate per claimant, none promoted to "the" number.
  - id: example-contested-toll
    label: People killed in the attack
    unit: people
    estimates:
      - id: official
        claimant: ${lc}-state
        quantity: { value: 22 }
        group: militants and police officers
        sources: [src-example]
      - id: other-count
        claimant: rating-agency
        quantity: { value: 40, low: 40, qualifier: at-least }
        group: people, most of them civilians
        disputes: [official]
        sources: [src-example]
ratings:
  # A rating always names its rater and its scale.
  - id: example-rating
    rater: rating-agency
    subject: ${lc}-state
    scale: { name: Name of the index, categories: [Not Free, Partly Free, Free] }
    value: Not Free
    edition: "2016"
    sources: [src-example]
claims:
  # Who asserts what: a designation, an official account, a denial… each attributed to its claimant.
  - id: example-designation
    kind: designation
    claimant: supreme-court
    subjects: [example-group]
    text: The Supreme Court designated the group an extremist organisation.
    date: "2015-09-29"
    sources: [src-example]
threats:
  - id: example-threat
    title: Name of the threat
    scope: internal
    actors: [example-group]
    trend: increasing
    # Likelihood (almost-no-chance … almost-certain) and confidence (low, moderate, high) are separate judgments.
    likelihood: likely
    confidence: moderate
    responses:
      - { actor: ${lc}-state, text: "What the state does about it." }
    sources: [src-example]
sources:
  # linkUnknown says honestly that the original link target is not known. Never invent a URL, author or date.
  - { id: src-example, citedAs: "the words the original text linked", kind: news, linkUnknown: true }
`;
}

function commentOut(yaml: string): string {
  return yaml
    .split('\n')
    .map((line) => (line === '' ? line : `# ${line}`))
    .join('\n');
}

interface KindLayout {
  id: string;
  title: string;
  /** Extra front-matter lines after `published`. */
  extra: string[];
  lede: string;
  sections: { title: string; text: string }[];
}

/** What differs between the kinds: the envelope's id and title, and the sections a reader expects. */
function layout(kind: BriefKind, country: CountryInfo, published: string): KindLayout {
  const lc = country.code.toLowerCase();
  switch (kind) {
    case 'country':
      return {
        id: `${lc}-security-brief`,
        title: `${country.name}: security brief`,
        extra: [],
        lede: "Replace this paragraph with the lede: the country's security situation in two or three sentences.",
        sections: [
          {
            title: 'Background',
            text: 'Replace this paragraph with the background: recent history, the political system and the security forces.',
          },
          {
            title: 'Internal threats',
            text: 'Replace this paragraph with the threats from inside the country: armed groups, radicalisation, unrest.',
          },
          {
            title: 'External threats',
            text: 'Replace this paragraph with the threats from abroad: borders, neighbours, conflicts nearby.',
          },
          {
            title: 'Responses',
            text: 'Replace this paragraph with what the government and its partners do about the threats.',
          },
        ],
      };
    case 'thematic':
      return {
        id: `${lc}-thematic-brief`,
        title: `Name of the theme in ${country.name}`,
        extra: [
          '# The theme in a few words each: they are what a reader searches for.',
          'keywords: [Name of the theme]',
        ],
        lede: `Replace this paragraph with the lede: the theme, why it matters for ${country.name} now, and the brief's main judgment.`,
        sections: [
          {
            title: 'The issue',
            text: 'Replace this paragraph with what the theme is and how it shows in the country: definitions, scale, history.',
          },
          {
            title: 'Drivers and trends',
            text: 'Replace this paragraph with what drives it and where it is heading; cite a figure for every number.',
          },
          {
            title: 'Actors',
            text: 'Replace this paragraph with who is involved and who says what; attribute each claim to its claimant.',
          },
          {
            title: 'Regional and international dimension',
            text: 'Replace this paragraph with how the theme crosses borders: neighbours, diasporas, partners.',
          },
          {
            title: 'Outlook',
            text: 'Replace this paragraph with what to expect, with the likelihood and confidence of each judgment.',
          },
        ],
      };
    case 'crisis-update':
      return {
        id: `${lc}-crisis-update-${published}`,
        title: `${country.name}: crisis update`,
        extra: [
          '# The information is as of this day; update it with every revision of the update.',
          `asOf: ${q(published)}`,
          '# The id of the previous update this one replaces, once there is one.',
          `# supersedes: ${lc}-crisis-update-YYYY-MM-DD`,
        ],
        lede: 'Replace this paragraph with the lede: what happened, where and when, and what changed since the last update.',
        sections: [
          {
            title: 'What happened',
            text: 'Replace this paragraph with the events in order, each a dated event in the front matter.',
          },
          {
            title: 'Casualties and humanitarian situation',
            text: 'Replace this paragraph with the toll, as events with casualties by group; say who counts and how.',
          },
          {
            title: 'Official accounts and reactions',
            text: 'Replace this paragraph with what the authorities, the other side and foreign governments say, each attributed.',
          },
          {
            title: 'What to watch',
            text: 'Replace this paragraph with the next dates and signs to watch, and the threats they bear on.',
          },
        ],
      };
  }
}

/** A `.brief.md` to start a brief from: metadata filled in, the sections of its kind, an example of every fact. */
export function starterBrief(options: StarterOptions): string {
  const { country, published } = options;
  const kind = options.kind ?? 'country';
  const l = layout(kind, country, published);
  const facts = exampleFacts(country);
  const factsBlock = options.examples === 'active' ? facts : commentOut(facts);
  const extra = l.extra.length > 0 ? `${l.extra.join('\n')}\n` : '';
  const sections = l.sections.map((s) => `## ${s.title}\n\n${s.text}\n`).join('\n');
  return `---
# yaml-language-server: $schema=${SCHEMA_ID}
formatVersion: ${q(FORMAT_VERSION)}
id: ${l.id}
kind: ${kind}
country: { code: ${country.code}, name: ${q(country.name)} }
title: ${q(l.title)}
published: ${q(published)}
${extra}language: en
# publisher: { name: Name of the publisher }
# authors:
#   - { name: Full Name }

# The facts the brief cites, each with an id unique in the brief. Uncomment an example, replace every value
# with what your sources say, and delete what you do not use. In the text below, write
# [their name](actor:president) to mention an entity and [words][src-example] to cite a source.
${factsBlock.trimEnd()}
---

${l.lede} It is
printed in bold under the title.

${sections}`;
}

/** The file name `briefkit new` writes: `kg.brief.md`, `kg-thematic.brief.md`, `kg-crisis-update.brief.md`. */
export function starterFileName(country: CountryInfo, kind: BriefKind = 'country'): string {
  const lc = country.code.toLowerCase();
  return kind === 'country' ? `${lc}.brief.md` : `${lc}-${kind}.brief.md`;
}
