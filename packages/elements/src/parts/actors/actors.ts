import type { Brief } from '@briefkit/schema';
import { appendixStyles } from '../../shared/appendix.styles.js';
import { BriefElement } from '../../shared/brief-element.js';
import { estimatesStyles } from '../../shared/estimates.styles.js';
import { actorsStyles } from './actors.styles.js';
import { actorAnchors, renderActors } from './actors.template.js';

/**
 * `<security-brief-actors>`: the actors of a brief, grouped by kind, with the claims and ratings about them
 * attributed to whoever made them. Renders the same list `<security-brief>` shows in its appendix.
 *
 * @csspart actors - the list's section
 * @csspart heading - every heading
 * @csspart citation - a source number
 * @csspart unsourced - the "unsourced" mark of a claim without sources
 * @customElement security-brief-actors
 */
export class SecurityBriefActors extends BriefElement {
  static override styles = [...BriefElement.styles, appendixStyles, estimatesStyles, actorsStyles];

  protected override renderBrief(brief: Brief): unknown {
    const ctx = this.createContext({ anchors: actorAnchors(brief) });
    return ctx ? renderActors(ctx, this.level) : undefined;
  }
}
