import type { Brief } from '@briefkit/schema';
import { appendixStyles } from '../../shared/appendix.styles.js';
import { BriefElement } from '../../shared/brief-element.js';
import { sourcesStyles } from './sources.styles.js';
import { renderSources } from './sources.template.js';

/**
 * `<security-brief-sources>`: the numbered sources of a brief, in the order the brief cites them, so its
 * numbers match the superscripts shown by the other elements. Unknown link targets are said to be unknown.
 *
 * @csspart sources - the list's section
 * @csspart heading - the heading
 * @customElement security-brief-sources
 */
export class SecurityBriefSources extends BriefElement {
  static override styles = [...BriefElement.styles, appendixStyles, sourcesStyles];

  protected override renderBrief(_brief: Brief): unknown {
    const ctx = this.createContext();
    return ctx ? renderSources(ctx, this.level) : undefined;
  }
}
