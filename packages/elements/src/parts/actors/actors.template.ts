import type { Actor, ActorKind, Brief, Claim, Rating } from '@briefkit/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../shared/brief-element.js';
import { entityAnchor, entityName } from '../../shared/entities.js';
import { everyValue } from '../../shared/every-value.js';
import { conjunction, formatEdtf, formatQuantity } from '../../shared/format.js';
import { type MessageKey, msg } from '../../shared/i18n.js';
import { children, chromeLang, type RenderContext, renderCitations } from '../../shared/inline.js';
import { memo } from '../../shared/memo.js';
import { joinPhrases } from '../../shared/punctuation.js';

const KIND_ORDER: readonly ActorKind[] = everyValue<ActorKind>()([
  'person',
  'party',
  'government-body',
  'state',
  'armed-group',
  'international-organisation',
  'ngo',
  'media',
  'other',
]);

interface ActorEntry {
  actor: Actor;
  claims: Claim[];
  ratings: Rating[];
}

function validActors(brief: Brief): Actor[] {
  return Array.isArray(brief.actors) ? brief.actors.filter((a) => a && typeof a.id === 'string') : [];
}

/**
 * Which claim and rating is listed under which actor: a claim under each of its subjects that is an actor
 * (or its claimant when none is), a rating under its subject. Each claim and rating gets its anchor at its first entry.
 */
function entries(brief: Brief): readonly ActorEntry[] {
  return memo(entryCache, [brief.actors, brief.claims, brief.ratings], () => computeEntries(brief));
}

// The anchors and the list itself both need the entries: worked out once per set of lists.
const entryCache = new WeakMap<object, { parts: readonly unknown[]; value: readonly ActorEntry[] }>();

function computeEntries(brief: Brief): ActorEntry[] {
  const actors = validActors(brief);
  const byId = new Map<string, ActorEntry>(
    actors.map((actor) => [actor.id, { actor, claims: [], ratings: [] }]),
  );
  for (const claim of brief.claims ?? []) {
    if (!claim || typeof claim.id !== 'string') continue;
    // Subjects that are not actors (an event, a place) have no card: such a claim goes on its claimant's.
    const actorSubjects = Array.isArray(claim.subjects) ? claim.subjects.filter((id) => byId.has(id)) : [];
    const subjects = actorSubjects.length > 0 ? actorSubjects : [claim.claimant];
    for (const id of subjects) byId.get(id)?.claims.push(claim);
  }
  for (const rating of brief.ratings ?? []) {
    if (rating && typeof rating.id === 'string') byId.get(rating.subject)?.ratings.push(rating);
  }
  return [...byId.values()];
}

const anchorCache = new WeakMap<object, { parts: readonly unknown[]; value: ReadonlySet<string> }>();

/** Ids that get an entry (and so a `#entity-…` anchor) in the actors list: actors, their claims and ratings. */
export function actorAnchors(brief: Brief): Set<string> {
  const parts = [brief.actors, brief.claims, brief.ratings];
  // A copy: callers add the ids of other entries to it.
  return new Set(memo(anchorCache, parts, () => computeAnchors(brief)));
}

function computeAnchors(brief: Brief): Set<string> {
  const ids = new Set<string>();
  for (const { actor, claims, ratings } of entries(brief)) {
    ids.add(actor.id);
    for (const c of claims) ids.add(c.id);
    for (const r of ratings) ids.add(r.id);
  }
  return ids;
}

function nameLink(ctx: RenderContext, id: string): TemplateResult | string {
  const name = entityName(ctx.brief, id);
  return ctx.anchors.has(id) ? html`<a href="#${entityAnchor(id)}">${name}</a>` : name;
}

function renderClaim(ctx: RenderContext, claim: Claim, placed: Set<string>): TemplateResult {
  const lang = ctx.lang;
  const id = placed.has(claim.id) ? nothing : entityAnchor(claim.id);
  placed.add(claim.id);
  const kind = msg(lang, `claim.${claim.kind}` as MessageKey);
  const disputes = Array.isArray(claim.disputes) && claim.disputes.length > 0 ? claim.disputes : undefined;
  // Words joined into one string where they can be: every binding is a part to create and serialise.
  const attribution: unknown[] = [`— ${kind} ${msg(lang, 'claimBy')} `, nameLink(ctx, claim.claimant)];
  if (claim.date) attribution.push(`, ${formatEdtf(claim.date, lang)}`);
  if (disputes) {
    // A disputed claim is named by its text, often whole sentences: each is quoted, as its own entry shows
    // it, so that two read as two ("disputes “… in Moura.” and “There were 300.”"), in the language's list.
    let text = `; ${msg(lang, 'disputes')} `;
    for (const { type, value } of conjunction(lang).formatToParts(disputes.map(String))) {
      if (type !== 'element') text += value;
      else {
        attribution.push(text + msg(lang, 'quoteOpen'), nameLink(ctx, value));
        text = msg(lang, 'quoteClose');
      }
    }
    attribution.push(text);
  }
  return html`<dd class="claim" id=${id} tabindex=${id === nothing ? nothing : '-1'}>
    <span class="claim-text">${`${msg(lang, 'quoteOpen')}${claim.text}${msg(lang, 'quoteClose')}`}</span>
    ${claim.quantity ? html`<span class="claim-quantity">${formatQuantity(claim.quantity, claim.unit, lang)}</span>` : nothing}
    <span class="attribution">${attribution}</span>${
      Array.isArray(claim.sources) && claim.sources.length > 0
        ? renderCitations(ctx, claim.sources)
        : html` <span class="unsourced" part="unsourced">${msg(lang, 'unsourced')}</span>`
    }
  </dd>`;
}

function renderRating(ctx: RenderContext, rating: Rating, placed: Set<string>): TemplateResult {
  const lang = ctx.lang;
  const id = placed.has(rating.id) ? nothing : entityAnchor(rating.id);
  placed.add(rating.id);
  const edition = rating.edition ? `, ${rating.edition}` : '';
  const when = rating.date ? `, ${formatEdtf(rating.date, lang)}` : '';
  return html`<dd class="rating" id=${id} tabindex=${id === nothing ? nothing : '-1'}>
    <span class="rating-value">${String(rating.value)}</span>
    <span class="attribution">${`— ${rating.scale?.name ?? ''}, ${msg(lang, 'ratedBy')} `}${nameLink(ctx, rating.rater)}${`${edition}${when}`}</span>${renderCitations(
      ctx,
      rating.sources,
    )}
  </dd>`;
}

function renderActor(ctx: RenderContext, entry: ActorEntry, placed: Set<string>): TemplateResult {
  const { actor } = entry;
  const lang = ctx.lang;
  const short = actor.shortName && actor.shortName !== actor.name ? ` (${actor.shortName})` : '';
  const aliases = Array.isArray(actor.aliases) && actor.aliases.length > 0 ? actor.aliases : undefined;
  const memberOf = Array.isArray(actor.memberOf) && actor.memberOf.length > 0 ? actor.memberOf : undefined;
  placed.add(actor.id);
  // The entries present, as one list: an absent one costs nothing, not an empty part.
  const entries: unknown[] = [];
  if (actor.role) entries.push(html`<dd class="role">${actor.role}</dd>`);
  if (aliases)
    entries.push(html`<dd class="aliases">${`${msg(lang, 'aliases')}: ${joinPhrases(aliases)}`}</dd>`);
  if (memberOf) {
    const members: unknown[] = [`${msg(lang, 'memberOf')}: `];
    memberOf.forEach((id, i) => members.push(...(i ? [', ', nameLink(ctx, id)] : [nameLink(ctx, id)])));
    entries.push(html`<dd class="member-of">${members}</dd>`);
  }
  if (actor.description) entries.push(html`<dd class="description">${actor.description}</dd>`);
  for (const c of entry.claims) entries.push(renderClaim(ctx, c, placed));
  for (const r of entry.ratings) entries.push(renderRating(ctx, r, placed));
  const name = `${actor.name}${short}`;
  const cites = renderCitations(ctx, actor.sources);
  // Most actors are a bare name: a template that binds only that (every binding is a part to render).
  if (cites === nothing && entries.length === 0) {
    return html`<div class="actor" id=${entityAnchor(actor.id)} tabindex="-1">
    <dt><span class="actor-name">${name}</span></dt>
  </div>`;
  }
  return html`<div class="actor" id=${entityAnchor(actor.id)} tabindex="-1">
    <dt><span class="actor-name">${name}</span>${cites}</dt>
    ${children(entries)}
  </div>`;
}

/**
 * The actors list: grouped by kind, each actor with role, aliases and memberships, and the claims and
 * ratings about it attributed to whoever made them. `level` is the outline level of the list's heading.
 */
export function renderActors(ctx: RenderContext, level: number): TemplateResult | typeof nothing {
  const all = entries(ctx.brief);
  if (all.length === 0) return nothing;
  const placed = new Set<string>();
  const groups = KIND_ORDER.map((kind) => [kind, all.filter((e) => e.actor.kind === kind)] as const);
  const unknown = all.filter((e) => !KIND_ORDER.includes(e.actor.kind));
  if (unknown.length > 0) groups.push(['other', unknown]);
  return html`<section class="appendix actors" part="actors appendix" id="actors" aria-labelledby="actors-heading">
    ${heading(level, msg(ctx.lang, 'actors'), { id: 'actors-heading', part: 'heading appendix-heading', lang: chromeLang(ctx) })}
    ${groups
      .filter(([, list]) => list.length > 0)
      .map(
        ([kind, list]) => html`<div class="actor-group">
          ${heading(level + 1, msg(ctx.lang, `kind.${kind}` as MessageKey), { part: 'heading group-heading', lang: chromeLang(ctx) })}
          <dl class="actor-list">${list.map((e) => renderActor(ctx, e, placed))}</dl>
        </div>`,
      )}
  </section>`;
}
