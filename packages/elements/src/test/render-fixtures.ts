// Run in a child process by the browser tests' global setup: server rendering installs DOM shims on
// globalThis, which must not leak into the test runner itself.
import { fullBrief } from '@briefkit/schema/fixtures';
import { type PartName, renderBrief, renderPart } from '../ssr/index.js';

const out = {
  full: await renderBrief(fullBrief),
  fullToc: await renderBrief(fullBrief, { toc: true }),
  fullLevel3: await renderBrief(fullBrief, { headingLevel: 3 }),
  parts: {} as Record<PartName, string>,
};
for (const part of ['timeline', 'actors', 'threats', 'figures', 'sources', 'map'] as const) {
  out.parts[part] = await renderPart(part, fullBrief);
}
process.stdout.write(JSON.stringify(out));
