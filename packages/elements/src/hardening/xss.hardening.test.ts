// The XSS corpus in every string field of the full fixture, rendered in Chromium three ways: by the browser, by
// the server (declarative shadow DOM, no element code), and by the server then hydrated. Nothing may run, no link
// may leave http(s)/mailto, and text must be shown exactly as written.
import type { Brief } from '@briefkit/schema';
import { fullBrief } from '@briefkit/schema/fixtures';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringFields, withField } from './fields.js';
import { CLIENT, type Harness, page, startHarness } from './harness.js';
import type { CaseReport } from './page/driver.js';
import { payloads } from './payloads.js';
import { ELEMENT_NAMES, type ElementName, tagOf as elementTag, renderCase, renderElement } from './ssr.js';

const CUT = '…(cut)';
const OPEN = '\u27e6';
const CLOSE = '\u27e7';
// Every payload, one after the other, between markers: in a text field the context is the same for all of
// them, so one render per field tries them all. URL fields get one payload per render (a scheme only counts
// at the start).
const corpus = payloads.map((p) => p.text).join(' \u241e ');
const expected = corpus.replace(/\r\n?/g, '\n').replace(/[\u0000\ufffd]/g, '');
/** The corpus as written into text field number `n`: its tag tells which field a shown text came from. */
const tagOf = (n: number) => `\u2039${n}\u203a`;
const markedFor = (n: number) => `${OPEN}${tagOf(n)}${corpus}${CLOSE}`;

interface Case {
  label: string;
  brief: Brief;
  /** Text fields: the marked corpus must show exactly as written wherever it shows. */
  text: boolean;
  /** The elements the case renders: all of them, or (URL cases) those that show the URL fields at all. */
  elements: readonly ElementName[];
}

const fields = stringFields(fullBrief);
const urlFields = fields.filter((f) => f.url);
const textFields = fields.filter((f) => !f.url);

/** Server markup without its scripts: the JSON the parts hydrate from holds every field, shown or not. */
const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');

/** The text fields whose tag appears in server-rendered markup (the JSON the parts hydrate from aside). */
function tagsIn(html: string): Set<number> {
  const markup = withoutScripts(html);
  return new Set([...markup.matchAll(/\u2039(\d+)\u203a/g)].map((m) => Number(m[1])));
}

const groupBrief = (members: number[]) =>
  members.reduce((brief, n) => withField(brief, textFields[n]!.path, markedFor(n)), fullBrief);

/** Per element, the text fields whose tag its server-rendered markup shows. */
async function shownBy(brief: Brief): Promise<Map<ElementName, Set<number>>> {
  const shown = new Map<ElementName, Set<number>>();
  for (const name of ELEMENT_NAMES) shown.set(name, tagsIn(await renderElement(name, brief, 0)));
  return shown;
}

/**
 * Text fields share a render, a few at a time, each with its own tag: every field still gets the whole corpus in
 * its own context, and the page renders the brief's other content a sixth as often. A group stands only if each
 * element shows every member it shows when that member is alone (a field the element checks first, like the
 * format version, hides the rest in its error state); one that does not is halved until it does.
 */
async function soundGroups(members: number[], alone: ElementName[][]): Promise<number[][]> {
  if (members.length === 1) return [members];
  const shown = await shownBy(groupBrief(members));
  if (members.every((n) => alone[n]!.every((name) => shown.get(name)!.has(n)))) return [members];
  const half = Math.ceil(members.length / 2);
  return [
    ...(await soundGroups(members.slice(0, half), alone)),
    ...(await soundGroups(members.slice(half), alone)),
  ];
}

const FIELDS_PER_CASE = 6;
/** Filled by `beforeAll`: the groups of text fields, and the elements that show a URL field. */
let textGroups: number[][] = [];
/** Per text field, the elements that show it when it is the only field changed. */
let shownAlone: ElementName[][] = [];
let urlElements: ElementName[] = [];
let cases: Case[] = [];
let batches: Case[][] = [];

async function planCases(): Promise<void> {
  shownAlone = [];
  for (const [n] of textFields.entries()) {
    const shown = await shownBy(groupBrief([n]));
    shownAlone.push(ELEMENT_NAMES.filter((name) => shown.get(name)!.has(n)));
  }
  // Fields a group apart in document order share a case, so one entity's fields are spread over many.
  const groupCount = Math.ceil(textFields.length / FIELDS_PER_CASE);
  textGroups = [];
  for (let g = 0; g < groupCount; g++) {
    const members = textFields.map((_, n) => n).filter((n) => n % groupCount === g);
    textGroups.push(...(await soundGroups(members, shownAlone)));
  }
  // A URL sentinel in every URL field: the elements whose server markup shows it are the ones to try.
  const sentinel = urlFields.reduce(
    (brief, f) => withField(brief, f.path, `https://example.org/xss-sentinel/${f.name}`),
    fullBrief,
  );
  urlElements = [];
  for (const name of ELEMENT_NAMES) {
    const markup = withoutScripts(await renderElement(name, sentinel, 0));
    if (markup.includes('xss-sentinel')) urlElements.push(name);
  }
  const textCases: Case[] = textGroups.map((group) => ({
    label: group.map((n) => textFields[n]!.name).join(', '),
    brief: groupBrief(group),
    text: true,
    elements: ELEMENT_NAMES,
  }));
  // Each payload in every URL field at once: every field still sees every payload, in a fifth of the renders.
  const urlCases: Case[] = payloads.map((p) => ({
    label: `payload ${p.n} in ${urlFields.map((f) => f.name).join(', ')}`,
    brief: urlFields.reduce((brief, f) => withField(brief, f.path, p.text), fullBrief),
    text: false,
    elements: urlElements,
  }));
  cases = [...textCases, ...urlCases];
  // A page holds cases of one kind, so it mounts one set of elements.
  batches = [];
  for (const kind of [textCases, urlCases]) {
    for (let i = 0; i < kind.length; i += BATCH) batches.push(kind.slice(i, i + BATCH));
  }
}

/** The text field a shown text came from, if it is its whole tagged corpus; `undefined` if it is not. */
function shownField(shown: string): string | undefined {
  const tag = /^\u2039(\d+)\u203a/.exec(shown);
  if (!tag || shown.slice(tag[0].length) !== expected) return undefined;
  return textFields[Number(tag[1])]?.name;
}

/** An error message may quote the start of a bad value (format version "⟦‹0›<scr…"): a faithful prefix. */
function quotedPrefix(shown: string): boolean {
  if (!shown.endsWith(CUT)) return false;
  const prefix = shown.slice(0, -CUT.length);
  return prefix.length > 0 && textFields.some((_, n) => `${tagOf(n)}${expected}`.startsWith(prefix));
}

const BATCH = 30;

type Mode = 'client' | 'server' | 'hydrated';
type Kind = 'text' | 'url';
const kindOfCase = (c: Case): Kind => (c.text ? 'text' : 'url');
/** A page holds cases of one kind. */
const kindOf = (batch: Case[]): Kind => kindOfCase(batch[0]!);

let harness: Harness;
const serverHtml: string[] = [];
/** Per mode, the text fields whose corpus showed somewhere on the page. */
const shownFields: Record<Mode, Set<string>> = { client: new Set(), server: new Set(), hydrated: new Set() };

/** The number of the first case of each page, in `cases`. */
const offsets: number[] = [];

beforeAll(async () => {
  harness = await startHarness();
  await planCases();
  let offset = 0;
  for (const batch of batches) {
    offsets.push(offset);
    const html: string[] = [];
    for (const [i, c] of batch.entries()) html.push(await renderCase(c.brief, offset + i, c.elements));
    serverHtml.push(html.join('\n'));
    offset += batch.length;
  }
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

function judge(mode: Mode, batch: Case[], reports: CaseReport[], failures: string[]): void {
  expect(reports).toHaveLength(batch.length);
  for (const [i, c] of batch.entries()) {
    const r = reports[i]!;
    const where = `[${mode}] ${c.label}`;
    for (const list of [r.badHrefs, r.badUrls, r.badAttributes, r.badElements]) {
      for (const item of list) failures.push(`${where}: ${item}`);
    }
    if (c.text) {
      for (const shown of r.shown) {
        const field = shownField(shown);
        if (field) shownFields[mode].add(field);
        else if (!quotedPrefix(shown))
          failures.push(`${where}: shown altered: ${JSON.stringify(shown.slice(0, 200))}`);
      }
    }
  }
}

interface Outcome {
  failures: string[];
  hits: string[];
  cases: number;
}

/** Scans the page and collects what went wrong for `mode` (trap hits and errors since `seenBefore`). */
async function inspect(
  tab: Page,
  mode: Mode,
  b: number,
  batch: Case[],
  out: Outcome,
  seenBefore: number,
): Promise<number> {
  // Anything with a delay (autofocus, animations, image errors) gets a moment to fire.
  await tab.waitForTimeout(20);
  const reports = await tab.evaluate(() => window.hardening.scan(false));
  judge(mode, batch, reports, out.failures);
  const seen = await tab.evaluate(() => [...window.hardening.hits, ...window.hardening.errors]);
  const label = (n: string) => cases[Number(n)]?.label ?? n;
  for (const hit of seen.slice(seenBefore)) {
    out.hits.push(`[${mode}] ${hit.replace(/case (\d+)/, (_, n: string) => label(n))} (page ${b})`);
  }
  out.cases += batch.length;
  return seen.length;
}

/** Client rendering: each page mounts a batch of briefs with `.brief`. */
async function runClient(kind: Kind): Promise<Outcome> {
  const { context, page: tab, problems } = await harness.open();
  const out: Outcome = { failures: [], hits: [], cases: 0 };
  harness.serve('/xss/client', { body: page('', CLIENT) });
  for (const [b, batch] of batches.entries()) {
    if (kindOf(batch) !== kind) continue;
    await tab.goto(`${harness.origin}/xss/client`);
    await tab.evaluate(([briefs, offset, tags]) => window.hardening.mount(briefs, offset, tags), [
      batch.map((c) => c.brief),
      offsets[b]!,
      batch[0]!.elements.map(elementTag),
    ] as const);
    await inspect(tab, 'client', b, batch, out, 0);
  }
  for (const p of problems) out.failures.push(`[client] console: ${p.slice(0, 300)}`);
  await context.close();
  return out;
}

/** Server rendering read as is (no element code), then hydrated in place by the package's hydrating bundle. */
async function runServerThenHydrated(kind: Kind): Promise<Record<'server' | 'hydrated', Outcome>> {
  const { context, page: tab, problems } = await harness.open();
  const server: Outcome = { failures: [], hits: [], cases: 0 };
  const hydrated: Outcome = { failures: [], hits: [], cases: 0 };
  for (const [b, batch] of batches.entries()) {
    if (kindOf(batch) !== kind) continue;
    const path = `/xss/server/${b}`;
    harness.serve(path, { body: page(serverHtml[b]!) });
    await tab.goto(harness.origin + path);
    const seen = await inspect(tab, 'server', b, batch, server, 0);
    await tab.addScriptTag({ url: '/assets/boot-hydrate.js', type: 'module' });
    await tab.waitForFunction(() => customElements.get('security-brief-map') !== undefined);
    await tab.evaluate(() => window.hardening.settle());
    await inspect(tab, 'hydrated', b, batch, hydrated, seen);
    // Console problems are attributed to the page they came from. A hydration mismatch is not a safety
    // failure (the text is re-rendered by the client, through the same escaping): it is left to the elements'
    // hydration tests, since on a heavily loaded machine one appears now and then on these 30-brief pages.
    for (const p of problems.splice(0)) {
      if (!/Hydration value mismatch/.test(p))
        server.failures.push(`[server or hydrated] page ${b} (${batch[0]!.label} …): ${p.slice(0, 300)}`);
    }
  }
  await context.close();
  return { server, hydrated };
}

describe(`${payloads.length} XSS payloads in each of the ${fields.length} string fields of the full brief`, () => {
  it('has a corpus of 100+ payloads that each reach the trap, and tries it in every field', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(100);
    expect(textGroups.flat().sort((a, b) => a - b)).toEqual(textFields.map((_, n) => n));
    expect(textGroups.length).toBeLessThan(textFields.length / 3);
    expect(shownAlone.filter((names) => names.length > 0).length).toBeGreaterThan(100);
    // The URL fields show in the brief and its sources list; every URL case renders at least those.
    expect(urlElements).toEqual(expect.arrayContaining(['brief', 'sources']));
    expect(new Set(payloads.map((p) => p.text)).size).toBe(payloads.length);
    expect(urlFields.map((f) => f.name)).toEqual([
      'publisher.url',
      'licence.url',
      'sections.0.content.0.content.11.href',
      'sections.1.content.2.src',
      'sources.3.url',
    ]);
  });

  // One test per renderer and kind of case (text fields, URL fields), so that each stays well within its time.
  for (const kind of ['text', 'url'] as const) {
    it(`[client, ${kind} fields] runs nothing, links nothing but http(s)/mailto, shows text as text`, async () => {
      const client = await runClient(kind);
      expect(client.cases).toBe(cases.filter((c) => kindOfCase(c) === kind).length);
      expect(client.hits).toEqual([]);
      expect(client.failures).toEqual([]);
    });

    it(`[server, then hydrated, ${kind} fields] runs nothing, links nothing but http(s)/mailto, shows text as text`, async () => {
      const { server, hydrated } = await runServerThenHydrated(kind);
      for (const outcome of [server, hydrated]) {
        expect(outcome.cases).toBe(cases.filter((c) => kindOfCase(c) === kind).length);
        expect(outcome.hits).toEqual([]);
        expect(outcome.failures).toEqual([]);
      }
    });
  }

  it('shows the same fields whoever rendered them, and the prose fields are among them', () => {
    const client = [...shownFields.client].sort();
    expect([...shownFields.server].sort()).toEqual(client);
    // Every field shown is one the server shows when it is changed alone (those include ids and other
    // attributes no reader sees, so they are more).
    const alone = textFields.filter((_, n) => shownAlone[n]!.length > 0).map((f) => f.name);
    expect(alone).toEqual(expect.arrayContaining(client));
    expect([...shownFields.hydrated].sort()).toEqual(client);
    for (const name of [
      'title',
      'subtitle',
      'lede.0.text',
      'sections.0.title',
      'events.0.title',
      'sources.0.title',
    ]) {
      expect(client).toContain(name);
    }
  });
});
