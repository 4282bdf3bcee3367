import { fullBrief } from '@briefkit/schema/fixtures';
import { describe, expect, test } from 'vitest';
import { compileSource } from './compile.js';
import type { Diagnostic } from './types.js';

const front = `---
formatVersion: "1.0"
id: sample
country: { code: TJ, name: Tajikistan }
title: "Tajikistan: New challenges to security"
published: 2016
language: en
actors:
  - { id: rahmon, kind: person, name: Emomali Rahmon }
  - { id: eeas, kind: international-organisation, name: EEAS }
events:
  - { id: sep-2015-attacks, title: Attacks in Dushanbe and Vahdat, date: 2015-09-04 }
figures:
  - { id: deaths, label: Deaths, quantity: { value: 100000 }, unit: people }
claims:
  - { id: coup-account, kind: account, claimant: rahmon, text: An attempted coup. }
sources:
  - { id: src-attacked, citedAs: attacked, linkUnknown: true }
  - { id: src-eeas, title: EEAS statement, url: "https://www.eeas.europa.eu/" }
---
`;
/** Lines the front matter takes: body line n (1-based, of the text after it) is file line FRONT_LINES + n. */
const FRONT_LINES = front.split('\n').length - 1;

function compile(body: string) {
  return compileSource(front + body, { file: 'sample.brief.md' });
}

function where(diagnostics: Diagnostic[], rule: string) {
  return diagnostics.filter((d) => d.rule === rule).map((d) => [d.line, d.column]);
}

describe('compileSource: Markdown', () => {
  const body = `
The lede: *emphasised*, **strong** and \`code\`, mentioning [Rahmon](actor:rahmon).

## Background: civil war

On [4 September 2015](event:sep-2015-attacks) a police station was [attacked][src-attacked].
The government spoke of a '[developed a concrete plan](quote:coup-account)' and [an agreement](source:src-attacked "art. 3").

> Outlawing of IRPT adds a further restriction.
>
> — [EEAS](actor:eeas), statement [](claim:coup-account)[EEAS][src-eeas]

- first item [src-attacked][]
- second item

\`\`\`key-facts
- deaths
- sep-2015-attacks
\`\`\`

![A sketch of the border](https://example.org/map.png "Sample credit")
The border (sketch). [](source:src-eeas)

### Details {#details-2015}

More [on the web](https://example.org/).

## Background: civil war

Same title again.
`;
  const result = compile(body);

  test('produces a valid canonical brief with no errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.brief).toBeDefined();
  });

  test('the lede keeps its marks and mentions', () => {
    expect(result.brief?.lede).toEqual([
      { type: 'text', text: 'The lede: ' },
      { type: 'text', text: 'emphasised', marks: ['emphasis'] },
      { type: 'text', text: ', ' },
      { type: 'text', text: 'strong', marks: ['strong'] },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'code', marks: ['code'] },
      { type: 'text', text: ', mentioning ' },
      { type: 'mention', entity: 'rahmon', text: 'Rahmon' },
      { type: 'text', text: '.' },
    ]);
  });

  test('headings nest and get unique slug ids unless they name one', () => {
    const sections = result.brief!.sections;
    expect(sections.map((s) => s.id)).toEqual(['background-civil-war', 'background-civil-war-2']);
    expect(sections[0]!.sections?.map((s) => [s.id, s.title])).toEqual([['details-2015', 'Details']]);
  });

  test('citations, mentions, quote spans, locators; soft line breaks become spaces', () => {
    const [first] = result.brief!.sections[0]!.content;
    expect(first).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'On ' },
        { type: 'mention', entity: 'sep-2015-attacks', text: '4 September 2015' },
        { type: 'text', text: ' a police station was ' },
        { type: 'citation', source: 'src-attacked', text: 'attacked' },
        { type: 'text', text: ". The government spoke of a '" },
        { type: 'quote', text: 'developed a concrete plan', claim: 'coup-account' },
        { type: 'text', text: "' and " },
        { type: 'citation', source: 'src-attacked', text: 'an agreement', locator: 'art. 3' },
        { type: 'text', text: '.' },
      ],
    });
  });

  test('a quote block takes its attribution, speaker, claim and source', () => {
    expect(result.brief!.sections[0]!.content[1]).toEqual({
      type: 'quote',
      paragraphs: [[{ type: 'text', text: 'Outlawing of IRPT adds a further restriction.' }]],
      attribution: [
        { type: 'mention', entity: 'eeas', text: 'EEAS' },
        { type: 'text', text: ', statement ' },
        { type: 'citation', source: 'src-eeas', text: 'EEAS' },
      ],
      speaker: 'eeas',
      claim: 'coup-account',
      source: 'src-eeas',
    });
  });

  test('lists, key facts and figures', () => {
    const [, , list, facts, figure] = result.brief!.sections[0]!.content;
    expect(list).toEqual({
      type: 'list',
      ordered: false,
      items: [
        [
          { type: 'text', text: 'first item ' },
          { type: 'citation', source: 'src-attacked' },
        ],
        [{ type: 'text', text: 'second item' }],
      ],
    });
    expect(facts).toEqual({ type: 'key-facts', facts: ['deaths', 'sep-2015-attacks'] });
    expect(figure).toEqual({
      type: 'figure',
      src: 'https://example.org/map.png',
      alt: 'A sketch of the border',
      caption: [{ type: 'text', text: 'The border (sketch).' }],
      credit: 'Sample credit',
      source: 'src-eeas',
    });
  });

  test('the position map points back into the file', () => {
    const line = (text: string) => (front + body).split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(result.positions.locate(['sections', 0])).toMatchObject({
      line: line('## Background'),
      column: 1,
    });
    expect(result.positions.locate(['sections', 0, 'content', 0, 'content', 3])).toMatchObject({
      line: line('[attacked]'),
      column: line('[attacked]')
        ? (front + body).split('\n')[line('[attacked]') - 1]!.indexOf('[attacked]') + 1
        : 0,
    });
    expect(result.positions.locate(['sections', 0, 'content', 3, 'facts', 1])).toMatchObject({
      line: line('- sep-2015-attacks'),
      column: 3,
    });
    expect(result.positions.locate(['events', 0, 'date'])).toMatchObject({
      line: line('id: sep-2015-attacks'),
    });
    expect(result.positions.locate(['lede'])).toMatchObject({ line: FRONT_LINES + 2 });
  });
});

describe('compileSource: what the format cannot hold is reported at its line', () => {
  test.each([
    ['raw HTML', '\nLede.\n\n## A\n\n<div>x</div>\n', 6],
    ['inline HTML', '\nLede with <b>bold</b>.\n', 2],
    ['an inline image', '\nLede ![x](a.png) here.\n', 2],
    ['a nested list', '\nLede.\n\n## A\n\n- a\n  - b\n', 7],
    ['a thematic break', '\nLede.\n\n## A\n\nx\n\n***\n', 8],
    ['a # heading', '\nLede.\n\n# Title\n', 4],
    ['a table', '\nLede.\n\n## A\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n', 6],
    ['a footnote', '\nLede.[^1]\n\n[^1]: A note.\n', 4],
    ['a second lede paragraph', '\nLede.\n\nMore lede.\n', 4],
    ['a code block', '\nLede.\n\n## A\n\n```js\nx()\n```\n', 6],
    ['mixed formatting in a link', '\nLede [a *b*](actor:rahmon).\n', 2],
  ])('%s', (_name, body, line) => {
    const result = compile(body);
    expect(result.brief).toBeUndefined();
    expect(where(result.diagnostics, 'markdown-unsupported').map(([l]) => l)).toContain(FRONT_LINES + line);
  });

  test('an unresolved [words][id] is reported at its column even though it stays text', () => {
    const result = compile('\nSee the [report][src-missing] here.\n');
    expect(where(result.diagnostics, 'reference-unresolved')).toEqual([[FRONT_LINES + 2, 9]]);
    expect(result.brief).toBeUndefined();
  });

  test('a reference link to an entity suggests a mention', () => {
    const result = compile('\nSee [Rahmon][rahmon].\n');
    expect(result.diagnostics.find((d) => d.rule === 'reference-unresolved')?.message).toContain(
      '(actor:rahmon)',
    );
  });

  test('a mention with the wrong scheme', () => {
    const result = compile('\nSee [Rahmon](event:rahmon).\n');
    expect(where(result.diagnostics, 'reference-kind')).toEqual([[FRONT_LINES + 2, 5]]);
  });

  test('heading levels must not skip', () => {
    const result = compile('\nLede.\n\n## A\n\nx\n\n#### B\n\ny\n');
    expect(where(result.diagnostics, 'heading-level-skip')).toEqual([[FRONT_LINES + 8, 1]]);
  });

  test('a definition that disagrees with the source url', () => {
    const result = compile('\nLede [x][src-eeas].\n\n[src-eeas]: https://elsewhere.example/\n');
    expect(where(result.diagnostics, 'source-definition-mismatch')).toEqual([[FRONT_LINES + 4, 1]]);
  });

  test('a semantic finding in the body is located at the span', () => {
    const result = compile('\nLede [x](https://ok.example) and [y](javascript:alert(1)).\n');
    expect(where(result.diagnostics, 'url-scheme')).toEqual([[FRONT_LINES + 2, 34]]);
  });

  test('a schema error in the front matter is located at the value', () => {
    const result = compileSource(`${front.replace('date: 2015-09-04', 'date: 4 September 2015')}\nLede.\n`, {
      file: 'x.brief.md',
    });
    const d = result.diagnostics.find((x) => x.rule === 'schema');
    expect(d).toMatchObject({ line: 12, path: ['events', 0, 'date'] });
    expect(d?.message).toContain('2015-09-04');
  });

  test('an unknown field is pointed at by its key', () => {
    const result = compileSource(front.replace('language: en', 'language: en\nsummary: typo'), {
      file: 'x.brief.md',
    });
    expect(result.diagnostics.find((x) => x.rule === 'schema')).toMatchObject({
      line: 8,
      column: 1,
      path: ['summary'],
    });
  });

  test('front matter settings turn rules off and are not part of the brief', () => {
    const text = front.replace(
      'language: en',
      'language: en\nbriefkit: { rules: { unused-actor: off, no-such-rule: off } }',
    );
    const result = compileSource(`${text}\nLede.\n`, { file: 'x.brief.md' });
    expect(result.diagnostics.some((d) => d.rule === 'unused-actor')).toBe(false);
    expect(result.diagnostics.find((d) => d.rule === 'config-invalid')).toMatchObject({
      line: 8,
      severity: 'warning',
    });
    expect(result.brief).toBeDefined();
    expect(result.brief).not.toHaveProperty('briefkit');
  });

  test('a bare year needs no quotes', () => {
    expect(compile('\nLede.\n').brief?.published).toBe('2016');
  });
});

describe('compileSource: YAML and JSON', () => {
  const json = JSON.stringify(fullBrief, null, 2);

  test('canonical JSON and YAML compile to the same brief', () => {
    expect(compileSource(json, { format: 'json' }).brief).toEqual(fullBrief);
    const yaml = compileSource(json, { format: 'yaml' });
    expect(yaml.brief).toEqual(fullBrief);
  });

  test('diagnostics in JSON point at the value', () => {
    const text = json.replace('"date": "2015-09-04"', '"date": "2015-09-31"');
    const result = compileSource(text, { file: 'b.brief.json' });
    const d = result.diagnostics.find((x) => x.rule === 'date-invalid');
    const line = text.split('\n').findIndex((l) => l.includes('2015-09-31')) + 1;
    expect(d).toMatchObject({ file: 'b.brief.json', line, column: 15 });
  });

  test('the format is detected from the file name', () => {
    expect(compileSource(json, { file: 'a.brief.json' }).brief).toBeDefined();
    expect(compileSource(json, { file: 'a.brief.yaml' }).brief).toBeDefined();
  });

  test('diagnostics are sorted by line and column', () => {
    const result = compileSource(json.replace('"TJ"', '"ZZ"').replace('"1992/1997"', '"1997/1992"'), {
      format: 'json',
    });
    const keys = result.diagnostics.map((d) => d.line * 1e6 + d.column);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });
});
