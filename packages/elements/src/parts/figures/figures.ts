import type { Brief, Figure, Quantity, Rating } from '@briefkit/schema';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { BriefElement } from '../../shared/brief-element.js';
import { entityAnchor, entityName } from '../../shared/entities.js';
import { headlineQuantity, renderEstimates, shownEstimates } from '../../shared/estimates.js';
import { estimatesStyles } from '../../shared/estimates.styles.js';
import { edtfDatetime, formatEdtf, formatQuantity, once } from '../../shared/format.js';
import { msg } from '../../shared/i18n.js';
import { type RenderContext, renderCitations } from '../../shared/inline.js';
import { figuresStyles } from './figures.styles.js';
import { scalePosition } from './rating-scale.js';
import { word } from './words.js';

// An SVG bar rather than an inline style: style attributes are refused under a strict CSP.
function rangeBar(fraction: number): TemplateResult {
  const width = (fraction * 100).toFixed(1);
  return html`<svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<rect class="bar-track" width="100" height="6" /><rect class="bar-fill" width=${width} height="6" />`}
  </svg>`;
}

/**
 * Sets the wording around the number ("almost", "plus de") in smaller type so the number itself
 * stays the largest thing on the card. The words come from the shared formatter; this only finds the
 * number inside them, and leaves the text whole when it cannot.
 */
function splitQualifier(
  text: string,
  quantity: Quantity,
  unit: string | undefined,
  lang: string,
): TemplateResult | string {
  // A range ("203–500") is all number: nothing to set smaller.
  if (quantity.low !== undefined && quantity.high !== undefined && quantity.low !== quantity.high)
    return text;
  const bare = formatQuantity({ value: quantity.value }, isPercent(unit) ? unit : undefined, lang);
  const at = text.indexOf(bare);
  if (at < 0 || bare === text) return text;
  const before = text.slice(0, at);
  const after = text.slice(at + bare.length);
  return html`${before ? html`<span class="qualifier">${before}</span>` : nothing}<span class="number">${bare}</span>${
    after ? html`<span class="qualifier">${after}</span>` : nothing
  }`;
}

const isPercent = (unit: string | undefined) => unit === 'percent' || unit === '%';

/**
 * The brief's key figures as a grid of cards: each number worded with its bounds as the brief gives
 * them ("almost 100,000", "over 1,000"), its unit, what it counts and when; a contested figure spans the
 * row, its claimants' estimates side by side under the range they span; then the ratings, each with
 * its rater, value and scale. Numbers follow the language (French "100 000").
 *
 * @csspart heading - The "Key figures" heading.
 * @csspart grid - The list of cards.
 * @csspart figure - One figure's card (`id="entity-<id>"`).
 * @csspart rating - One rating's card (`id="entity-<id>"`).
 * @csspart value - The number of a figure or the value of a rating.
 * @csspart unit - The unit of a figure.
 * @csspart label - What a figure counts, or a rating's scale.
 * @csspart meta - When, where and according to whom.
 * @csspart scale - The graphic of a rating's position on its scale.
 * @csspart estimates - The estimates of a contested figure, side by side.
 * @csspart estimate - One claimant's estimate.
 * @csspart unsourced - The "unsourced" mark of an estimate without sources.
 * @csspart citation - A citation number.
 * @customElement security-brief-figures
 */
export class SecurityBriefFigures extends BriefElement {
  static override styles = [...BriefElement.styles, estimatesStyles, figuresStyles];

  protected override renderBrief(brief: Brief): unknown {
    const lang = this.uiLang;
    const ctx = this.createContext();
    const figures = Array.isArray(brief.figures)
      ? brief.figures.filter((f) => f?.quantity || shownEstimates(f?.estimates).length > 0)
      : [];
    const ratings = Array.isArray(brief.ratings) ? brief.ratings.filter((r) => r?.scale) : [];
    const empty = figures.length + ratings.length === 0;
    return html`<section class="figures" aria-labelledby="figures-heading">
      ${this.renderHeading(0, word(lang, 'keyFigures'), { id: 'figures-heading' })}
      ${
        empty || !ctx
          ? html`<p class="muted">${word(lang, 'figures.empty')}</p>`
          : html`<ul class="grid" part="grid">
            ${figures.map((figure) => this.renderFigure(brief, figure, ctx))}
            ${ratings.map((rating) => this.renderRating(brief, rating, ctx))}
          </ul>`
      }
    </section>`;
  }

  private renderFigure(brief: Brief, figure: Figure, ctx: RenderContext): TemplateResult {
    const lang = ctx.lang;
    const percent = isPercent(figure.unit);
    const estimates = shownEstimates(figure.estimates);
    const headline = headlineQuantity(figure.quantity, estimates) ?? { value: Number.NaN };
    const value = formatQuantity(headline, percent ? figure.unit : undefined, lang);
    const place = typeof figure.place === 'string' ? entityName(brief, figure.place) : undefined;
    const contested = estimates.length > 1;
    return html`<li class=${contested ? 'card contested' : 'card'} id=${entityAnchor(figure.id)} part="figure">
      <p class="value" part="value">${splitQualifier(value, headline, figure.unit, lang)}${
        contested
          ? html` <span class="qualifier">${word(lang, 'estimateCount', { count: estimates.length })}</span>`
          : nothing
      }</p>
      ${figure.unit && !percent ? html`<p class="unit" part="unit">${figure.unit}</p>` : nothing}
      <p class="label" part="label">${figure.label}${renderCitations(ctx, figure.sources)}</p>
      ${renderEstimates(ctx, estimates, figure.unit)}
      ${
        figure.date || place
          ? html`<p class="meta" part="meta">
            ${figure.date ? this.renderDate(figure.date, lang) : nothing}${
              figure.date && place ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing
            }${place ? html`<span>${place}</span>` : nothing}
          </p>`
          : nothing
      }
    </li>`;
  }

  private renderRating(brief: Brief, rating: Rating, ctx: RenderContext): TemplateResult {
    const lang = ctx.lang;
    const value =
      typeof rating.value === 'number'
        ? once(`number|${lang}`, () => new Intl.NumberFormat(lang)).format(rating.value)
        : String(rating.value);
    const rater = entityName(brief, rating.rater);
    const subject = typeof rating.subject === 'string' ? entityName(brief, rating.subject) : undefined;
    const by = [rater, rating.edition].filter(Boolean).join(', ');
    return html`<li class="card rating" id=${entityAnchor(rating.id)} part="rating">
      <p class="value rating-value" part="value">${value}</p>
      <p class="label" part="label">${rating.scale.name}${subject ? html`: ${subject}` : nothing}</p>
      ${this.renderScale(rating, lang)}
      <p class="meta" part="meta">
        <span>${msg(lang, 'ratedBy')} ${by}</span>${
          rating.date
            ? html`<span class="sep" aria-hidden="true"> · </span>${this.renderDate(rating.date, lang)}`
            : nothing
        }${renderCitations(ctx, rating.sources)}
      </p>
    </li>`;
  }

  private renderScale(rating: Rating, lang: string): TemplateResult | typeof nothing {
    const position = scalePosition(rating);
    const direction = rating.scale.direction;
    const directionText = direction ? word(lang, `figures.direction.${direction}`) : undefined;
    if (position?.type === 'category') {
      const { index, categories } = position;
      const description = word(lang, 'figures.categoryOf', {
        n: index + 1,
        count: categories.length,
        first: categories[0] ?? '',
        last: categories[categories.length - 1] ?? '',
      });
      return html`<div class="scale" part="scale">
        <span class="segments" aria-hidden="true">${categories.map(
          (category, i) =>
            html`<span class=${i === index ? 'segment on' : 'segment'} title=${category}></span>`,
        )}</span>
        <span class="scale-text">${description}${directionText ? html` (${directionText})` : nothing}</span>
      </div>`;
    }
    if (position?.type === 'range') {
      const nf = once(`number|${lang}`, () => new Intl.NumberFormat(lang));
      const range = word(lang, 'figures.scaleRange', {
        min: nf.format(position.min),
        max: nf.format(position.max),
      });
      return html`<div class="scale" part="scale">
        ${rangeBar(position.fraction)}
        <span class="scale-text">${range}${directionText ? html` (${directionText})` : nothing}</span>
      </div>`;
    }
    return nothing;
  }

  private renderDate(date: string, lang: string): TemplateResult {
    const datetime = edtfDatetime(date);
    const text = formatEdtf(date, lang);
    return datetime ? html`<time datetime=${datetime}>${text}</time>` : html`<span>${text}</span>`;
  }
}
