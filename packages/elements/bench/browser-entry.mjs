// The bench page's script: every element, as `define` ships them, and the first-render floor: a Lit
// element with <security-brief>'s styles whose render() returns templates built beforehand, so the bench
// can time Lit alone (its element lifecycle and its commit) on a brief's own templates.
import { LitElement } from 'lit';
import '../src/define.ts';

class FloorElement extends LitElement {
  static properties = { templates: { attribute: false } };
  static styles = customElements.get('security-brief').styles;
  render() {
    return this.templates;
  }
}
customElements.define('briefkit-floor', FloorElement);
