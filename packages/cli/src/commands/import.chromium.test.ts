// Imported briefs as a reader meets them: each import validates, builds, and its page — in Chromium, with
// JavaScript off, so what is read is the server-rendered HTML — has every sentence of the original in order
// and one citation per link. "Every sentence in order" is the Tajikistan app's own check of its page,
// reused so that the two can never mean different things.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import mammoth from 'mammoth';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findInOrder,
  seedSentences,
  splitSentences,
} from '../../../../apps/tajikistan/test/support/seed-sentences.js';
import { visibleText } from '../../../../apps/tajikistan/test/support/visible-text.js';
import { chromiumArgs, chromiumPath } from '../../../../vitest.shared.js';
import { runCli, withTempDir } from '../test-helpers.js';

const seed = fileURLToPath(
  new URL('../../../../apps/tajikistan/seed/tajikistan-new-challenges-to-security.txt', import.meta.url),
);
const htmlFixture = fileURLToPath(new URL('../import/fixtures/antarctica-fiction.html', import.meta.url));
const docxFixture = fileURLToPath(new URL('../import/fixtures/bouvet-fiction.docx', import.meta.url));

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
});
afterAll(async () => {
  await browser?.close();
});

interface Page {
  text: string;
  citations: number;
}

/** Imports, validates and builds `source`; returns what the built page shows. */
async function importAndBuild(source: string, dir: string): Promise<Page> {
  const imported = await runCli(['import', source, '--out', 'brief.brief.md'], { cwd: dir });
  expect(imported.code, imported.stderr).toBe(0);
  const validated = await runCli(['validate', 'brief.brief.md'], { cwd: dir });
  expect(validated.code, validated.stdout).toBe(0);
  expect(validated.stdout).not.toMatch(/ error /);
  const built = await runCli(['build', 'brief.brief.md', '--out', 'site', '--static'], { cwd: dir });
  expect(built.code, built.stderr).toBe(0);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, 'site', 'index.html')).href);
    const text = await page.evaluate(visibleText, 'body');
    const citations = await page.evaluate(() => {
      const count = (root: Document | ShadowRoot): number => {
        let n = root.querySelectorAll('sup.cite').length;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) n += count(el.shadowRoot);
        return n;
      };
      return count(document);
    });
    return { text, citations };
  } finally {
    await context.close();
  }
}

function missing(pageText: string, sentences: string[]): string[] {
  return findInOrder(pageText, sentences)
    .filter((found) => found.start < 0)
    .map((found) => found.sentence);
}

/** The sentences of a text whose paragraphs are separated by line breaks. */
function sentencesOfLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .flatMap(splitSentences);
}

describe('briefkit import, then validate and build', () => {
  it('keeps all 59 sentences of the Tajikistan seed in order, and its 65 links as 65 citations', () =>
    withTempDir(async (dir) => {
      const sentences = seedSentences(seed);
      expect(sentences).toHaveLength(59);
      const page = await importAndBuild(seed, dir);
      expect(missing(page.text, sentences)).toEqual([]);
      expect(page.citations).toBe(65);
    }));

  it('keeps every sentence of an HTML brief, and cites every link but the javascript: one', () =>
    withTempDir(async (dir) => {
      const html = await readFile(htmlFixture, 'utf8');
      // The original's text as a browser shows it (scripts are not text).
      const sentences = sentencesOfLines(toText(fromHtml(html)));
      expect(sentences.length).toBeGreaterThan(10);
      const page = await importAndBuild(htmlFixture, dir);
      expect(missing(page.text, sentences)).toEqual([]);
      expect(page.text).not.toContain('not part of the brief');
      const links = [...html.matchAll(/<a href="([^"]*)"/g)].filter((m) => !m[1]!.startsWith('javascript:'));
      expect(page.citations).toBe(links.length);
    }));

  it('keeps every sentence of a Word document, and cites its three hyperlinks', () =>
    withTempDir(async (dir) => {
      const { value } = await mammoth.extractRawText({ path: docxFixture });
      const sentences = sentencesOfLines(value);
      expect(sentences.length).toBeGreaterThan(5);
      const page = await importAndBuild(docxFixture, dir);
      expect(missing(page.text, sentences)).toEqual([]);
      expect(page.citations).toBe(3);
    }));
});
