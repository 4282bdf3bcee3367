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

/** Inserts server-rendered HTML (declarative shadow DOM) for the full fixture. */
export function insertServerHtml(options: MountOptions = {}): HTMLElement {
  const ssr = inject('ssr');
  const encoded = options.headingLevel === 3 ? ssr.fullLevel3 : options.toc ? ssr.fullToc : ssr.full;
  const html = new TextDecoder().decode(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)));
  const target = freshContainer();
  target.setHTMLUnsafe(html);
  const el = target.querySelector('security-brief');
  if (!el) throw new Error('server HTML has no <security-brief>');
  return el;
}

/** The element's shadow root, which must exist. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}
