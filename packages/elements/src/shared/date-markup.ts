import { html, type TemplateResult } from 'lit';
import { edtfDatetime, formatEdtf } from './format.js';

// A brief shows the same few dates again and again (and again on every update of the unit showing them).
const datetimes = new Map<string, string | undefined>();

function datetimeOf(date: string): string | undefined {
  if (datetimes.has(date)) return datetimes.get(date);
  const value = edtfDatetime(date);
  if (datetimes.size >= 1024) datetimes.clear();
  if (typeof date === 'string') datetimes.set(date, value);
  return value;
}

/**
 * An EDTF date as `<time datetime>` where it names one date, else as plain text: a range or an unreadable
 * value has no valid `datetime`, and a `<time>` without one must hold a valid date itself.
 */
export function dateMarkup(date: string, lang: string): TemplateResult {
  const datetime = datetimeOf(date);
  const text = formatEdtf(date, lang);
  return datetime ? html`<time datetime=${datetime}>${text}</time>` : html`<span>${text}</span>`;
}
