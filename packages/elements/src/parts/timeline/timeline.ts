import type { Brief, Claim } from '@briefkit/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { BriefElement } from '../../shared/brief-element.js';
import { casualtiesText } from '../../shared/casualties.js';
import { entityName } from '../../shared/entities.js';
import { renderEstimates, shownEstimates } from '../../shared/estimates.js';
import { estimatesStyles } from '../../shared/estimates.styles.js';
import { edtfDatetime, formatEdtf, formatQuantity, once } from '../../shared/format.js';
import { msg } from '../../shared/i18n.js';
import { type RenderContext, renderCitations } from '../../shared/inline.js';
import { attribution, claimDate, disputesText, eventClaims } from './claims.js';
import { orderedEvents } from './events.js';
import { timelineStyles } from './timeline.styles.js';
import { word } from './words.js';

type BriefEvent = NonNullable<Brief['events']>[number];

/** The element id of an event's entry, for links from the text (`#event-sep-2015-attacks`). */
export function eventAnchor(id: string): string {
  return `event-${id}`;
}

/**
 * The brief's events in date order: each date at the precision it was written, the title, where and who,
 * casualties by group, and the claims made about it, attributed to whoever made them. Citation numbers
 * are the brief's own, so they match the text and the sources list.
 *
 * @csspart heading - The "Timeline" heading.
 * @csspart list - The ordered list of events.
 * @csspart event - One event's entry (`id="event-<id>"`).
 * @csspart date - The date of an event.
 * @csspart event-title - The title of an event.
 * @csspart facts - The places, actors and casualties of an event.
 * @csspart casualties - The casualty line of an event.
 * @csspart claim - One attributed claim about an event.
 * @csspart estimates - The claimants' estimates of a contested toll, side by side.
 * @csspart estimate - One claimant's estimate.
 * @csspart unsourced - The "unsourced" mark of a claim or estimate without sources.
 * @csspart citation - A citation number.
 * @customElement security-brief-timeline
 */
export class SecurityBriefTimeline extends BriefElement {
  static override styles = [...BriefElement.styles, estimatesStyles, timelineStyles];

  protected override renderBrief(brief: Brief): unknown {
    const lang = this.uiLang;
    const ctx = this.createContext();
    const events = orderedEvents(brief);
    return html`<section class="timeline" aria-labelledby="timeline-heading">
      ${this.renderHeading(0, word(lang, 'timeline'), { id: 'timeline-heading' })}
      ${
        events.length === 0 || !ctx
          ? html`<p class="muted">${word(lang, 'timeline.empty')}</p>`
          : html`<ol part="list">${events.map((event) => this.renderEvent(brief, event, ctx))}</ol>`
      }
    </section>`;
  }

  private renderEvent(brief: Brief, event: BriefEvent, ctx: RenderContext): TemplateResult {
    const lang = ctx.lang;
    const names = (ids: unknown) =>
      Array.isArray(ids) ? ids.map((id: string) => entityName(brief, id)) : [];
    const places = names(event.places);
    const actors = names(event.actors);
    const casualties = Array.isArray(event.casualties) ? event.casualties : [];
    const contested = casualties.filter((c) => shownEstimates(c?.estimates).length > 0);
    const claims = eventClaims(brief, event);
    const list = once(
      `list-short|${lang}`,
      () => new Intl.ListFormat(lang, { type: 'unit', style: 'short' }),
    );
    return html`<li class="event" id=${eventAnchor(event.id)} part="event">
      <div class="when">${this.renderDate(event.date, lang)}</div>
      <div class="what">
        ${this.renderHeading(1, html`${event.title}${renderCitations(ctx, event.sources)}`, {
          part: 'event-title',
          className: 'event-title',
        })}
        ${event.description ? html`<p class="description">${event.description}</p>` : nothing}
        ${
          places.length + actors.length + casualties.length > 0
            ? html`<dl class="facts" part="facts">
              ${places.length ? html`<div><dt>${word(lang, 'timeline.places')}</dt><dd>${list.format(places)}</dd></div>` : nothing}
              ${actors.length ? html`<div><dt>${word(lang, 'timeline.actors')}</dt><dd>${list.format(actors)}</dd></div>` : nothing}
              ${
                casualties.length
                  ? html`<div><dt>${word(lang, 'timeline.casualties')}</dt>
                    <dd class="casualties" part="casualties">${casualtiesText(casualties, lang)}</dd></div>`
                  : nothing
              }
            </dl>`
            : nothing
        }
        ${contested.map((c) => renderEstimates(ctx, c.estimates))}
        ${
          claims.length
            ? html`<ul class="claims" aria-label=${word(lang, 'timeline.claims')}>
              ${claims.map((claim) => this.renderClaim(brief, claim, ctx))}
            </ul>`
            : nothing
        }
      </div>
    </li>`;
  }

  private renderDate(date: string, lang: string): TemplateResult {
    const text = formatEdtf(date, lang);
    const datetime = edtfDatetime(date);
    return datetime
      ? html`<time part="date" datetime=${datetime}>${text}</time>`
      : html`<span part="date">${text}</span>`;
  }

  private renderClaim(brief: Brief, claim: Claim, ctx: RenderContext): TemplateResult {
    const lang = ctx.lang;
    const when = claimDate(claim, lang);
    const disputes = disputesText(brief, claim, lang);
    return html`<li class="claim claim-${claim.kind}" part="claim">
      <span class="attribution">${attribution(brief, claim, lang)}${when ? html`, ${when}` : nothing}</span>
      <span class="claim-text">${claim.text}</span>
      ${
        claim.quote
          ? html`<span class="quote">${msg(lang, 'quoteOpen')}${claim.quote}${msg(lang, 'quoteClose')}</span>`
          : nothing
      }${
        claim.quantity
          ? html` <span class="claim-quantity">${formatQuantity(claim.quantity, claim.unit, lang)}</span>`
          : nothing
      }${
        Array.isArray(claim.sources) && claim.sources.length > 0
          ? renderCitations(ctx, claim.sources)
          : html` <span class="unsourced" part="unsourced">${msg(lang, 'unsourced')}</span>`
      }
      ${disputes.length ? html`<span class="disputes">(${disputes.join('; ')})</span>` : nothing}
    </li>`;
  }
}
