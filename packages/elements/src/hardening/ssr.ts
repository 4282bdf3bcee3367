// Server rendering of test cases: <security-brief> through the package's own `renderBrief`, and every part
// through Lit SSR, each carrying `data-brief` so the hydrating page can hand the part its brief.
import type { Brief } from '@briefkit/schema';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { briefJson, renderBrief } from '../ssr/index.js';

const parts = {
  actors: (b: Brief, i: number) =>
    html`<security-brief-actors data-brief=${i} .brief=${b}></security-brief-actors>`,
  sources: (b: Brief, i: number) =>
    html`<security-brief-sources data-brief=${i} .brief=${b}></security-brief-sources>`,
  timeline: (b: Brief, i: number) =>
    html`<security-brief-timeline data-brief=${i} .brief=${b}></security-brief-timeline>`,
  threats: (b: Brief, i: number) =>
    html`<security-brief-threats data-brief=${i} .brief=${b}></security-brief-threats>`,
  figures: (b: Brief, i: number) =>
    html`<security-brief-figures data-brief=${i} .brief=${b}></security-brief-figures>`,
  map: (b: Brief, i: number) => html`<security-brief-map data-brief=${i} .brief=${b}></security-brief-map>`,
};

export type PartName = keyof typeof parts;
/** `<security-brief>` and the parts, by the name `renderCase` knows them by. */
export type ElementName = 'brief' | PartName;
export const ELEMENT_NAMES: readonly ElementName[] = ['brief', ...(Object.keys(parts) as PartName[])];
/** The tag of each element name. */
export const tagOf = (name: ElementName) => (name === 'brief' ? 'security-brief' : `security-brief-${name}`);

/** One element of a case, server-rendered. */
export async function renderElement(name: ElementName, brief: Brief, i: number): Promise<string> {
  return name === 'brief' ? renderBrief(brief) : collectResult(render(parts[name](brief, i)));
}

/**
 * One case, server-rendered: a `[data-case]` wrapper with `<security-brief>` and every part (or the elements
 * named), plus the JSON the parts hydrate from. `i` must be unique in the page.
 */
export async function renderCase(
  brief: Brief,
  i: number,
  elements: readonly ElementName[] = ELEMENT_NAMES,
): Promise<string> {
  const out = [`<div data-case="${i}">`];
  for (const name of elements) out.push(await renderElement(name, brief, i));
  out.push('</div>', `<script type="application/json" id="brief-${i}">${briefJson(brief)}</script>`);
  return out.join('\n');
}
