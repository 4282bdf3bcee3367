import type { Brief, Estimate, Quantity } from '@briefkit/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { entityName } from './entities.js';
import { formatEdtf, formatQuantity } from './format.js';
import { msg } from './i18n.js';
import { type RenderContext, renderCitations } from './inline.js';

/** The estimates of a figure or casualty that can be shown (a quantity with a finite value). */
export function shownEstimates(list: readonly Estimate[] | undefined): Estimate[] {
  return Array.isArray(list)
    ? list.filter((e) => e && typeof e.quantity?.value === 'number' && Number.isFinite(e.quantity.value))
    : [];
}

/**
 * The number to lead with: the quantity the author gave, or else the span of the estimates as a range
 * (their lowest and highest best values), so a contested toll is never shown as one claimant's number.
 */
export function headlineQuantity(
  quantity: Quantity | undefined,
  estimates: readonly Estimate[],
): Quantity | undefined {
  if (quantity && typeof quantity.value === 'number') return quantity;
  if (estimates.length === 0) return undefined;
  const values = estimates.map((e) => e.quantity.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (estimates.length === 1) return (estimates[0] as Estimate).quantity;
  return low === high ? { value: low } : { value: low, low, high };
}

/** Who gives an estimate, by name; `undefined` when the author did not say. */
function claimantOf(brief: Brief, estimate: Estimate): string | undefined {
  return typeof estimate.claimant === 'string' ? entityName(brief, estimate.claimant) : undefined;
}

/** "disputes Ruritanian Armed Forces" for the estimates of the same list this one contests. */
function disputed(brief: Brief, estimate: Estimate, list: readonly Estimate[], lang: string): string[] {
  const ids = Array.isArray(estimate.disputes) ? estimate.disputes : [];
  return ids.flatMap((id) => {
    const other = list.find((e) => e.id === id);
    if (!other) return [];
    return [
      `${msg(lang, 'disputes')} ${claimantOf(brief, other) ?? formatQuantity(other.quantity, undefined, lang)}`,
    ];
  });
}

/**
 * The estimates as one line of text, for tooltips and plain summaries:
 * "203 terrorists (according to Ruritanian Armed Forces); about 300 civilians (according to …)".
 */
export function estimatesText(
  brief: Brief,
  list: readonly Estimate[],
  unit: string | undefined,
  lang: string,
): string {
  return shownEstimates(list)
    .map((e) => {
      const number = formatQuantity(e.quantity, e.unit ?? unit, lang);
      const group = e.group ? ` ${e.group}` : '';
      const who = claimantOf(brief, e);
      return `${number}${group}${who ? ` (${msg(lang, 'estimateBy', { who })})` : ''}`;
    })
    .join('; ');
}

/**
 * The estimates of one quantity side by side (every line of an estimate is there, empty if need be, so the
 * columns line up row by row), each with who gives it, the group it counts, when, its
 * sources (or "unsourced") and which estimates it disputes. `unit` is the figure's unit: an estimate's
 * own unit is shown only where it differs. Every value is text; nothing of the brief becomes markup.
 */
export function renderEstimates(
  ctx: RenderContext,
  list: readonly Estimate[] | undefined,
  unit?: string,
): TemplateResult | typeof nothing {
  const estimates = shownEstimates(list);
  if (estimates.length === 0) return nothing;
  const lang = ctx.lang;
  const percent = (u: string | undefined) => u === 'percent' || u === '%';
  return html`<ul class="estimates" part="estimates" aria-label=${msg(lang, 'estimates')}>${estimates.map(
    (e) => {
      const own = e.unit ?? unit;
      const number = formatQuantity(e.quantity, percent(own) ? own : undefined, lang);
      const extraUnit = e.unit && e.unit !== unit && !percent(e.unit) ? e.unit : undefined;
      const who = claimantOf(ctx.brief, e);
      const disputes = disputed(ctx.brief, e, estimates, lang);
      const sourced = Array.isArray(e.sources) && e.sources.length > 0;
      return html`<li class="estimate" part="estimate">
      <span class="estimate-by">${who ?? msg(lang, 'unattributed')}</span>
      <span class="estimate-value">${number}</span>
      <span class="estimate-group">${[extraUnit, e.group].filter(Boolean).join(' ')}</span>
      <span class="estimate-meta">${e.date ? html`<span>${formatEdtf(e.date, lang)}</span>` : nothing}${
        sourced
          ? html`<span class="estimate-sources">${msg(lang, 'source')} ${renderCitations(ctx, e.sources)}</span>`
          : html`<span class="unsourced" part="unsourced">${msg(lang, 'unsourced')}</span>`
      }</span>
      <span class="estimate-disputes">${disputes.join('; ')}</span>
      <span class="estimate-note">${e.note ?? ''}</span>
    </li>`;
    },
  )}</ul>`;
}
