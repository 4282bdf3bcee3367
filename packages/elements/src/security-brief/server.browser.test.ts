import { describe, expect, it } from 'vitest';
import { briefExpectations } from '../test/brief-expectations.js';
import { insertServerHtml } from '../test/mount.js';

// No element is defined in this file: this is what a reader with JavaScript off gets.
describe('<security-brief> rendered on the server, without JavaScript', () => {
  it('is not upgraded: the page shows the declarative shadow DOM alone', () => {
    insertServerHtml();
    expect(customElements.get('security-brief')).toBeUndefined();
  });
  briefExpectations('server', async (options) => insertServerHtml(options));
});
