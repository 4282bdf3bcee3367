import type { Block, Brief, Section, Span } from '@briefkit/schema';
import {
  html,
  isServer,
  noChange,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { actorsStyles } from '../parts/actors/actors.styles.js';
import { actorAnchors, renderActors } from '../parts/actors/actors.template.js';
import { sourcesStyles } from '../parts/sources/sources.styles.js';
import { renderSources } from '../parts/sources/sources.template.js';
import { appendixStyles } from '../shared/appendix.styles.js';
import { BriefElement, directionOf, heading } from '../shared/brief-element.js';
import { carryCitationNumbers } from '../shared/citations.js';
import { dateMarkup } from '../shared/date-markup.js';
import { carryEntityIndex, type EntityIndex, type EntityRef, entityIndex } from '../shared/entities.js';
import { estimatesStyles } from '../shared/estimates.styles.js';
import { BriefLoadError, SecurityBriefErrorEvent, SecurityBriefLoadEvent } from '../shared/events.js';
import { msg } from '../shared/i18n.js';
import { type RenderContext, renderInline, scopedContext } from '../shared/inline.js';
import { memo } from '../shared/memo.js';
import { safeHref } from '../shared/safe-url.js';
import {
  forEachBlock,
  MAX_DEPTH,
  renderBlock,
  renderFact,
  renderKeyFacts,
  renderSection,
  sectionAnchor,
} from './blocks.js';
import { RenderCache, referencedIds } from './render-cache.js';
import { securityBriefStyles } from './security-brief.styles.js';

interface BodyLayout {
  /** Ids with an entry (`#entity-…`) in the root: the actors list's, then key facts listed nowhere else. */
  anchors: Set<string>;
  /** The key of the key-facts entry that is a fact's `#entity-…` target: `<block key>.<index in box>`. */
  factHome: Map<string, string>;
}

const layoutCache = new WeakMap<object, { parts: readonly unknown[]; value: BodyLayout }>();

/** Where every entry lives, computed once per set of actors, claims, ratings and sections. */
function bodyLayout(brief: Brief, sections: Section[]): BodyLayout {
  const lists = [brief.actors, brief.claims, brief.ratings, brief.sections];
  const parts = lists.some((p) => typeof p === 'object' && p !== null) ? lists : [...lists, brief];
  return memo(layoutCache, parts, () => {
    const anchors = actorAnchors(brief);
    const factHome = new Map<string, string>();
    sections.forEach((section, i) => {
      if (!section || typeof section !== 'object') return;
      forEachBlock(section, `s${i}`, (block, key) => {
        if (block?.type !== 'key-facts' || !Array.isArray(block.facts)) return;
        block.facts.forEach((id, j) => {
          if (!anchors.has(id) && !factHome.has(id)) factHome.set(id, `${key}.${j}`);
        });
      });
    });
    for (const id of factHome.keys()) anchors.add(id);
    return { anchors, factHome };
  });
}

/** One unit of the body: the lede, a block, or one entry of a key-facts box (`content` is the fact's id). */
interface Unit {
  key: string;
  content: Block | Span[] | string;
  /** The ids of the entities it shows. */
  refs: readonly string[];
  home?: boolean;
}

/** What the last full pass rendered, for an update that can re-render a few of its units alone. */
interface LastPass {
  brief: Brief;
  settings: readonly unknown[];
  hasSources: boolean;
  anchors: Set<string>;
  /** The units that show each entity, by the entity's id. */
  users: Map<string, Unit[]>;
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A unit asked of the cache in a full pass (`unit`), or re-rendered alone (`refresh`). */
function unitOf(
  cache: RenderCache,
  how: 'unit' | 'refresh',
  index: EntityIndex,
  ctx: RenderContext,
  common: readonly unknown[],
  unit: Unit,
): unknown {
  const { key, content } = unit;
  // A server renders once and compares nothing. In a browser `common` keeps its identity from pass to pass
  // while its values stay the same.
  const deps = isServer ? common : [content, unit.home, common];
  const entities = isServer || unit.refs.length === 0 ? undefined : { refs: unit.refs, index };
  return cache[how](
    key,
    deps,
    ctx,
    (c) =>
      typeof content === 'string'
        ? renderFact(c, content, unit.home === true)
        : Array.isArray(content)
          ? html`<div class="lede" part="lede"><p>${renderInline(content, c)}</p></div>`
          : renderBlock(c, content),
    entities,
  );
}

const NO_SPANS: Span[] = [];
const NO_IDS: readonly string[] = [];

/**
 * The entity ids a unit shows: a browser keeps them to re-render only the units an edit touches. A server
 * renders once, so it skips the walk (and the entry per block it would remember).
 */
const refsOf = (content: Block | readonly Span[]): readonly string[] =>
  isServer ? NO_IDS : referencedIds(content);

/** The entity lists whose entries only ever show in units of the body. */
const UNIT_LISTS = ['places', 'events', 'figures', 'threats'];

function sameSources(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((id, i) => id === b[i]);
}

/**
 * The entities `next` edits, if it is `last` with nothing else changed: every other field the same object,
 * and in the lists of places, events, figures and threats the same entries in the same places, each the
 * same object or a new one with the same id and the same sources (so the index and the numbering carry
 * over). Undefined for any other change.
 */
function editedEntities(last: Brief, next: Brief): EntityRef[] | undefined {
  const a = last as unknown as Record<string, unknown>;
  const b = next as unknown as Record<string, unknown>;
  for (const key in b) if (!UNIT_LISTS.includes(key) && b[key] !== a[key]) return undefined;
  for (const key in a) if (!(key in b)) return undefined;
  const changed: EntityRef[] = [];
  const index = entityIndex(last);
  for (const list of UNIT_LISTS) {
    const before = a[list];
    const after = b[list];
    if (before === after) continue;
    if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length) return undefined;
    for (let i = 0; i < after.length; i++) {
      const old = before[i] as { id?: unknown; sources?: unknown } | undefined;
      const now = after[i] as { id?: unknown; sources?: unknown } | undefined;
      if (old === now) continue;
      if (!now || typeof now !== 'object' || !old || typeof now.id !== 'string' || now.id !== old.id)
        return undefined;
      const ref = index.get(now.id);
      if (ref?.entity !== old || !sameSources(old.sources, now.sources)) return undefined;
      changed.push({ kind: ref.kind, entity: now } as EntityRef);
    }
  }
  return changed;
}

type Status = 'idle' | 'loading' | 'error';

/**
 * `<security-brief>`: a country security brief, rendered as a publication — title block, lede, optional
 * contents, sections, then the actors and the numbered sources in the same shadow root.
 *
 * Give it a brief as the `brief` property, as a `src` URL to fetch, or (as server rendering does) as a
 * `<script type="application/json">` child.
 *
 * @fires security-brief-load - A brief from src has loaded (SecurityBriefLoadEvent, with the brief).
 * @fires security-brief-error - A brief could not be loaded or shown (SecurityBriefErrorEvent, with the cause).
 * @slot - shown while there is no brief (a fallback link, say)
 * @csspart brief - the publication
 * @csspart title-block - series, country, title, subtitle and dates
 * @csspart series - the series label and country
 * @csspart title - the title
 * @csspart subtitle - the subtitle
 * @csspart meta - authors and dates
 * @csspart lede - the lede
 * @csspart toc - the table of contents
 * @csspart section - each section
 * @csspart heading - every heading
 * @csspart quote - a quotation with its attribution
 * @csspart key-facts - a key-facts box
 * @csspart figure - an illustration with its caption
 * @csspart citation - a source number
 * @csspart estimates - the claimants' estimates of a contested figure or toll in a key-facts box
 * @csspart estimate - one claimant's estimate
 * @csspart unsourced - the "unsourced" mark of a claim or estimate without sources
 * @csspart mention - a mention of an actor, place or event
 * @csspart appendix - the actors and sources sections
 * @csspart actors - the actors section
 * @csspart sources - the sources section
 * @csspart backlink - a link from a source back to its citation
 * @csspart colophon - publisher and licence
 * @csspart status - the loading and empty messages
 * @csspart error - the error message
 * @cssprop --security-brief-font-body - body typeface
 * @cssprop --security-brief-font-heading - heading typeface
 * @cssprop --security-brief-color-text - text colour
 * @cssprop --security-brief-color-muted - secondary text colour
 * @cssprop --security-brief-color-background - background
 * @cssprop --security-brief-color-accent - title block and rules
 * @cssprop --security-brief-color-link - links
 * @cssprop --security-brief-color-rule - hairlines
 * @cssprop --security-brief-color-box - key-facts background
 * @cssprop --security-brief-measure - line length of the text (default 70ch)
 * @cssprop --security-brief-font-size - base font size
 * @customElement security-brief
 */
export class SecurityBrief extends BriefElement {
  static override styles = [
    ...BriefElement.styles,
    appendixStyles,
    estimatesStyles,
    actorsStyles,
    sourcesStyles,
    securityBriefStyles,
  ];
  static override properties: PropertyDeclarations = {
    src: {},
    toc: { type: Boolean },
    timeout: { type: Number },
    status: { state: true, attribute: false },
    loadError: { state: true, attribute: false },
  };

  /** URL of a brief JSON to fetch. Replacing it aborts the previous request. */
  src?: string;

  /** Show a table of contents. */
  toc = false;

  /** Milliseconds before a `src` request is given up (default 15 000). */
  timeout = 15_000;

  private status: Status = 'idle';
  private loadError?: BriefLoadError;

  private controller?: AbortController;
  private cache = new RenderCache();
  /** What the last pass put on the page, if it rendered the brief (and `previous` while a pass runs). */
  private last?: LastPass;
  private previous?: LastPass;
  private assigning = false;
  private common?: readonly unknown[];

  override connectedCallback(): void {
    super.connectedCallback();
    try {
      // Coming back after a disconnect that aborted a request: ask again.
      if (this.src && this.status === 'loading' && !this.controller) this.load();
    } catch (error) {
      this.fail(error);
    }
  }

  protected override acceptsInlineBrief(): boolean {
    return !this.src;
  }

  protected override inlineBriefFailed(error: BriefLoadError): void {
    this.fail(error);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.controller = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('brief') && !this.assigning && this.brief) {
      // A brief given directly wins over a request still in flight.
      this.controller?.abort();
      this.controller = undefined;
      if (this.status !== 'idle') this.status = 'idle';
    }
    this.assigning = false;
    if (changed.has('src') && !isServer) this.load();
  }

  private load(): void {
    this.controller?.abort();
    this.controller = undefined;
    const src = this.src;
    if (!src) {
      if (this.status === 'loading') this.status = 'idle';
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'loading';
    this.loadError = undefined;
    let timedOut = false;
    const ms = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 15_000;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
    this.fetchBrief(src, controller.signal)
      .then(
        (brief) => {
          if (this.controller !== controller) return;
          this.controller = undefined;
          this.assigning = true;
          this.brief = brief;
          this.status = 'idle';
          this.updateComplete.then(
            () => this.dispatchEvent(new SecurityBriefLoadEvent(brief)),
            () => undefined,
          );
        },
        (error: unknown) => {
          // A request replaced by a newer one (or by a disconnect) reports nothing: it is not the answer.
          if (this.controller !== controller) return;
          this.controller = undefined;
          const lang = this.uiLang;
          const cause = timedOut
            ? new BriefLoadError('timeout', msg(lang, 'error.timeout'), { url: src })
            : error instanceof BriefLoadError
              ? error
              : new BriefLoadError('network', msg(lang, 'error.network'), {
                  url: src,
                  detail: String(error),
                });
          this.fail(cause);
        },
      )
      .finally(() => clearTimeout(timer));
  }

  private fetchBrief(src: string, signal: AbortSignal): Promise<Brief> {
    const lang = this.uiLang;
    return import('./fetch-brief.js').then((m) => m.fetchBrief(src, signal, lang));
  }

  private fail(error: unknown): void {
    const cause =
      error instanceof BriefLoadError
        ? error
        : new BriefLoadError('render', msg(this.uiLang, 'error.render', { detail: String(error) }));
    this.assigning = true;
    this.brief = undefined;
    this.status = 'error';
    this.loadError = cause;
    this.dispatchEvent(new SecurityBriefErrorEvent(cause));
  }

  protected override render(): unknown {
    // Only a pass that renders the brief keeps a record of what is on the page (see renderBrief).
    this.previous = this.last;
    this.last = undefined;
    if (this.status === 'loading') {
      return html`<p class="state loading" role="status" part="status">${msg(this.uiLang, 'loading')}</p>`;
    }
    if (this.status === 'error' && this.loadError) return this.renderFailure(this.loadError);
    return super.render();
  }

  protected override renderEmpty(): unknown {
    return html`<slot><p class="state" part="status">${msg(this.uiLang, 'empty')}</p></slot>`;
  }

  protected override renderBrief(brief: Brief): unknown {
    const level = this.level;
    const lang = this.uiLang;
    const contentLang = this.contentLang;
    const settings = [lang, level, contentLang, this.toc];
    const last = this.previous;
    this.previous = undefined;
    if (last && !isServer && sameValues(last.settings, settings) && this.patch(last, brief)) {
      this.last = last;
      return noChange;
    }
    const sections = Array.isArray(brief.sections) ? brief.sections : [];
    const { anchors, factHome } = bodyLayout(brief, sections);
    const hasSources = Array.isArray(brief.sources) && brief.sources.length > 0;
    const ctx = this.createContext({ sourcesInRoot: hasSources, anchors });
    if (!ctx) return nothing;
    // What every unit's output depends on besides its own content: words, outline, numbering, link targets.
    // The numbering and the anchors keep their identity while their contents stay the same.
    const common = this.commonOf([lang, level, ctx.numbers, anchors]);
    const index = entityIndex(brief);
    const cache = this.cache;
    cache.begin();
    const record: LastPass = { brief, settings, hasSources, anchors, users: new Map() };
    const uses = (unit: Unit) => {
      if (isServer) return;
      for (const id of unit.refs) {
        const list = record.users.get(id);
        if (list) list.push(unit);
        else record.users.set(id, [unit]);
      }
    };
    const uiLangAttr = lang !== contentLang ? lang : nothing;
    const title = cache.unit(
      'title',
      [
        brief.series,
        brief.country,
        brief.title,
        brief.subtitle,
        brief.authors,
        brief.published,
        brief.asOf,
        lang,
        level,
        uiLangAttr,
      ],
      ctx,
      () => this.renderTitleBlock(brief, lang, uiLangAttr),
    );
    // Everything that cites is built before the sources list, which links back to the citations.
    const ledeSpans = Array.isArray(brief.lede) ? brief.lede : NO_SPANS;
    const ledeUnit: Unit = { key: 'lede', content: ledeSpans, refs: refsOf(ledeSpans) };
    uses(ledeUnit);
    const lede = unitOf(cache, 'unit', index, ctx, common, ledeUnit);
    const hasActors = Array.isArray(brief.actors) && brief.actors.length > 0;
    const toc = this.toc
      ? cache.unit('toc', [sections, hasActors, hasSources, uiLangAttr, lang, level], ctx, () =>
          this.renderToc(sections, hasActors, hasSources, uiLangAttr),
        )
      : nothing;
    // Each block is a unit of the cache, and so is each entry of a key-facts box (a box lists facts kept
    // elsewhere in the brief: changing one re-renders its entry, not the box).
    const renderUnit = (key: string, block: Block) => {
      if (block?.type === 'key-facts') {
        const facts = Array.isArray(block.facts) ? block.facts : [];
        const entries = facts.map((id, j) => {
          const fact: Unit = {
            key: `${key}.${j}`,
            content: id,
            refs: [id],
            home: factHome.get(id) === `${key}.${j}`,
          };
          uses(fact);
          return unitOf(cache, 'unit', index, ctx, common, fact);
        });
        return renderKeyFacts(scopedContext(ctx, key), block, entries);
      }
      const refs = typeof block === 'object' && block !== null ? refsOf(block) : NO_IDS;
      const unit: Unit = { key, content: block, refs };
      uses(unit);
      return unitOf(cache, 'unit', index, ctx, common, unit);
    };
    const main = sections.map((section, i) =>
      cache.group(`s${i}`, [section, common], () =>
        renderSection({ unit: `s${i}`, next: 0, renderBlock: renderUnit }, section, level, 0),
      ),
    );
    const actors = cache.unit('actors', [brief.actors, brief.claims, brief.ratings, common], ctx, (c) =>
      renderActors(c, level),
    );
    const sourceList = cache.unit('sources', [brief.sources, common, cache.citationsKey()], ctx, () => {
      cache.collectCitations(ctx.occurrences);
      return renderSources(ctx, level);
    });
    const colophon = cache.unit('colophon', [brief.publisher, brief.licence, lang, uiLangAttr], ctx, () =>
      this.renderColophon(brief, lang, uiLangAttr),
    );
    cache.sweep();
    if (!isServer) this.last = record;
    return html`<article class="brief" part="brief" lang=${contentLang} dir=${directionOf(contentLang)}>
      ${title}
      ${lede}
      ${toc}
      <div class="body">${main}</div>
      ${actors}
      ${sourceList}
      ${colophon}
    </article>`;
  }

  /** What every unit depends on besides its own content: the last pass's array while the values are the same. */
  private commonOf(values: readonly unknown[]): readonly unknown[] {
    if (this.common && sameValues(this.common, values)) return this.common;
    this.common = values;
    return values;
  }

  /**
   * An update that only edits entities shown in units (an event's title, a figure's value) while keeping
   * their ids, places and sources: re-renders the units that show them and commits each to its slot, with
   * no pass over the rest of the brief. False when the update is anything else, and a full pass follows.
   */
  private patch(last: LastPass, brief: Brief): boolean {
    if (brief === last.brief) return false;
    const changed = editedEntities(last.brief, brief);
    if (!changed) return false;
    if (changed.length > 0) {
      carryEntityIndex(last.brief, brief, changed);
      carryCitationNumbers(last.brief, brief);
    }
    const ctx = this.createContext({ sourcesInRoot: last.hasSources, anchors: last.anchors });
    if (!ctx) return false;
    const [lang, level] = last.settings;
    const common = this.commonOf([lang, level, ctx.numbers, last.anchors]);
    const index = entityIndex(brief);
    const todo = new Set<Unit>();
    for (const { entity } of changed) for (const unit of last.users.get(entity.id) ?? []) todo.add(unit);
    for (const unit of todo) {
      if (!unitOf(this.cache, 'refresh', index, ctx, common, unit)) return false;
    }
    last.brief = brief;
    return true;
  }

  private renderTitleBlock(brief: Brief, lang: string, uiLangAttr: string | typeof nothing): TemplateResult {
    const date = (value: string | undefined, key: 'published' | 'asOf') =>
      typeof value === 'string'
        ? html`<span class="date"><span lang=${uiLangAttr}>${msg(lang, key)}</span> ${dateMarkup(value, lang)}</span>`
        : nothing;
    const authors = Array.isArray(brief.authors)
      ? brief.authors.filter((a) => a && typeof a.name === 'string')
      : [];
    return html`<header class="masthead" part="title-block">
      <p class="kicker" part="series">${
        brief.series ? html`<span class="series">${brief.series}</span> ` : nothing
      }<span class="country">${brief.country?.name ?? ''}</span></p>
      ${heading(Math.max(1, this.level - 1), brief.title, { part: 'heading title', className: 'title' })}
      ${brief.subtitle ? html`<p class="subtitle" part="subtitle">${brief.subtitle}</p>` : nothing}
      <p class="meta" part="meta">
        ${authors.length > 0 ? html`<span class="authors">${authors.map((a) => a.name).join(', ')}</span>` : nothing}
        ${date(brief.published, 'published')} ${date(brief.asOf, 'asOf')}
      </p>
    </header>`;
  }

  private renderToc(
    sections: Section[],
    hasActors: boolean,
    hasSources: boolean,
    uiLangAttr: string | typeof nothing,
  ): TemplateResult {
    const lang = this.uiLang;
    const list = (items: Section[], depth: number): TemplateResult | typeof nothing => {
      const valid = items.filter((s) => s && typeof s.id === 'string');
      if (valid.length === 0 || depth > MAX_DEPTH) return nothing;
      return html`<ol>${valid.map(
        (s) =>
          html`<li><a href="#${sectionAnchor(s.id)}">${s.title}</a>${
            Array.isArray(s.sections) && depth < 1 ? list(s.sections, depth + 1) : nothing
          }</li>`,
      )}</ol>`;
    };
    return html`<nav class="toc no-print" part="toc" aria-labelledby="toc-heading">
      ${heading(this.level, msg(lang, 'contents'), {
        id: 'toc-heading',
        part: 'heading toc-heading',
        lang: uiLangAttr === nothing ? undefined : uiLangAttr,
      })}
      ${list(sections, 0)}
      ${
        hasActors || hasSources
          ? html`<ul class="toc-appendix" lang=${uiLangAttr}>
              ${hasActors ? html`<li><a href="#actors">${msg(lang, 'actors')}</a></li>` : nothing}
              ${hasSources ? html`<li><a href="#sources">${msg(lang, 'sources')}</a></li>` : nothing}
            </ul>`
          : nothing
      }
    </nav>`;
  }

  private renderColophon(
    brief: Brief,
    lang: string,
    uiLangAttr: string | typeof nothing,
  ): TemplateResult | typeof nothing {
    const publisher = brief.publisher?.name ? brief.publisher : undefined;
    const licence = brief.licence?.name ? brief.licence : undefined;
    if (!publisher && !licence) return nothing;
    const named = (name: string, url: string | undefined) => {
      const href = safeHref(url);
      return href ? html`<a class="link" href=${href} rel="noopener noreferrer">${name}</a>` : name;
    };
    return html`<footer class="colophon" part="colophon">
      ${publisher ? html`<p><span lang=${uiLangAttr}>${msg(lang, 'publisher')}:</span> ${named(publisher.name, publisher.url)}</p>` : nothing}
      ${licence ? html`<p><span lang=${uiLangAttr}>${msg(lang, 'licence')}:</span> ${named(licence.name, licence.url)}</p>` : nothing}
    </footer>`;
  }
}
