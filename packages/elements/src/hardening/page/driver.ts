// Loaded first, as a classic script, by every hardening page: the traps (any payload that runs calls one) and
// the helpers the Node side calls through `page.evaluate`. Bundled on its own, never part of the elements.

interface Hardening {
  /** Trap calls and other signs that something ran: `__xss(n)`, `alert(…)`. */
  hits: string[];
  /** CSP violations seen by the page. */
  violations: string[];
  /** Uncaught errors and unhandled rejections. */
  errors: string[];
  /** Events `security-brief-load` / `security-brief-error` seen, as `type kind`. */
  events: string[];
  scan: typeof scan;
  mount: typeof mount;
  settle: typeof settle;
}

declare global {
  interface Window {
    hardening: Hardening;
    __xss: (n: unknown) => void;
  }
}

export const OPEN = '\u27e6';
export const CLOSE = '\u27e7';

const state: Hardening = { hits: [], violations: [], errors: [], events: [], scan, mount, settle };
window.hardening = state;
window.__xss = (n) => {
  state.hits.push(`__xss(${String(n)})`);
};
for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
  (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    state.hits.push(`${name}(${args.map(String).join(', ')})`);
  };
}
document.addEventListener(
  'securitypolicyviolation',
  (e) => state.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`.trim()),
  true,
);
window.addEventListener('error', (e) => {
  // Which elements had not finished their first update when it happened: the likely source.
  const pending = [...document.querySelectorAll('[data-case] > *')]
    .filter(
      (el) =>
        customElements.get(el.localName) &&
        (el as HTMLElement & { hasUpdated?: boolean }).hasUpdated !== true,
    )
    .map((el) => `<${el.localName}> of case ${el.closest('[data-case]')?.getAttribute('data-case')}`);
  state.errors.push(
    `${String(e.message)}${pending.length > 0 ? ` (not yet updated: ${pending.slice(0, 5).join(', ')})` : ''}`,
  );
});
window.addEventListener('unhandledrejection', (e) =>
  state.errors.push(`unhandled rejection: ${String(e.reason)}`),
);
for (const type of ['security-brief-load', 'security-brief-error']) {
  document.addEventListener(type, (e) => {
    const cause = (e as Event & { cause?: { kind?: string } }).cause;
    state.events.push(cause?.kind ? `${type} ${cause.kind}` : type);
  });
}

/** What one rendered case looked like to a reader and to the browser. */
export interface CaseReport {
  /** `href`s that are neither http(s)/mailto nor an in-page `#fragment`. */
  badHrefs: string[];
  /** Other URL-bearing attributes that would load or run something they should not. */
  badUrls: string[];
  /** Event-handler attributes, `style` with data in it, and other attributes data must never reach. */
  badAttributes: string[];
  /** Elements the briefkit templates never produce, so must have come from data. */
  badElements: string[];
  /** Marked text (between ⟦ and ⟧) exactly as shown. */
  shown: string[];
  /** Elements showing their error state. */
  errorStates: number;
  /** All visible text of the case (shadow roots included), for round-trip checks. */
  text: string;
}

// Tags the templates never produce. (`script` is allowed only as the brief's JSON child of a server-rendered
// <security-brief>; `style` only as server-rendered styles at the top of a shadow root.)
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'form',
  'input',
  'textarea',
  'select',
  'option',
  'keygen',
  'isindex',
  'plaintext',
  'xmp',
  'noscript',
  'marquee',
  'details',
  'video',
  'audio',
  'source',
  'math',
  'foreignobject',
  'animate',
  'set',
  'use',
  'template',
  'style',
]);
// Attributes a reader is shown (or read aloud); ids and data-* are not shown, so not checked for text.
const READABLE = new Set([
  'alt',
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
]);
const URL_ATTRIBUTES = new Set([
  'src',
  'srcset',
  'srcdoc',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'xlink:href',
  'ping',
  'to',
  'values',
  'from',
  'by',
]);

function allowedHref(value: string): boolean {
  if (value.startsWith('#')) return true;
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function allowedSrc(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return true;
    return url.protocol === 'data:' && /^image\//i.test(url.pathname);
  } catch {
    return false;
  }
}

const normalise = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000\ufffd]/g, '');

function marked(value: string, into: string[]): void {
  let at = value.indexOf(OPEN);
  while (at !== -1) {
    const end = value.indexOf(CLOSE, at + 1);
    into.push(
      normalise(end === -1 ? value.slice(at + 1) : value.slice(at + 1, end)) + (end === -1 ? '…(cut)' : ''),
    );
    at = end === -1 ? -1 : value.indexOf(OPEN, end + 1);
  }
}

/** Every element under `root`, crossing into shadow roots (open ones: the elements' are all open). */
function* elementsUnder(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* elementsUnder(el.shadowRoot);
  }
}

function textOf(root: Node, into: string[]): void {
  for (const child of root.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) into.push(child.nodeValue ?? '');
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const el = child as Element;
      if (el.localName === 'script' || el.localName === 'style') continue;
      if (el.shadowRoot) textOf(el.shadowRoot, into);
      textOf(el, into);
    }
  }
}

/** Inspects the case wrappers `[data-case]` of the page (with their whole text if `withText`). */
function scan(withText = true): CaseReport[] {
  return [...document.querySelectorAll('[data-case]')].map((wrapper) => {
    const report: CaseReport = {
      badHrefs: [],
      badUrls: [],
      badAttributes: [],
      badElements: [],
      shown: [],
      errorStates: 0,
      text: '',
    };
    for (const el of elementsUnder(wrapper)) {
      const tag = el.localName;
      const parent = el.parentNode;
      const jsonChild =
        tag === 'script' &&
        el.getAttribute('type') === 'application/json' &&
        (parent as Element | null)?.localName?.startsWith('security-brief');
      const serverStyle = tag === 'style' && parent instanceof ShadowRoot;
      if (FORBIDDEN.has(tag) && !jsonChild && !serverStyle)
        report.badElements.push(`<${tag}> in ${describe(el)}`);
      if (tag === 'img' && !allowedSrc(el.getAttribute('src') ?? ''))
        report.badUrls.push(`img src=${el.getAttribute('src')}`);
      if (el.matches('[part~="error"]')) report.errorStates++;
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) report.badAttributes.push(`${name}="${attr.value}" on <${tag}>`);
        else if (name === 'href') {
          if (!allowedHref(attr.value)) report.badHrefs.push(`${attr.value} on <${tag}> in ${describe(el)}`);
        } else if (name === 'style' && /__xss|url\(|expression\(/i.test(attr.value))
          report.badAttributes.push(`style="${attr.value}"`);
        else if (URL_ATTRIBUTES.has(name) && !(name === 'src' && tag === 'img')) {
          report.badUrls.push(`${name}=${attr.value} on <${tag}>`);
        }
        if (READABLE.has(name)) marked(attr.value, report.shown);
      }
    }
    const texts: string[] = [];
    textOf(wrapper, texts);
    for (const t of texts) marked(t, report.shown);
    if (withText) report.text = texts.join('');
    return report;
  });
}

function describe(el: Element): string {
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? root.host.localName : 'light DOM';
  return host;
}

const TAGS = [
  'security-brief',
  'security-brief-actors',
  'security-brief-sources',
  'security-brief-timeline',
  'security-brief-threats',
  'security-brief-figures',
  'security-brief-map',
];

/** Client rendering: one `[data-case]` wrapper per brief, holding `<security-brief>` and every part. */
async function mount(briefs: unknown[], offset = 0, tags: string[] = TAGS): Promise<void> {
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  const host = document.createElement('div');
  for (const [i, brief] of briefs.entries()) {
    const wrapper = document.createElement('div');
    wrapper.dataset.case = String(offset + i);
    for (const tag of tags) {
      const el = document.createElement(tag) as HTMLElement & { brief?: unknown };
      el.brief = brief;
      wrapper.append(el);
    }
    host.append(wrapper);
  }
  document.body.replaceChildren(host);
  await settle();
}

/** Waits for every element to finish updating, and the maps to draw (or give up). */
async function settle(): Promise<void> {
  const all = [...document.querySelectorAll(TAGS.join(','))] as (HTMLElement & {
    updateComplete?: Promise<unknown>;
  })[];
  await updated(all);
  // The map draws once its lazily loaded geodata arrives (or gives up): its own state says which.
  const maps = all.filter(
    (el) => el.localName === 'security-brief-map' && customElements.get(el.localName),
  ) as unknown as {
    geometry?: unknown;
    failed?: boolean;
  }[];
  const until = Date.now() + 5_000;
  while (maps.some((m) => m.geometry === undefined && !m.failed) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 25));
  }
  await updated(all);
}

/** Waits for the elements' updates; a failed one (a hydration mismatch, say) is recorded with its case. */
async function updated(elements: (HTMLElement & { updateComplete?: Promise<unknown> })[]): Promise<void> {
  const results = await Promise.allSettled(elements.map((el) => el.updateComplete));
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') return;
    const el = elements[i]!;
    const at = el.closest('[data-case]')?.getAttribute('data-case');
    state.errors.push(`<${el.localName}> of case ${at}: ${String(result.reason).split('\n')[0]}`);
  });
}
