// Schema-valid generated briefs rendered in Chromium by <security-brief> and every part: no console error, no
// error state, and the brief's text round-trips (every title, name and run of prose is on the page).
import type { Brief, Inline } from '@briefkit/schema';
import { checkBrief } from '@briefkit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The generator lives with the validator's fuzzing, which shares it.
import { sampleBriefs } from '../../../validator/src/hardening/brief-arbitrary.js';
import { CLIENT, type Harness, page, startHarness } from './harness.js';

const seed = Number(process.env.BRIEFKIT_FUZZ_SEED ?? Date.now() % 2 ** 31);
const briefs = sampleBriefs(60, seed);
const BATCH = 20;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  harness.serve('/fuzz', { body: page('', CLIENT) });
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function inlineTexts(inline: Inline | undefined): string[] {
  return (inline ?? []).flatMap((span) => ('text' in span && span.text ? [span.text] : []));
}

/** The strings a reader must find on the page: titles, names and every run of prose. */
function expectedTexts(brief: Brief): string[] {
  const out = [brief.title, brief.country.name, ...inlineTexts(brief.lede)];
  if (brief.subtitle) out.push(brief.subtitle);
  if (brief.series) out.push(brief.series);
  const sections = [...brief.sections];
  while (sections.length > 0) {
    const section = sections.shift()!;
    out.push(section.title);
    for (const block of section.content) {
      if (block.type === 'paragraph') out.push(...inlineTexts(block.content));
      else if (block.type === 'list') out.push(...block.items.flatMap(inlineTexts));
      else if (block.type === 'quote')
        out.push(...block.paragraphs.flatMap(inlineTexts), ...inlineTexts(block.attribution));
    }
    sections.push(...(section.sections ?? []));
  }
  for (const a of brief.actors ?? []) out.push(a.name);
  for (const e of brief.events ?? []) out.push(e.title);
  for (const t of brief.threats ?? []) out.push(t.title);
  for (const f of brief.figures ?? []) out.push(f.label);
  // A place is shown on the map (with coordinates) or with the events that happened there.
  const named = new Set((brief.events ?? []).flatMap((e) => e.places ?? []));
  for (const p of brief.places ?? []) if (p.coordinates || named.has(p.id)) out.push(p.name);
  for (const s of brief.sources ?? []) if (s.title) out.push(s.title);
  return out.map(squash);
}

describe(`${briefs.length} generated briefs (seed ${seed}) in Chromium`, () => {
  it('are schema-valid', () => {
    expect(briefs.filter((b) => !checkBrief(b).ok)).toEqual([]);
  });

  it('render without a console error or an error state, and show all their text', async () => {
    const { context, page: tab, problems } = await harness.open();
    const missing: string[] = [];
    const errorStates: number[] = [];
    for (let start = 0; start < briefs.length; start += BATCH) {
      const batch = briefs.slice(start, start + BATCH);
      await tab.goto(`${harness.origin}/fuzz`);
      await tab.evaluate(([list, offset]) => window.hardening.mount(list, offset), [batch, start] as const);
      const reports = await tab.evaluate(() => window.hardening.scan(true));
      const seen = await tab.evaluate(() => window.hardening.errors);
      expect(seen, `seed ${seed}`).toEqual([]);
      reports.forEach((report, i) => {
        const brief = batch[i]!;
        const text = squash(report.text);
        if (report.errorStates > 0) errorStates.push(start + i);
        for (const want of expectedTexts(brief)) {
          if (!text.includes(want)) missing.push(`brief ${start + i}: ${JSON.stringify(want)}`);
        }
      });
    }
    await context.close();
    expect(problems, `seed ${seed}`).toEqual([]);
    expect(errorStates, `seed ${seed}`).toEqual([]);
    expect(missing, `seed ${seed}`).toEqual([]);
  }, 180_000);
});
