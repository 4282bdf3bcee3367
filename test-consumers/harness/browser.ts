// Debian's Chromium driven by playwright-core, with the same flags as the packages' browser tests.
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../vitest.shared.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

export interface PageLog {
  /** `console.warn` messages. */
  warnings: string[];
  /** `console.error` messages, uncaught errors (`pageerror: …`) and failed requests (`404 http://…`). */
  errors: string[];
}

/** Opens `url` in a fresh page, recording what a developer would see in the console. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage();
  const log: PageLog = { warnings: [], errors: [] };
  page.on('console', (message) => {
    if (message.type() === 'warning') log.warnings.push(message.text());
    // A failed request is logged as a bare "Failed to load resource"; the response handler names the URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      log.errors.push(message.text());
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) log.errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => log.errors.push(`failed ${request.url()}`));
  page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
  await page.goto(url);
  return { page, log };
}

/**
 * The titles shown by the first `<security-brief>` once it has rendered a brief: one, unless the element
 * rendered the brief twice (hydration gone wrong).
 */
export async function renderedTitle(page: Page, selector = 'security-brief'): Promise<string[]> {
  const titles = page.locator(selector).first().locator('[part~="title"]');
  await titles.first().waitFor({ timeout: 20_000 });
  return (await titles.allTextContents()).map((text) => text.trim());
}
