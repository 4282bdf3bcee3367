// The preview in a real browser (Debian Chromium through playwright-core): the page hydrates, follows saves
// on its own, and lays the errors over the last good render.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../vitest.shared.js';
import { run } from '../run.js';
import { MemoryStream, withTempDir } from '../test-helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('briefkit preview in Chromium', () => {
  it(
    'reloads by itself on save and overlays errors at file:line:col over the last good render',
    ({ annotate }) =>
      withTempDir(async (dir) => {
        const stdout = new MemoryStream();
        expect(await run(['new', 'KG'], { cwd: dir, stdout, stderr: new MemoryStream(), env: {} })).toBe(0);
        const file = join(dir, 'kg.brief.md');
        const original = await readFile(file, 'utf8');

        const out = new MemoryStream();
        const controller = new AbortController();
        const done = run(['preview', 'kg.brief.md', '--port', '0'], {
          cwd: dir,
          env: { NO_COLOR: '1' },
          stdout: out,
          stderr: new MemoryStream(),
          signal: controller.signal,
        });
        await out.until((t) => /http:\/\/127\.0\.0\.1:\d+\//.test(t));
        const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out.text)![0];

        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(message.text());
        });
        try {
          await page.goto(url);
          await expect
            .poll(() => page.getByRole('heading', { name: 'Kyrgyzstan: security brief' }).count())
            .toBeGreaterThan(0);
          // Hydrated: the element is defined in the page, not only server-rendered markup.
          await expect
            .poll(() => page.evaluate(() => customElements.get('security-brief') !== undefined))
            .toBe(true);

          const saved = performance.now();
          await writeFile(
            file,
            original.replace('title: "Kyrgyzstan: security brief"', 'title: "Kyrgyzstan: revised"'),
          );
          await page.getByRole('heading', { name: 'Kyrgyzstan: revised' }).first().waitFor();
          // A figure for the report, not a pass mark: the time depends on the machine.
          const figure = `save → new heading on screen in Chromium: ${(performance.now() - saved).toFixed(0)} ms`;
          console.info(figure);
          await annotate(figure, 'measurement');

          const broken = original
            .replace('title: "Kyrgyzstan: security brief"', 'title: "Kyrgyzstan: revised"')
            .replace(/published: "[^"]*"/, 'published: "2016-02-30"');
          const line = broken.split('\n').findIndex((l) => l.startsWith('published:')) + 1;
          await writeFile(file, broken);
          const overlay = page.locator('#briefkit-overlay');
          await overlay.waitFor();
          expect(await overlay.getAttribute('role')).toBe('alert');
          expect(await overlay.textContent()).toMatch(new RegExp(`kg\\.brief\\.md:${line}:\\d+`));
          expect(await overlay.textContent()).toContain('Showing the last version without errors.');
          expect(await page.getByRole('heading', { name: 'Kyrgyzstan: revised' }).count()).toBeGreaterThan(0);

          await writeFile(file, original);
          await page.getByRole('heading', { name: 'Kyrgyzstan: security brief' }).first().waitFor();
          expect(await overlay.count()).toBe(0);
          expect(problems).toEqual([]);
        } finally {
          await page.close();
          controller.abort();
          expect(await done).toBe(0);
        }
      }),
    30_000,
  );
});
