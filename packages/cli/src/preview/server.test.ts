import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Brief } from '@briefkit/schema';
import { minimalBrief } from '@briefkit/schema/fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPage } from '../render.js';
import { withTempDir } from '../test-helpers.js';
import { escapeHtml } from './html.js';
import {
  DEFAULT_MAX_EVENT_STREAMS,
  type PreviewServer,
  type Snapshot,
  startPreviewServer,
} from './server.js';
import { SseReader } from './sse-reader.js';

const page = (brief: Brief) =>
  Promise.resolve(
    `<!doctype html><html><head><title>t</title></head><body><h1>${escapeHtml(brief.title)}</h1></body></html>`,
  );

let current: Snapshot = { ok: true, brief: minimalBrief };
const servers: PreviewServer[] = [];

async function start(): Promise<PreviewServer> {
  const server = await startPreviewServer({ port: 0, compile: async () => current, render: page });
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  current = { ok: true, brief: minimalBrief };
});

const text = async (url: string) => (await fetch(url)).text();

describe('preview server', () => {
  it('serves the rendered brief with the live-reload script and no overlay', async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const html = await text(server.url);
    expect(html).toContain('<h1>Tajikistan: a minimal brief</h1>');
    expect(html).toContain('<script src="/__briefkit/client.js" data-version="1"></script></body>');
    expect(html).not.toContain('briefkit-overlay');
    expect(JSON.parse(await text(`${server.url}brief.json`)).id).toBe('minimal-brief');
    expect(await text(`${server.url}__briefkit/client.js`)).toContain(
      "new EventSource('/__briefkit/events')",
    );
  });

  it('pushes a reload when the brief changes, and an overlay over the last good render when it breaks', async () => {
    const server = await start();
    const response = await fetch(`${server.url}__briefkit/events`);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const events = new SseReader(response.body!);
    expect(await events.next()).toEqual({ event: 'hello', data: { version: 1 } });

    current = { ok: true, brief: { ...minimalBrief, title: 'Tajikistan: revised' } };
    await server.refresh();
    expect(await events.next()).toEqual({ event: 'reload', data: { version: 2, ok: true, problems: [] } });
    expect(await text(server.url)).toContain('<h1>Tajikistan: revised</h1>');

    const problem = {
      file: 'tj.brief.md',
      line: 7,
      column: 3,
      message: 'unknown actor "<rahmon>"',
      rule: 'dangling-reference',
    };
    current = { ok: false, problems: [problem] };
    await server.refresh();
    expect(await events.next()).toEqual({
      event: 'diagnostics',
      data: { version: 3, ok: false, problems: [problem] },
    });

    const html = await text(server.url);
    expect(html).toContain('<h1>Tajikistan: revised</h1>');
    expect(html).toContain('<code class="briefkit-overlay-location">tj.brief.md:7:3</code>');
    expect(html).toContain('unknown actor &quot;&lt;rahmon&gt;&quot;');
    expect(html).not.toContain('<rahmon>');
    expect(JSON.parse(await text(`${server.url}brief.json`)).title).toBe('Tajikistan: revised');
    await events.cancel();
  });

  it('puts the stylesheet in the head and the script at the end of the body whatever the title holds', async () => {
    // 400 × "İ", which lowercases to two characters each: positions found in a lowercased copy would be 400 off.
    const title = 'İ'.repeat(400);
    current = { ok: true, brief: { ...minimalBrief, title } };
    const server = await startPreviewServer({ port: 0, compile: async () => current, render: renderPage });
    servers.push(server);
    const html = await text(server.url);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(`<title>${title}</title>`);
    expect(head.endsWith('<link rel="stylesheet" href="/__briefkit/client.css">')).toBe(true);
    expect(html.match(/client\.css/g)).toHaveLength(1);
    expect(html).toMatch(
      /<script src="\/__briefkit\/client\.js" data-version="1"><\/script><\/body>\s*<\/html>\s*$/,
    );
  });

  it('shows only the overlay when the brief has never compiled', async () => {
    current = { ok: false, problems: [{ file: 'tj.brief.md', line: 1, column: 1, message: 'empty file' }] };
    const server = await start();
    const html = await text(server.url);
    expect(html).toContain('tj.brief.md:1:1');
    expect(html).toContain('Nothing to show until they are fixed.');
    expect((await fetch(`${server.url}brief.json`)).status).toBe(404);
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const server = await start();
    const status = await new Promise<number>((resolve, reject) => {
      request(server.url, { headers: { host: 'attacker.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(403);
  });

  it('answers 404 for unknown paths and 405 for other methods', async () => {
    const server = await start();
    expect((await fetch(`${server.url}etc/passwd`)).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });

  it('reports a port in use as a clear error', async () => {
    const first = await start();
    await expect(
      startPreviewServer({ port: first.port, compile: async () => current, render: page }),
    ).rejects.toThrow(`port ${first.port} is already in use`);
  });

  it('serves the listed scripts and nothing else from their directory', () =>
    withTempDir(async (dir) => {
      await mkdir(join(dir, 'bundle'));
      await writeFile(join(dir, 'bundle.js'), 'export const main = 1;');
      await writeFile(join(dir, 'bundle', 'geo-AB12.js'), 'export const geo = 1;');
      await writeFile(join(dir, 'secret.txt'), 'not for the browser');
      const server = await startPreviewServer({
        port: 0,
        compile: async () => current,
        render: page,
        scripts: { urlPrefix: '/__briefkit/elements/', directory: dir, pattern: /^bundle(?:\/[\w-]+)?\.js$/ },
      });
      servers.push(server);
      const main = await fetch(`${server.url}__briefkit/elements/bundle.js`);
      expect(main.status).toBe(200);
      expect(main.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(await main.text()).toBe('export const main = 1;');
      expect(await text(`${server.url}__briefkit/elements/bundle/geo-AB12.js`)).toBe('export const geo = 1;');
      for (const path of ['secret.txt', 'bundle%2F..%2Fsecret.txt', '..%2Fsecret.txt', 'missing.js']) {
        expect((await fetch(`${server.url}__briefkit/elements/${path}`)).status, path).toBe(404);
      }
    }));

  it('allows a few hundred live-reload connections by default', () => {
    expect(DEFAULT_MAX_EVENT_STREAMS).toBeGreaterThanOrEqual(100);
    expect(DEFAULT_MAX_EVENT_STREAMS).toBeLessThanOrEqual(1000);
  });

  it('refuses live-reload connections beyond the cap with 503, and takes new ones as others close', async () => {
    const server = await startPreviewServer({
      port: 0,
      compile: async () => current,
      render: page,
      maxEventStreams: 2,
    });
    servers.push(server);
    const events = `${server.url}__briefkit/events`;
    const open = [new SseReader((await fetch(events)).body!), new SseReader((await fetch(events)).body!)];
    for (const reader of open) expect(await reader.next()).toMatchObject({ event: 'hello' });
    const refused = await fetch(events);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    await refused.body?.cancel();
    // Pages still load while the streams are full.
    expect((await fetch(server.url)).status).toBe(200);
    await open[0]!.cancel();
    // The server learns of the close asynchronously: ask again until the slot is free (a bounded number of times).
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      const response = await fetch(events);
      status = response.status;
      await response.body?.cancel();
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(status).toBe(200);
    await open[1]!.cancel();
  });

  it('forbids framing on every answer (clickjacking)', async () => {
    const server = await start();
    const answers = [
      await fetch(server.url),
      await fetch(`${server.url}brief.json`),
      await fetch(`${server.url}missing`),
      await fetch(server.url, { method: 'POST' }),
      await fetch(`${server.url}__briefkit/client.js`),
    ];
    const stream = await fetch(`${server.url}__briefkit/events`);
    for (const response of [...answers, stream]) {
      expect(response.headers.get('x-frame-options'), response.url).toBe('DENY');
      expect(response.headers.get('content-security-policy'), response.url).toBe("frame-ancestors 'none'");
      await response.body?.cancel();
    }
  });
});
