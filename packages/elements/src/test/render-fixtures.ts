// Run in a child process by the browser tests' global setup: server rendering installs DOM shims on
// globalThis, which must not leak into the test runner itself.
import { fullBrief } from '@briefkit/schema/fixtures';
import { renderBrief } from '../ssr/index.js';

const out = {
  full: await renderBrief(fullBrief),
  fullToc: await renderBrief(fullBrief, { toc: true }),
  fullLevel3: await renderBrief(fullBrief, { headingLevel: 3 }),
};
process.stdout.write(JSON.stringify(out));
