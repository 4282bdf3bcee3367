import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../../vitest.shared.js';
// @ts-expect-error: a plain JavaScript module without type declarations
import { startStaticServer } from '../../scripts/static-server.mjs';
import { BRIEF_ID, distDir } from './paths.js';

export interface Site {
  /** The Tajikistan brief's page. */
  url: string;
  /** The series' index page, at the root of the site. */
  root: string;
  close(): Promise<void>;
}

/** The built site on a random port of 127.0.0.1, for one test file. */
export async function serveSite(): Promise<Site> {
  const { url, close } = (await startStaticServer({ root: distDir, port: 0, host: '127.0.0.1' })) as {
    url: string;
    close(): Promise<void>;
  };
  return { url: new URL(`${BRIEF_ID}/`, url).href, root: url, close };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/** What went wrong while a page loaded and ran: console errors, uncaught exceptions, failed or 4xx/5xx requests. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
}

export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

export const BRIEF_ELEMENTS = [
  'security-brief',
  'security-brief-timeline',
  'security-brief-actors',
  'security-brief-threats',
  'security-brief-map',
  'security-brief-figures',
  'security-brief-sources',
] as const;

/**
 * Waits until every briefkit element on the page is defined and has finished its updates; names the ones
 * that never were.
 */
export async function waitForHydration(page: Page, timeout = 15_000): Promise<void> {
  const selector = BRIEF_ELEMENTS.join(',');
  try {
    await page.waitForFunction(
      (sel) =>
        [...document.querySelectorAll(sel)].every((el) => customElements.get(el.localName) !== undefined),
      selector,
      { timeout },
    );
  } catch (error) {
    const undefinedTags = await page.evaluate(
      (sel) =>
        [...new Set([...document.querySelectorAll(sel)].map((el) => el.localName))].filter(
          (tag) => !customElements.get(tag),
        ),
      selector,
    );
    throw new Error(`These elements were never defined on the page: ${undefinedTags.join(', ')}`, {
      cause: error,
    });
  }
  await page.evaluate(async (sel) => {
    const elements = [...document.querySelectorAll(sel)] as Array<
      Element & { updateComplete?: Promise<unknown> }
    >;
    await Promise.all(elements.map((el) => el.updateComplete));
  }, selector);
}

export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext(options);
  // Everything on this page is local: anything that takes longer than this is not coming.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, problems };
}
