import { FORMAT_VERSION, SCHEMA_ID } from '@briefkit/schema';
import type { CountryInfo } from './country.js';

export interface StarterOptions {
  country: CountryInfo;
  /** Publication month written as `published`, e.g. `2026-11`. */
  published: string;
  /**
   * `commented` (what `briefkit new` writes): the example facts are YAML comments the author uncomments.
   * `active`: the same examples as live YAML, so tests can prove that uncommenting them yields a valid brief.
   */
  examples?: 'commented' | 'active';
}

/** YAML double-quoted scalars accept JSON string syntax, so any name is written safely. */
const q = (text: string) => JSON.stringify(text);

/** One example of each kind of fact, cross-referenced the way a real brief links them. */
function exampleFacts(country: CountryInfo): string {
  const c = country.code;
  const lc = c.toLowerCase();
  return `actors:
  # A person, party, government body, state, armed group, international organisation, NGO or media outlet.
  - { id: president, kind: person, name: Full Name, role: ${q(`President of ${country.name}`)}, country: ${c} }
  - { id: ${lc}-state, kind: state, name: ${q(country.name)}, country: ${c} }
  - { id: supreme-court, kind: government-body, name: Supreme Court, country: ${c} }
  - { id: example-group, kind: armed-group, name: Name of the group }
  - { id: rating-agency, kind: ngo, name: Name of the organisation that rates the country }
places:
  - { id: capital, name: Name of the capital, kind: capital, country: ${c} }
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
      - { group: police officers, outcome: killed, count: { value: 9 } }
      - { group: militants, actor: example-group, outcome: killed, count: { value: 13 } }
    sources: [src-example]
figures:
  - id: example-figure
    label: What the number counts
    quantity: { value: 1000, qualifier: up-to, approximate: true }
    unit: people
    date: "2016"
    subject: ${lc}-state
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
      - { actor: ${lc}-state, text: What the state does about it. }
    sources: [src-example]
sources:
  # linkUnknown says honestly that the original link target is not known. Never invent a URL, author or date.
  - { id: src-example, citedAs: the words the original text linked, kind: news, linkUnknown: true }
`;
}

function commentOut(yaml: string): string {
  return yaml
    .split('\n')
    .map((line) => (line === '' ? line : `# ${line}`))
    .join('\n');
}

/** A `.brief.md` to start a country brief from: metadata filled in, the usual sections, an example of every fact. */
export function starterBrief(options: StarterOptions): string {
  const { country, published } = options;
  const facts = exampleFacts(country);
  const factsBlock = options.examples === 'active' ? facts : commentOut(facts);
  return `---
# yaml-language-server: $schema=${SCHEMA_ID}
formatVersion: ${q(FORMAT_VERSION)}
id: ${country.code.toLowerCase()}-security-brief
kind: country
country: { code: ${country.code}, name: ${q(country.name)} }
title: ${q(`${country.name}: security brief`)}
published: ${q(published)}
language: en
# publisher: { name: Name of the publisher }
# authors:
#   - { name: Full Name }

# The facts the brief cites, each with an id unique in the brief. Uncomment an example, replace every value
# with what your sources say, and delete what you do not use. In the text below, write
# [their name](actor:president) to mention an entity and [words][src-example] to cite a source.
${factsBlock.trimEnd()}
---

Replace this paragraph with the lede: the country's security situation in two or three sentences. It is
printed in bold under the title.

## Background

Replace this paragraph with the background: recent history, the political system and the security forces.

## Internal threats

Replace this paragraph with the threats from inside the country: armed groups, radicalisation, unrest.

## External threats

Replace this paragraph with the threats from abroad: borders, neighbours, conflicts nearby.

## Responses

Replace this paragraph with what the government and its partners do about the threats.
`;
}

/** The file name `briefkit new` writes for a country: `kg.brief.md`. */
export function starterFileName(country: CountryInfo): string {
  return `${country.code.toLowerCase()}.brief.md`;
}
