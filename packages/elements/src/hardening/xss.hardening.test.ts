// The XSS corpus in every string field of the full fixture, in turn, rendered in Chromium three ways: by the
// browser, by the server (declarative shadow DOM, no element code), and by the server then hydrated. Nothing
// may run, no link may leave http(s)/mailto, and text must be shown exactly as written.
import type { Brief } from '@briefkit/schema';
import { fullBrief } from '@briefkit/schema/fixtures';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringFields, withField } from './fields.js';
import { CLIENT, type Harness, page, startHarness } from './harness.js';
import type { CaseReport } from './page/driver.js';
import { payloads } from './payloads.js';
import { renderCase } from './ssr.js';

const CUT = '…(cut)';
const OPEN = '\u27e6';
const CLOSE = '\u27e7';
// Every payload, one after the other, between markers: in a text field the context is the same for all of
// them, so one render per field tries them all. URL fields get one payload per render (a scheme only counts
// at the start).
const corpus = payloads.map((p) => p.text).join(' \u241e ');
const marked = `${OPEN}${corpus}${CLOSE}`;
const expected = corpus.replace(/\r\n?/g, '\n').replace(/[\u0000\ufffd]/g, '');

interface Case {
  label: string;
  brief: Brief;
  /** Text fields: the marked corpus must show exactly as written wherever it shows. */
  text: boolean;
}

const fields = stringFields(fullBrief);
const urlFields = fields.filter((f) => f.url);
const cases: Case[] = [
  ...fields
    .filter((f) => !f.url)
    .map((field) => ({ label: field.name, brief: withField(fullBrief, field.path, marked), text: true })),
  // Each payload in every URL field at once: every field still sees every payload, in a fifth of the renders.
  ...payloads.map((p) => ({
    label: `payload ${p.n} in ${urlFields.map((f) => f.name).join(', ')}`,
    brief: urlFields.reduce((brief, f) => withField(brief, f.path, p.text), fullBrief),
    text: false,
  })),
];

const BATCH = 30;
const batches: Case[][] = [];
for (let i = 0; i < cases.length; i += BATCH) batches.push(cases.slice(i, i + BATCH));

type Mode = 'client' | 'server' | 'hydrated';

let harness: Harness;
const serverHtml: string[] = [];
/** Per mode, the text fields whose corpus showed somewhere on the page. */
const shownFields: Record<Mode, Set<string>> = { client: new Set(), server: new Set(), hydrated: new Set() };

beforeAll(async () => {
  harness = await startHarness();
  for (const [b, batch] of batches.entries()) {
    const html: string[] = [];
    for (const [i, c] of batch.entries()) html.push(await renderCase(c.brief, b * BATCH + i));
    serverHtml.push(html.join('\n'));
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
        // An error message may quote the start of a bad value (format version "<scr…"): a faithful prefix.
        const quoted = shown.endsWith(CUT) && expected.startsWith(shown.slice(0, 20));
        if (shown !== expected && !quoted)
          failures.push(`${where}: shown altered: ${JSON.stringify(shown.slice(0, 200))}`);
        else if (!quoted) shownFields[mode].add(c.label);
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
async function runClient(): Promise<Outcome> {
  const { context, page: tab, problems } = await harness.open();
  const out: Outcome = { failures: [], hits: [], cases: 0 };
  harness.serve('/xss/client', { body: page('', CLIENT) });
  for (const [b, batch] of batches.entries()) {
    await tab.goto(`${harness.origin}/xss/client`);
    await tab.evaluate(([briefs, offset]) => window.hardening.mount(briefs, offset), [
      batch.map((c) => c.brief),
      b * BATCH,
    ] as const);
    await inspect(tab, 'client', b, batch, out, 0);
  }
  for (const p of problems) out.failures.push(`[client] console: ${p.slice(0, 300)}`);
  await context.close();
  return out;
}

/** Server rendering read as is (no element code), then hydrated in place by the package's hydrating bundle. */
async function runServerThenHydrated(): Promise<Record<'server' | 'hydrated', Outcome>> {
  const { context, page: tab, problems } = await harness.open();
  const server: Outcome = { failures: [], hits: [], cases: 0 };
  const hydrated: Outcome = { failures: [], hits: [], cases: 0 };
  for (const [b, batch] of batches.entries()) {
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
  it('has a corpus of 100+ payloads that each reach the trap', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(100);
    expect(new Set(payloads.map((p) => p.text)).size).toBe(payloads.length);
    expect(urlFields.map((f) => f.name)).toEqual([
      'publisher.url',
      'licence.url',
      'sections.0.content.0.content.11.href',
      'sections.1.content.2.src',
      'sources.3.url',
    ]);
  });

  it('[client] runs nothing, links nothing but http(s)/mailto, shows text as text', async () => {
    const client = await runClient();
    expect(client.cases).toBe(cases.length);
    expect(client.hits).toEqual([]);
    expect(client.failures).toEqual([]);
  }, 240_000);

  it('[server, then hydrated] runs nothing, links nothing but http(s)/mailto, shows text as text', async () => {
    const { server, hydrated } = await runServerThenHydrated();
    for (const outcome of [server, hydrated]) {
      expect(outcome.cases).toBe(cases.length);
      expect(outcome.hits).toEqual([]);
      expect(outcome.failures).toEqual([]);
    }
  }, 240_000);

  it('shows the same fields whoever rendered them, and the prose fields are among them', () => {
    const client = [...shownFields.client].sort();
    expect([...shownFields.server].sort()).toEqual(client);
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
