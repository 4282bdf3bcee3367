import { fullBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
import { BriefRenderError, type PartName, renderBrief, renderBriefPage, renderPart } from './index.js';

// What an unvalidated brief can be: the SSR entry takes it as `unknown` data from wherever it came.
const cyclic: Record<string, unknown> = structuredClone(fullBrief) as unknown as Record<string, unknown>;
cyclic.self = cyclic;
// With a reason, the input must be refused for it; without, it may render (as text) or be refused, never throw.
const badBriefs: [string, unknown, RegExp | undefined][] = [
  ['null', null, /expected a JSON object/],
  ['a number', 42, /expected a JSON object/],
  ['a string', 'brief', /expected a JSON object/],
  ['a list', [], /expected a JSON object/],
  ['an empty object', {}, /formatVersion is missing/],
  ['a number as title', { ...fullBrief, title: 42 }, /title is missing or not text/],
  ['an object as title', { ...fullBrief, title: { toString: 1 } }, /title is missing or not text/],
  ['a bigint as title', { ...fullBrief, title: 10n }, /title is missing or not text/],
  [
    'a lede span of the wrong shape',
    { ...fullBrief, lede: [{ type: 'text', text: { toString: 1 } }] },
    undefined,
  ],
  [
    'a bigint deep inside',
    { ...fullBrief, figures: [{ id: 'f', label: 'x', value: { value: 1n } }] },
    undefined,
  ],
  ['a cycle', cyclic, undefined],
];

const PARTS: PartName[] = ['timeline', 'actors', 'threats', 'figures', 'sources', 'map'];
const entries: [string, (brief: never) => Promise<string>][] = [
  ['renderBrief', (b) => renderBrief(b)],
  ['renderBriefPage', (b) => renderBriefPage(b)],
  ...PARTS.map((part): [string, (brief: never) => Promise<string>] => [
    `renderPart('${part}')`,
    (b) => renderPart(part, b),
  ]),
];

describe('server rendering of input that is not a brief', () => {
  for (const [entry, render] of entries) {
    it(`${entry} rejects with a BriefRenderError that says what is wrong, never an internal TypeError`, async () => {
      for (const [name, value, reason] of badBriefs) {
        let failure: unknown;
        let html: string | undefined;
        try {
          html = await render(value as never);
        } catch (error) {
          failure = error;
        }
        if (html !== undefined && reason !== undefined) expect.fail(`${entry} rendered ${name}`);
        if (failure === undefined) continue;
        expect(failure, name).toBeInstanceOf(BriefRenderError);
        expect(failure, name).not.toBeInstanceOf(TypeError);
        const message = (failure as Error).message;
        expect(message, name).toMatch(/^the brief cannot be rendered: /);
        if (reason) expect(message, name).toMatch(reason);
      }
    });
  }

  it('says which options are wrong in renderBriefPage', async () => {
    for (const options of [{ title: 42 }, { lang: {} }, { scriptSrc: 1 }, { head: [] }]) {
      await expect(renderBriefPage(fullBrief, options as never)).rejects.toThrow(BriefRenderError);
    }
    await expect(renderBriefPage(fullBrief, { title: 42 } as never)).rejects.toThrow(
      /the title option must be text/,
    );
  });

  it('still renders a good brief, and any text in its fields, as the element does a .brief it is given', async () => {
    expect(await renderBriefPage(fullBrief)).toContain(
      '<title>Tajikistan: New challenges to security</title>',
    );
    const odd = { ...fullBrief, formatVersion: '2.0', title: '<b>odd</b>', language: 'x-<i>' };
    expect(await renderBriefPage(odd)).toContain('<html lang="x-&lt;i&gt;">');
    expect(await renderBrief(odd)).toContain('&lt;b&gt;odd&lt;/b&gt;');
    expect(await renderPart('timeline', odd)).toContain('"formatVersion":"2.0"');
  });
});
