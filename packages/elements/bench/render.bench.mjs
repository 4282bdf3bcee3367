// Rendering benchmarks, reported as ratios measured in one run (absolute times vary by machine):
//   1. browser first render of <security-brief> vs innerHTML of the same markup        budget ≤ 1.15×
//      (each render gets a fresh copy of the brief, so nothing remembered from an earlier one can help)
//   2. update after one event title changes vs first render                            budget ≤ 0.02×
//   3. server rendering (Lit SSR) vs a plain escaped template-string renderer          budget ≤ 6×
//   4. a 100× larger brief vs 1×, for 1 and 3                                           budget ≤ 110
// With floors, to tell the element's cost from what it stands on:
//   - first-render floor: Lit committing the element's templates for the brief, built beforehand (no
//     application code in the timing), to a fresh shadow root with the same styles;
//   - update floor: the same text changes made to the DOM by hand, then layout — what the browser itself
//     spends on the change, which no rendering code can avoid;
//   - Lit SSR floor: Lit SSR rendering as many templates and bindings as the brief, with constant values and
//     no application code (bench/lit-ssr-floor.mjs), against the same markup from template strings.
// Run: node bench/render.bench.mjs   (CHROMIUM_PATH overrides /usr/bin/chromium)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { bundleOptions, nodeBundleOptions } from '../scripts/bundle.mjs';
import { bindingCounts, floorRenderers } from './lit-ssr-floor.mjs';
import { plainRender } from './plain-renderer.mjs';
import { scaleBrief } from './scale.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fullBrief = JSON.parse(readFileSync(resolve(root, '../schema/src/fixtures/full.brief.json'), 'utf8'));
const big = scaleBrief(fullBrief, 100);
const work = mkdtempSync(join(tmpdir(), 'briefkit-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 2) => x.toFixed(d);

function timeNode(fn, minMs = 1500, minRuns = 20) {
  const times = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Like timeNode, handing `fn` a fresh value from `prepare` each time, made outside the timing. */
async function timeNodeAsync(fn, prepare, minMs = 1500, minRuns = 20) {
  const times = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const input = prepare();
    const t0 = performance.now();
    await fn(input);
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function serverBench() {
  const outfile = join(work, 'ssr.mjs');
  await build(nodeBundleOptions('src/ssr/index.ts', outfile));
  const { renderBrief } = await import(pathToFileURL(outfile).href);
  const sample = await renderBrief(fullBrief);
  const styles = sample.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
  const rows = [];
  for (const [label, brief] of [
    ['1×', fullBrief],
    ['100×', big],
  ]) {
    // Each render gets a fresh copy of the brief, as a server rendering one brief per request does: nothing
    // remembered from an earlier render of the same objects may help.
    const lit = await timeNodeAsync(renderBrief, () => structuredClone(brief));
    const plain = timeNode(() => plainRender(brief, styles));
    const markup = await renderBrief(brief);
    const litSize = markup.length;
    const plainSize = plainRender(brief, styles).length;
    const counts = bindingCounts(markup);
    const floor = floorRenderers(counts);
    const floorLit = timeNode(floor.lit);
    const floorPlain = timeNode(floor.plain);
    rows.push({ label, lit, plain, litSize, plainSize, counts, floorRatio: floorLit / floorPlain });
  }
  return rows;
}

async function browserBench() {
  await build({ ...bundleOptions('bench/browser-entry.mjs', 'bundle', work) });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    // Served from localhost, cross-origin isolated: performance.now() then counts in microseconds rather than
    // in tenths of a millisecond, which an update of a small brief takes.
    await page.route('http://localhost:9/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') {
        return route.fulfill({
          headers: {
            'cross-origin-opener-policy': 'same-origin',
            'cross-origin-embedder-policy': 'require-corp',
          },
          contentType: 'text/html',
          body: '<!doctype html><html lang="en"><body><main></main><script type="module" src="/bundle.js"></script></body></html>',
        });
      }
      return route.fulfill({
        headers: { 'cross-origin-resource-policy': 'same-origin' },
        contentType: 'text/javascript',
        body: readFileSync(join(work, path)),
      });
    });
    await page.goto('http://localhost:9/');
    if (!(await page.evaluate(() => crossOriginIsolated)))
      throw new Error('the bench page is not cross-origin isolated');
    await page.waitForFunction(() => customElements.get('security-brief'));
    return await page.evaluate(
      async ({ small, large }) => {
        const main = document.querySelector('main');
        const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        const runs = (n) => Array.from({ length: n });
        async function first(brief) {
          main.replaceChildren();
          const el = document.createElement('security-brief');
          el.brief = brief;
          const t0 = performance.now();
          main.append(el);
          await el.updateComplete;
          void document.body.offsetHeight;
          return [performance.now() - t0, el];
        }
        function baseline(markup, sheets) {
          main.replaceChildren();
          const host = document.createElement('div');
          const root = host.attachShadow({ mode: 'open' });
          root.adoptedStyleSheets = sheets;
          const t0 = performance.now();
          root.innerHTML = markup;
          main.append(host);
          void document.body.offsetHeight;
          return performance.now() - t0;
        }
        // Lit alone: the element's templates for this brief, built beforehand, committed to a fresh root.
        function litOnly(brief, sheets) {
          const probe = document.createElement('security-brief');
          probe.brief = brief;
          const templates = probe.render();
          main.replaceChildren();
          const host = document.createElement('div');
          const root = host.attachShadow({ mode: 'open' });
          root.adoptedStyleSheets = sheets;
          const t0 = performance.now();
          globalThis.litRender(templates, root);
          main.append(host);
          void document.body.offsetHeight;
          return performance.now() - t0;
        }
        async function measure(brief, n) {
          const [, probe] = await first(brief);
          const markup = probe.shadowRoot.innerHTML;
          const sheets = probe.shadowRoot.adoptedStyleSheets;
          const lit = [];
          const inner = [];
          const update = [];
          const floor = [];
          const litAlone = [];
          const baselines = () => {
            inner.push(baseline(markup, sheets));
            litAlone.push(litOnly(structuredClone(brief), sheets));
          };
          const element = async () => {
            // A brief the page has not seen: nothing remembered of an earlier render of it may help.
            const fresh = structuredClone(brief);
            const [t, el] = await first(fresh);
            lit.push(t);
            const event = fresh.events.find((e) => e.id.startsWith('sep-2015-attacks'));
            const changed = {
              ...fresh,
              events: fresh.events.map((e) =>
                e === event ? { ...e, title: `${e.title} (updated ${t})` } : e,
              ),
            };
            const changedText = [];
            const observer = new MutationObserver((records) => {
              for (const r of records) if (r.type === 'characterData') changedText.push(r.target);
            });
            observer.observe(el.shadowRoot, { subtree: true, characterData: true });
            const t0 = performance.now();
            el.brief = changed;
            await el.updateComplete;
            void document.body.offsetHeight;
            update.push(performance.now() - t0);
            observer.disconnect();
            // The floor: the same text nodes changed by hand, then the same layout.
            const t1 = performance.now();
            for (const node of changedText) node.data = `${node.data} `;
            void document.body.offsetHeight;
            floor.push(performance.now() - t1);
          };
          // The order alternates, so collecting what one measurement left behind falls on each side in turn.
          for (const [i] of runs(n).entries()) {
            if (i % 2 === 0) {
              baselines();
              await element();
            } else {
              await element();
              baselines();
            }
          }
          return {
            lit: median(lit),
            inner: median(inner),
            update: median(update),
            floor: median(floor),
            litAlone: median(litAlone),
          };
        }
        await measure(small, 20); // warm-up
        return { small: await measure(small, 150), large: await measure(large, 15) };
      },
      { small: fullBrief, large: big },
    );
  } finally {
    await browser.close();
  }
}

try {
  const server = await serverBench();
  const browser = await browserBench();
  const [s1, s100] = server;
  console.log('briefkit elements — render benchmarks (median times, ratios in this run)\n');
  console.log(
    `browser first render, 1×    ${fmt(browser.small.lit)} ms   innerHTML ${fmt(browser.small.inner)} ms   ratio ${fmt(browser.small.lit / browser.small.inner)}×   (budget ≤ 1.15×)`,
  );
  console.log(
    `  floor, 1×                 ${fmt(browser.small.litAlone)} ms   Lit committing the same templates, built beforehand   ratio ${fmt(browser.small.litAlone / browser.small.inner)}×`,
  );
  console.log(
    `update one event title, 1×  ${fmt(browser.small.update)} ms   vs first render   ratio ${fmt(browser.small.update / browser.small.lit, 3)}×   (budget ≤ 0.02×)`,
  );
  console.log(
    `  floor, 1×                 ${fmt(browser.small.floor)} ms   the same text changes by hand + layout   ratio ${fmt(browser.small.floor / browser.small.lit, 3)}×; the update's own work ${fmt(Math.max(0, browser.small.update - browser.small.floor))} ms = ${fmt(Math.max(0, browser.small.update - browser.small.floor) / browser.small.lit, 3)}×`,
  );
  console.log(
    `browser first render, 100×  ${fmt(browser.large.lit)} ms   innerHTML ${fmt(browser.large.inner)} ms   ratio ${fmt(browser.large.lit / browser.large.inner)}×`,
  );
  console.log(
    `update one event title,100× ${fmt(browser.large.update)} ms   vs first render   ratio ${fmt(browser.large.update / browser.large.lit, 3)}×`,
  );
  console.log(
    `browser 100× / 1×           ${fmt(browser.large.lit / browser.small.lit, 1)}   (budget ≤ 110; innerHTML alone: ${fmt(browser.large.inner / browser.small.inner, 1)})`,
  );
  console.log(
    `SSR, 1×                     ${fmt(s1.lit, 3)} ms   plain ${fmt(s1.plain, 3)} ms   ratio ${fmt(s1.lit / s1.plain, 1)}×   (budget ≤ 6×; ${s1.litSize} vs ${s1.plainSize} bytes)`,
  );
  console.log(
    `SSR, 100×                   ${fmt(s100.lit, 2)} ms   plain ${fmt(s100.plain, 2)} ms   ratio ${fmt(s100.lit / s100.plain, 1)}×`,
  );
  console.log(
    `SSR 100× / 1×               ${fmt(s100.lit / s1.lit, 1)}   (budget ≤ 110; plain renderer alone: ${fmt(s100.plain / s1.plain, 1)})`,
  );
  const c = s1.counts;
  console.log(
    `Lit SSR floor, 1×           ${fmt(s1.floorRatio, 1)}×   Lit SSR of ${c.templates} templates, ${c.values} values, ${c.attributeNodes} bound elements with no application code, vs template strings`,
  );
  console.log(`Lit SSR floor, 100×         ${fmt(s100.floorRatio, 1)}×`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
