import type { Brief } from '@briefkit/schema';
import { inject } from 'vitest';
import type { SecurityBrief } from '../security-brief/security-brief.js';

export type Mode = 'client' | 'server' | 'hydrated';

export interface MountOptions {
  toc?: boolean;
  headingLevel?: number;
}

let container: HTMLElement | undefined;

/** A fresh container in the test page, replacing the previous one. */
export function freshContainer(): HTMLElement {
  container?.remove();
  container = document.createElement('main');
  document.body.append(container);
  return container;
}

/** Renders `<security-brief>` with `brief` in the browser (the element must be defined). */
export async function mountClient(brief: Brief, options: MountOptions = {}): Promise<SecurityBrief> {
  const el = document.createElement('security-brief');
  if (options.toc) el.toc = true;
  if (options.headingLevel) el.headingLevel = options.headingLevel;
  el.brief = brief;
  freshContainer().append(el);
  await el.updateComplete;
  return el;
}

/** Server HTML as provided by the global setup (base64 of UTF-8). */
function decode(encoded: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)));
}

/** Inserts server-rendered HTML (declarative shadow DOM) for the full fixture, passed through `edit` if given. */
export function insertServerHtml(
  options: MountOptions = {},
  edit: (html: string) => string = (html) => html,
): HTMLElement {
  const ssr = inject('ssr');
  const encoded = options.headingLevel === 3 ? ssr.fullLevel3 : options.toc ? ssr.fullToc : ssr.full;
  const target = freshContainer();
  target.setHTMLUnsafe(edit(decode(encoded)));
  const el = target.querySelector('security-brief');
  if (!el) throw new Error('server HTML has no <security-brief>');
  return el;
}

/**
 * Inserts the server-rendered HTML of one part rendered on its own (`renderPart`), passed through `edit` if
 * given, and returns the part.
 */
export function insertServerPart(part: string, edit: (html: string) => string = (html) => html): HTMLElement {
  const encoded = inject('ssr').parts[part];
  if (!encoded) throw new Error(`no server HTML for the part "${part}"`);
  const target = freshContainer();
  target.setHTMLUnsafe(edit(decode(encoded)));
  const el = target.querySelector(`security-brief-${part}`);
  if (!el) throw new Error(`server HTML has no <security-brief-${part}>`);
  return el as HTMLElement;
}

/** The element's shadow root, which must exist. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/**
 * Defines `tag` as `ctor` if it isn't yet, then mounts a fresh element with `brief` and `attributes` in the
 * page body and waits for its first render: the setup every part's browser test shares.
 */
export async function mountPart<T extends HTMLElement & { brief?: Brief; updateComplete: Promise<unknown> }>(
  tag: string,
  ctor: CustomElementConstructor,
  brief: Brief,
  attributes: Record<string, string> = {},
): Promise<T> {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.brief = brief;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** An element's text with layout whitespace collapsed; the no-break spaces Intl puts in numbers survive. */
export const layoutText = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';
