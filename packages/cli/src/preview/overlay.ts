import type { Diagnostic } from '../report/diagnostic.js';
import { escapeHtml } from './html.js';

export interface OverlayProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
  rule?: string;
}

export function problemsFrom(diagnostics: readonly Diagnostic[]): OverlayProblem[] {
  return diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({ file: d.file, line: d.line, column: d.column, message: d.message, rule: d.rule }));
}

function location(p: OverlayProblem): string {
  return p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
}

/**
 * The error panel laid over the last good render: where each problem is (file:line:col) and what it is.
 * Styled by /__briefkit/client.css so it also works under a page's strict Content-Security-Policy.
 */
export function overlayHtml(problems: readonly OverlayProblem[], hasGoodRender: boolean): string {
  const count = `${problems.length} ${problems.length === 1 ? 'error' : 'errors'}`;
  const note = hasGoodRender
    ? 'Showing the last version without errors.'
    : 'Nothing to show until they are fixed.';
  const items = problems
    .map(
      (p) =>
        `<li><code class="briefkit-overlay-location">${escapeHtml(location(p))}</code> <span class="briefkit-overlay-message">${escapeHtml(p.message)}</span>${p.rule ? ` <span class="briefkit-overlay-rule">${escapeHtml(p.rule)}</span>` : ''}</li>`,
    )
    .join('');
  return `<aside id="briefkit-overlay" role="alert" aria-labelledby="briefkit-overlay-title"><h2 id="briefkit-overlay-title">${count} in the brief</h2><p>${note} The page reloads when you save.</p><ul>${items}</ul></aside>`;
}
