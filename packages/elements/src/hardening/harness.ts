// Node side of the hardening tests: a real HTTP server on 127.0.0.1 serving the elements' bundles and test
// pages (with whatever headers a test wants, faults included), and Debian Chromium driven by playwright-core.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';
import { bundleOptions } from '../../scripts/bundle.mjs';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface Served {
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface Harness {
  origin: string;
  browser: Browser;
  /** Serves `body` at `path` (a page, a brief, a script) until replaced. */
  serve(path: string, served: Served): void;
  /** Answers `path` with custom code (faults, slow answers). */
  handle(path: string, handler: Handler): void;
  /** CSP reports POSTed to `/__csp-report`. */
  cspReports: string[];
  /** A fresh page whose console errors and page errors are collected. */
  open(options?: { javaScriptEnabled?: boolean }): Promise<OpenPage>;
  close(): Promise<void>;
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings, and uncaught page errors. */
  problems: string[];
}

const here = fileURLToPath(new URL('.', import.meta.url));

/** The `<script>` that must come first in every page: the traps and the scanning helpers. */
export const DRIVER = '<script src="/assets/driver.js"></script>';
/** Defines the elements (client rendering). */
export const CLIENT = '<script type="module" src="/assets/bundle.js"></script>';
/** Gives parts their briefs before upgrade, then hydrates. */
export const HYDRATE = '<script type="module" src="/assets/boot-hydrate.js"></script>';

// Parts other than <security-brief> carry no inline brief: hand each its brief (from a JSON script in the
// page) before the elements are defined, so they hydrate the server's markup instead of replacing it.
const bootHydrate = `for (const el of document.querySelectorAll('[data-brief]')) {
  const data = document.getElementById('brief-' + el.dataset.brief);
  if (data) el.brief = JSON.parse(data.textContent);
}
await import('/assets/bundle-hydrate.js');
`;

async function buildAssets(dir: string): Promise<void> {
  // The client pages load the bundle as shipped: <security-brief> at once, each other part in its own chunk.
  await build(bundleOptions('src/bundle.ts', 'bundle', dir));
  await build(bundleOptions('src/hydrate.ts', 'bundle-hydrate', dir));
  await build({
    entryPoints: [join(here, 'page/driver.ts')],
    outfile: join(dir, 'driver.js'),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
  });
  writeFileSync(join(dir, 'boot-hydrate.js'), bootHydrate);
}

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'briefkit-hardening-'));
  await buildAssets(dir);
  const routes = new Map<string, Handler>();
  const cspReports: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') {
      res.statusCode = 204;
      res.end();
      return;
    }
    if (path === '/__csp-report') {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString('utf8');
      });
      req.on('end', () => {
        cspReports.push(body);
        res.statusCode = 204;
        res.end();
      });
      return;
    }
    const handler = routes.get(path);
    if (handler) return handler(req, res);
    if (path.startsWith('/assets/')) {
      const file = normalize(join(dir, path.slice('/assets/'.length)));
      if (file.startsWith(dir)) {
        try {
          const body = readFileSync(file);
          res.setHeader(
            'content-type',
            file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
          );
          res.end(body);
          return;
        } catch {
          // falls through to 404
        }
      }
    }
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain');
    res.end('not found');
  });
  // Sockets kept alive by the browser would keep close() waiting.
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return {
    origin,
    browser,
    cspReports,
    serve(path, served) {
      routes.set(path, (_req, res) => {
        res.statusCode = 200;
        res.setHeader('content-type', served.type ?? 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        for (const [k, v] of Object.entries(served.headers ?? {})) res.setHeader(k, v);
        res.end(served.body);
      });
    },
    handle(path, handler) {
      routes.set(path, handler);
    },
    async open(options = {}) {
      const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
      // Nothing leaves the machine: images and links of the fixtures point at real sites.
      await context.route(
        (url) => url.origin !== origin,
        (route) => route.fulfill({ status: 204 }),
      );
      const page = await context.newPage();
      // HARDENING_CPU_THROTTLE=6 slows the page's CPU six-fold: races show up as they would on a busy machine.
      const throttle = Number(process.env.HARDENING_CPU_THROTTLE ?? 1);
      if (throttle > 1)
        await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
      return { context, page, problems };
    },
    async close() {
      await browser.close();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A whole test page: the driver first, then `head` extras, then `body`. */
export function page(body: string, head = ''): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>hardening</title>\n${DRIVER}\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
