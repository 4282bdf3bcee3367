import type { Brief } from '@briefkit/schema';
import {
  adoptStyles,
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { BriefLoadError, SecurityBriefErrorEvent } from './events.js';
import { loadLanguage, msg } from './i18n.js';
import { type ContextOptions, createContext, type RenderContext } from './inline.js';
import { baseStyles, tokens } from './styles.js';

/** The package version, stored on every element class so a clash between two copies can be named. */
export const VERSION = '0.0.0';

export interface HeadingOptions {
  id?: string;
  /** Language of the heading's words when it differs from the content around it. */
  lang?: string | undefined;
  part?: string;
  className?: string;
}

/** A level as an integer from 1 up; anything else becomes `fallback`. */
export function clampLevel(level: unknown, fallback = 2): number {
  const n = typeof level === 'number' ? Math.trunc(level) : Number.NaN;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 9) : fallback;
}

/**
 * A heading at outline level `level`: a real `<h1>`…`<h6>`, or `role="heading" aria-level` beyond 6
 * (deeply nested sections of a brief embedded low in a page's outline).
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const n = clampLevel(level);
  const id = options.id ?? nothing;
  const lang = options.lang ?? nothing;
  const part = options.part ?? 'heading';
  const cls = options.className ?? nothing;
  // Most headings have only a part: a template that binds nothing else (every binding is a part to render).
  const plain = id === nothing && lang === nothing && cls === nothing;
  // One plain template per level: the tag comes from a number, never from data, and plain templates are
  // smaller and faster than static ones.
  switch (n) {
    case 1:
      return plain
        ? html`<h1 part=${part}>${content}</h1>`
        : html`<h1 id=${id} lang=${lang} part=${part} class=${cls}>${content}</h1>`;
    case 2:
      return plain
        ? html`<h2 part=${part}>${content}</h2>`
        : html`<h2 id=${id} lang=${lang} part=${part} class=${cls}>${content}</h2>`;
    case 3:
      return plain
        ? html`<h3 part=${part}>${content}</h3>`
        : html`<h3 id=${id} lang=${lang} part=${part} class=${cls}>${content}</h3>`;
    case 4:
      return plain
        ? html`<h4 part=${part}>${content}</h4>`
        : html`<h4 id=${id} lang=${lang} part=${part} class=${cls}>${content}</h4>`;
    case 5:
      return plain
        ? html`<h5 part=${part}>${content}</h5>`
        : html`<h5 id=${id} lang=${lang} part=${part} class=${cls}>${content}</h5>`;
    case 6:
      return plain
        ? html`<h6 part=${part}>${content}</h6>`
        : html`<h6 id=${id} lang=${lang} part=${part} class=${cls}>${content}</h6>`;
    default:
      return html`<div role="heading" aria-level=${n} id=${id} lang=${lang} part=${part} class=${cls}>${content}</div>`;
  }
}

const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ku-arab', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** `rtl` for languages written right to left, else `ltr`. */
export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  const tag = (lang ?? '').toLowerCase();
  const base = tag.split('-')[0] ?? '';
  if (/-(arab|hebr|thaa|syrc|nkoo|adlm)\b/.test(tag)) return 'rtl';
  return RTL.has(base) ? 'rtl' : 'ltr';
}

/**
 * Whether two tags name the same language (`en` and `en-GB`). Then the brief's own tag wins: the words are
 * the same, and its region decides how dates and numbers are written ("27–31 March 2022" in an en-GB brief
 * on an `en` page).
 */
export function sameLanguage(a: string, b: string): boolean {
  const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';
  return base(a) === base(b);
}

/** The nearest `lang` attribute at or above `el`, crossing shadow roots up to the document. */
export function inheritedLang(el: Element): string | undefined {
  if (isServer || typeof el.closest !== 'function') return undefined;
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    const value = found?.getAttribute('lang');
    if (value) return value;
    const root = node.getRootNode();
    node = typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * Base of every briefkit element: a `brief`, a `heading-level`, a `theme`, the language of the element's
 * own words, and a render that never throws (a brief with bad data shows an error state and fires
 * `security-brief-error` instead). Subclasses implement `renderBrief()`.
 */
export class BriefElement extends LitElement {
  static version = VERSION;
  static override styles = [tokens, baseStyles];
  // Declared here rather than with decorators: the same reactive properties without the decorator code.
  static override properties: PropertyDeclarations = {
    brief: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    lang: { attribute: 'lang' },
    theme: { reflect: true },
  };

  /** The canonical brief to show. */
  brief?: Brief;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Hydration reuses a server-rendered shadow root and relies on its inline <style>, which a strict CSP
    // refuses unless the host page allows it by hash: adopt the constructed stylesheets too, so a hydrated
    // element is styled either way.
    if (!isServer && root instanceof ShadowRoot && root.adoptedStyleSheets.length === 0) {
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    }
    return root;
  }

  /** The outline level of this element's top headings, so it fits the host page (default 2). */
  headingLevel = 2;

  /**
   * The standard `lang` attribute, observed so the element's words follow when it changes. (Read through
   * `getAttribute`, so the attribute stays the single source.)
   */
  override lang!: string;

  /** `light`, `dark` or `auto` (follow the reader's system setting; the default). */
  theme?: 'light' | 'dark' | 'auto';

  /** Set when the last render failed on bad data; reported once after the update. */
  protected renderError?: BriefLoadError;
  private reportedError?: BriefLoadError;

  /** Why the brief in a JSON child could not be read, shown in place of the brief. */
  private inlineError?: BriefLoadError;

  constructor() {
    super();
    if (!isServer) this.addEventListener('click', this.followInPageLink);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer || this.brief !== undefined || !this.acceptsInlineBrief()) return;
    const failure = this.adoptInlineBrief();
    if (failure) {
      this.discardServerRender();
      this.inlineBriefFailed(failure);
    }
  }

  /**
   * Without its brief the element cannot render what the server did, so hydrating that markup would fail:
   * start from an empty shadow root instead. (`_$needsHydration` is the flag Lit's hydration support sets
   * on an element whose shadow root came from the server.)
   */
  private discardServerRender(): void {
    const host = this as unknown as { _$needsHydration?: boolean };
    if (!host._$needsHydration) return;
    host._$needsHydration = false;
    this.shadowRoot?.replaceChildren();
  }

  /** Whether a JSON child may supply the brief: not when something else will (`src`, say). */
  protected acceptsInlineBrief(): boolean {
    return true;
  }

  /**
   * A server-rendered element carries its brief as JSON in a child script: reading it lets hydration render
   * exactly what the server did. No shape check here: the server rendered this very object. Returns why the
   * JSON could not be read, if it could not.
   */
  private adoptInlineBrief(): BriefLoadError | undefined {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script?.textContent) return undefined;
    try {
      this.brief = JSON.parse(script.textContent) as Brief;
      return undefined;
    } catch {
      return new BriefLoadError('invalid-json', msg(this.uiLang, 'error.invalid-json'));
    }
  }

  /** The JSON child could not be read: show why, and say so with `security-brief-error`. */
  protected inlineBriefFailed(error: BriefLoadError): void {
    this.inlineError = error;
    this.requestUpdate();
    this.dispatchEvent(new SecurityBriefErrorEvent(error));
  }

  /**
   * Links to `#id` inside the shadow root (citation → source → back to the citation, mention → entry):
   * the browser only looks for fragment targets in the document, so the element scrolls and moves focus.
   */
  private followInPageLink = (event: MouseEvent): void => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    const root = this.renderRoot;
    const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!link || link.getRootNode() !== root || !('getElementById' in root)) return;
    const href = link.getAttribute('href');
    if (!href?.startsWith('#') || href.length < 2) return;
    let id: string;
    try {
      id = decodeURIComponent(href.slice(1));
    } catch {
      return;
    }
    const target = (root as ShadowRoot).getElementById(id);
    if (!target) return;
    event.preventDefault();
    if (!target.matches('a[href], button, input, select, textarea, [tabindex]'))
      target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };

  /**
   * Waits for the words of the element's language before rendering, so the first render already speaks
   * it (languages other than English load on demand); English updates stay synchronous.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = loadLanguage(this.uiLang);
    return words ? words.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** The outline level of the top headings, clamped to a sane integer. */
  protected get level(): number {
    return clampLevel(this.headingLevel);
  }

  /** The language of the brief's content. */
  protected get contentLang(): string {
    const lang = this.brief?.language;
    return typeof lang === 'string' && lang ? lang : 'en';
  }

  /**
   * The language of the element's own words ("Sources", "Published"): a `lang` attribute on the element or
   * an ancestor wins, else the brief's language.
   */
  protected get uiLang(): string {
    return this.passLang ?? this.readUiLang();
  }

  /** The language of this update's words, read once while it renders (the read walks up the page). */
  private passLang?: string;

  protected override update(changed: PropertyValues): void {
    this.passLang = this.readUiLang();
    try {
      super.update(changed);
    } finally {
      this.passLang = undefined;
    }
  }

  private readUiLang(): string {
    const content = this.contentLang;
    const own = this.getAttribute?.('lang');
    if (own) return sameLanguage(own, content) ? content : own;
    // The server cannot see the host page's lang, so it rendered in the brief's language: a server-rendered
    // element hydrates in that same language (anything else would not match its markup) and follows the
    // page from its next update on.
    if (!this.hasUpdated && this.shadowRoot?.firstChild) return content;
    const page = inheritedLang(this);
    return page && !sameLanguage(page, content) ? page : content;
  }

  /** A fresh render context for one render of this root. */
  protected createContext(options?: ContextOptions): RenderContext | undefined {
    return this.brief ? createContext(this.brief, this.uiLang, options) : undefined;
  }

  /** A heading `offset` levels below this element's `heading-level`. */
  protected renderHeading(offset: number, content: unknown, options?: HeadingOptions): TemplateResult {
    return heading(this.level + offset, content, options);
  }

  protected override render(): unknown {
    this.renderError = undefined;
    const brief = this.brief;
    if (!brief || typeof brief !== 'object')
      return this.inlineError ? this.renderFailure(this.inlineError) : this.renderEmpty();
    try {
      return this.renderBrief(brief);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.renderError = new BriefLoadError('render', msg(this.uiLang, 'error.render', { detail }), {
        detail,
      });
      return this.renderFailure(this.renderError);
    }
  }

  /** What to show for a brief; implemented by each element. */
  protected renderBrief(_brief: Brief): unknown {
    return nothing;
  }

  /** What to show without a brief: the element's light DOM, if any (a fallback link, say). */
  protected renderEmpty(): unknown {
    return html`<slot></slot>`;
  }

  protected renderFailure(error: BriefLoadError): unknown {
    return html`<div class="state error" role="alert" part="error">
      <p class="state-title">${msg(this.uiLang, 'errorTitle')}</p>
      <p>${error.message}</p>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.renderError && this.renderError !== this.reportedError) {
      this.reportedError = this.renderError;
      this.dispatchEvent(new SecurityBriefErrorEvent(this.renderError));
    }
  }
}
