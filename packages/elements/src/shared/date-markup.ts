import { html, type TemplateResult } from 'lit';
import { edtfDatetime, formatEdtf } from './format.js';

/**
 * An EDTF date as `<time datetime>` where it names one date, else as plain text: a range or an unreadable
 * value has no valid `datetime`, and a `<time>` without one must hold a valid date itself.
 */
export function dateMarkup(date: string, lang: string): TemplateResult {
  const datetime = edtfDatetime(date);
  const text = formatEdtf(date, lang);
  return datetime ? html`<time datetime=${datetime}>${text}</time>` : html`<span>${text}</span>`;
}
