import type { Brief, Threat, ThreatResponse } from '@briefkit/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { BriefElement } from '../../shared/brief-element.js';
import { entityAnchor, entityName } from '../../shared/entities.js';
import { once } from '../../shared/format.js';
import { type RenderContext, renderCitations } from '../../shared/inline.js';
import { trendIcon } from './icons.js';
import { CONFIDENCES, groupThreats, known, LIKELIHOODS, type ThreatGroup, TRENDS } from './scales.js';
import { threatsStyles } from './threats.styles.js';
import { word } from './words.js';

const GROUP_WORD = {
  internal: 'threats.internalThreats',
  external: 'threats.externalThreats',
  other: 'threats.otherThreats',
} as const satisfies Record<ThreatGroup, Parameters<typeof word>[1]>;

/**
 * The brief's threats, internal and external apart. Each shows its title, description, the actors
 * involved, its trend (a word and an arrow), and — where the brief makes the judgment — likelihood and
 * confidence as separate fields in the ICD 203 words, followed by the responses of other actors.
 *
 * @csspart heading - The "Threats" heading.
 * @csspart group - The internal or the external group.
 * @csspart group-heading - The heading of a group.
 * @csspart list - The list of threats in a group.
 * @csspart threat - One threat (`id="entity-<id>"`, the anchor mentions link to).
 * @csspart threat-title - The title of a threat.
 * @csspart assessment - The trend, likelihood and confidence of a threat.
 * @csspart trend - The trend field.
 * @csspart likelihood - The likelihood field.
 * @csspart confidence - The confidence field.
 * @csspart responses - The responses to a threat.
 * @csspart citation - A citation number.
 * @customElement security-brief-threats
 */
export class SecurityBriefThreats extends BriefElement {
  static override styles = [...BriefElement.styles, threatsStyles];

  protected override renderBrief(brief: Brief): unknown {
    const lang = this.uiLang;
    const ctx = this.createContext();
    const groups = groupThreats(brief.threats);
    return html`<section class="threats" aria-labelledby="threats-heading">
      ${this.renderHeading(0, word(lang, 'threats'), { id: 'threats-heading' })}
      ${
        groups.length === 0 || !ctx
          ? html`<p class="muted">${word(lang, 'threats.empty')}</p>`
          : html`<div class="groups">
            ${groups.map(
              ({ group, threats }) => html`<section
                class="group group-${group}"
                part="group"
                aria-labelledby="threats-${group}"
              >
                ${this.renderHeading(1, word(lang, GROUP_WORD[group]), {
                  id: `threats-${group}`,
                  part: 'group-heading',
                  className: 'group-heading',
                })}
                <ul class="list" part="list">
                  ${threats.map((threat) => this.renderThreat(brief, threat, ctx))}
                </ul>
              </section>`,
            )}
          </div>`
      }
    </section>`;
  }

  private renderThreat(brief: Brief, threat: Threat, ctx: RenderContext): TemplateResult {
    const lang = ctx.lang;
    const names = (ids: unknown) =>
      Array.isArray(ids) ? ids.map((id: string) => entityName(brief, id)) : [];
    const list = once(
      `list-short|${lang}`,
      () => new Intl.ListFormat(lang, { type: 'unit', style: 'short' }),
    );
    const actors = names(threat.actors);
    const places = names(threat.places);
    const responses = Array.isArray(threat.responses) ? threat.responses.filter((r) => r?.text) : [];
    return html`<li class="threat" id=${entityAnchor(threat.id)} part="threat">
      ${this.renderHeading(2, html`${threat.title}${renderCitations(ctx, threat.sources)}`, {
        part: 'threat-title',
        className: 'threat-title',
      })}
      ${this.renderAssessment(threat, lang)}
      ${threat.description ? html`<p class="description">${threat.description}</p>` : nothing}
      ${
        actors.length + places.length > 0
          ? html`<dl class="facts">
            ${actors.length ? html`<div><dt>${word(lang, 'threats.actors')}</dt><dd>${list.format(actors)}</dd></div>` : nothing}
            ${places.length ? html`<div><dt>${word(lang, 'threats.places')}</dt><dd>${list.format(places)}</dd></div>` : nothing}
          </dl>`
          : nothing
      }
      ${
        responses.length
          ? html`<div class="responses" part="responses">
            <p class="responses-label" id="responses-${threat.id}">${word(lang, 'responses')}</p>
            <ul aria-labelledby="responses-${threat.id}">
              ${responses.map((response) => this.renderResponse(brief, response, ctx))}
            </ul>
          </div>`
          : nothing
      }
    </li>`;
  }

  private renderAssessment(threat: Threat, lang: string): TemplateResult | typeof nothing {
    const trend = known(TRENDS, threat.trend);
    const likelihood = known(LIKELIHOODS, threat.likelihood);
    const confidence = known(CONFIDENCES, threat.confidence);
    if (!trend && !likelihood && !confidence) return nothing;
    return html`<dl class="assessment" part="assessment">
      ${
        trend
          ? html`<div class="field trend trend-${trend}" part="trend">
            <dt>${word(lang, 'trend')}</dt>
            <dd>${trendIcon(trend)}<span>${word(lang, `trend.${trend}`)}</span></dd>
          </div>`
          : nothing
      }
      ${
        likelihood
          ? html`<div class="field likelihood" part="likelihood">
            <dt>${word(lang, 'likelihood')}</dt>
            <dd>
              <span>${word(lang, `likelihood.${likelihood}`)}</span>
              ${this.renderSteps(LIKELIHOODS.indexOf(likelihood), LIKELIHOODS.length)}
            </dd>
          </div>`
          : nothing
      }
      ${
        confidence
          ? html`<div class="field confidence" part="confidence">
            <dt>${word(lang, 'confidence')}</dt>
            <dd>
              <span>${word(lang, `threats.confidence.${confidence}`)}</span>
              ${this.renderSteps(CONFIDENCES.indexOf(confidence), CONFIDENCES.length)}
            </dd>
          </div>`
          : nothing
      }
    </dl>`;
  }

  /** A row of ticks up to the judgment's position on its scale; the word beside it says the same. */
  private renderSteps(position: number, count: number): TemplateResult {
    return html`<span class="steps" aria-hidden="true">${Array.from(
      { length: count },
      (_, i) => html`<span class=${i <= position ? 'step on' : 'step'}></span>`,
    )}</span>`;
  }

  private renderResponse(brief: Brief, response: ThreatResponse, ctx: RenderContext): TemplateResult {
    return html`<li>
      <span class="actor">${entityName(brief, response.actor)}</span>
      <span class="response-text">${response.text}</span>${renderCitations(ctx, response.sources)}
    </li>`;
  }
}
