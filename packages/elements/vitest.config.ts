import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { briefkitVitestConfig } from '../../vitest.shared.js';

const here = dirname(fileURLToPath(import.meta.url));
const fullBriefJson = readFileSync(resolve(here, '../schema/src/fixtures/full.brief.json'), 'utf8');

/** Answers for the `src` tests: a brief, 404, 500, a slow brief, invalid JSON, JSON that is not a brief. */
function fixtureServer(): Plugin {
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, body: string, type = 'application/json') => {
      res.statusCode = status;
      res.setHeader('content-type', type);
      res.setHeader('cache-control', 'no-store');
      res.end(body);
    };
    switch (url.pathname) {
      case '/ok':
        return send(200, fullBriefJson);
      case '/missing':
        return send(404, 'not found', 'text/plain');
      case '/broken':
        return send(500, 'internal error', 'text/plain');
      case '/invalid-json':
        return send(200, '{"formatVersion": "1.0", "title": ');
      case '/not-a-brief':
        return send(200, '{"hello": "world"}');
      case '/future':
        return send(200, JSON.stringify({ ...JSON.parse(fullBriefJson), formatVersion: '2.0' }));
      case '/slow': {
        const ms = Number(url.searchParams.get('ms') ?? 1000);
        const title = url.searchParams.get('title') ?? 'Slow brief';
        const timer = setTimeout(
          () => send(200, JSON.stringify({ ...JSON.parse(fullBriefJson), title })),
          ms,
        );
        req.on('close', () => clearTimeout(timer));
        return;
      }
      default:
        return send(404, 'no such fixture', 'text/plain');
    }
  };
  return {
    name: 'briefkit-elements-fixtures',
    configureServer(server) {
      server.middlewares.use('/__fixtures', (req, res) => handle(req, res));
    },
  };
}

const outputDir = resolve(here, 'test-output');

/** Print or screen emulation for the whole tab. */
const emulateMedia: BrowserCommand<[media: 'print' | 'screen']> = async (ctx, media) => {
  await ctx.page.emulateMedia({ media });
};

/** Resizes the whole tab: a tall tab lets a long element be painted, and so photographed, in full. */
const resizeTab: BrowserCommand<[width: number, height: number]> = async (ctx, width, height) => {
  await ctx.page.setViewportSize({ width, height });
};

/** A PNG of one element of the test page, written to `test-output/<name>.png` for people to look at. */
const screenshotElement: BrowserCommand<[selector: string, name: string]> = async (ctx, selector, name) => {
  const frame = await ctx.frame();
  const path = resolve(outputDir, `${name.replace(/[^a-z0-9-]/gi, '_')}.png`);
  await frame.locator(selector).first().screenshot({ path, animations: 'disabled' });
  return path;
};

const config = briefkitVitestConfig({ browserExtra: { plugins: [fixtureServer()] } });
// The shared config owns the browser options; this package adds its commands and server-rendered fixtures.
for (const project of config.test?.projects ?? []) {
  if (typeof project !== 'object' || !('test' in project) || project.test?.name !== 'browser') continue;
  project.test.globalSetup = ['src/test/global-setup.ts'];
  if (project.test.browser) project.test.browser.commands = { emulateMedia, resizeTab, screenshotElement };
}

export default defineConfig(config);
