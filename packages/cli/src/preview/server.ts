import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Brief } from '@briefkit/schema';
import { CliError } from '../errors.js';
import { CLIENT_SCRIPT, CLIENT_STYLES } from './assets.js';
import { beforeBodyEnd, beforeHeadEnd, escapeHtml } from './html.js';
import { type OverlayProblem, overlayHtml } from './overlay.js';

/** One compilation of the watched file: a brief when it has no errors, otherwise the problems. */
export type Snapshot = { ok: true; brief: Brief } | { ok: false; problems: OverlayProblem[] };

export interface PreviewOptions {
  host?: string;
  port: number;
  /** Compiles the source file; called at start and on every `refresh()`. */
  compile: () => Promise<Snapshot>;
  /** Renders a good brief to a complete HTML document. */
  render: (brief: Brief) => Promise<string>;
  /**
   * Scripts served as they are under `urlPrefix` (e.g. the elements' browser bundle, so pages hydrate): only
   * names matching `pattern`, read from `directory`.
   */
  scripts?: { urlPrefix: string; directory: string; pattern: RegExp };
  /** Most live-reload connections open at once (default DEFAULT_MAX_EVENT_STREAMS); more are refused with 503. */
  maxEventStreams?: number;
}

export interface RefreshResult {
  version: number;
  ok: boolean;
  problems: OverlayProblem[];
}

export interface PreviewServer {
  url: string;
  port: number;
  /** The result of the first compilation, made before the server started listening. */
  initial: RefreshResult;
  /** Compiles and renders again, then tells every open page. */
  refresh(): Promise<RefreshResult>;
  close(): Promise<void>;
}

const KEEP_ALIVE_MS = 15_000;

/**
 * Far more tabs than anyone previews in, far fewer than the file descriptors a process may hold: each open
 * event stream keeps a socket, and without a cap a page (or a script) opening them in a loop exhausts them.
 */
export const DEFAULT_MAX_EVENT_STREAMS = 256;

/** On every answer: the preview is never shown inside another site's frame (clickjacking). */
const NO_FRAMING = {
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
} as const;

/**
 * The preview's HTTP server (127.0.0.1 only). Pages get the last good render, an error overlay while the source
 * has errors, and a script that reloads them on Server-Sent Events from /__briefkit/events.
 */
export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const host = options.host ?? '127.0.0.1';
  let version = 0;
  let lastGood: { brief: Brief; html: string } | undefined;
  let problems: OverlayProblem[] = [];
  const clients = new Set<ServerResponse>();
  const maxEventStreams = options.maxEventStreams ?? DEFAULT_MAX_EVENT_STREAMS;

  const send = (event: string, data: unknown) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const client of clients) client.write(frame);
  };

  // Refreshes run one after another, so a slow compile can never overwrite the result of a newer one.
  let queue: Promise<unknown> = Promise.resolve();
  const refresh = (): Promise<RefreshResult> => {
    const next = queue.then(refreshNow);
    queue = next.catch(() => undefined);
    return next;
  };

  async function refreshNow(): Promise<RefreshResult> {
    let snapshot: Snapshot;
    try {
      snapshot = await options.compile();
    } catch (error) {
      snapshot = {
        ok: false,
        problems: [{ file: '', message: error instanceof Error ? error.message : String(error) }],
      };
    }
    if (snapshot.ok) {
      try {
        lastGood = { brief: snapshot.brief, html: await options.render(snapshot.brief) };
        problems = [];
      } catch (error) {
        problems = [
          {
            file: 'renderer',
            message: `the brief could not be rendered: ${error instanceof Error ? error.message : String(error)}`,
          },
        ];
      }
    } else {
      problems = snapshot.problems;
    }
    version++;
    const result = { version, ok: problems.length === 0, problems };
    send(result.ok ? 'reload' : 'diagnostics', result);
    return result;
  }

  function page(): string {
    const base =
      lastGood?.html ??
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>briefkit preview</title></head><body></body></html>';
    let html = beforeHeadEnd(base, '<link rel="stylesheet" href="/__briefkit/client.css">');
    if (problems.length > 0) html = beforeBodyEnd(html, overlayHtml(problems, lastGood !== undefined));
    return beforeBodyEnd(html, `<script src="/__briefkit/client.js" data-version="${version}"></script>`);
  }

  function respond(res: ServerResponse, status: number, type: string, body: string): void {
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(body);
  }

  async function serveScript(path: string, res: ServerResponse): Promise<boolean> {
    const scripts = options.scripts;
    if (scripts === undefined || !path.startsWith(scripts.urlPrefix)) return false;
    const name = path.slice(scripts.urlPrefix.length);
    // The pattern admits plain names only (no `..`, no encoded separators), so nothing outside `directory`.
    if (!scripts.pattern.test(name) || name.split('/').includes('..')) return false;
    let body: Buffer;
    try {
      body = await readFile(join(scripts.directory, name));
    } catch {
      return false;
    }
    res.writeHead(200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(body);
    return true;
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    for (const [name, value] of Object.entries(NO_FRAMING)) res.setHeader(name, value);
    // A page on another site could otherwise reach this server through DNS rebinding.
    const hostHeader = req.headers.host ?? '';
    if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(hostHeader)) {
      respond(
        res,
        403,
        'text/plain; charset=utf-8',
        'The preview answers on 127.0.0.1 and localhost only.\n',
      );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      respond(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n');
      return;
    }
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    switch (path) {
      case '/':
      case '/index.html':
        respond(res, 200, 'text/html; charset=utf-8', page());
        return;
      case '/brief.json':
        if (lastGood === undefined)
          respond(res, 404, 'application/json', '{"error":"the brief has errors"}\n');
        else
          respond(
            res,
            200,
            'application/json; charset=utf-8',
            `${JSON.stringify(lastGood.brief, null, 2)}\n`,
          );
        return;
      case '/__briefkit/state':
        respond(
          res,
          200,
          'application/json; charset=utf-8',
          JSON.stringify({ version, ok: problems.length === 0, problems }),
        );
        return;
      case '/favicon.ico':
        // Browsers ask for it on every load; an empty answer keeps their console free of 404s.
        res.writeHead(204, { 'cache-control': 'no-store' });
        res.end();
        return;
      case '/__briefkit/client.js':
        respond(res, 200, 'text/javascript; charset=utf-8', CLIENT_SCRIPT);
        return;
      case '/__briefkit/client.css':
        respond(res, 200, 'text/css; charset=utf-8', CLIENT_STYLES);
        return;
      case '/__briefkit/events':
        if (clients.size >= maxEventStreams) {
          res.setHeader('retry-after', '5');
          respond(
            res,
            503,
            'text/plain; charset=utf-8',
            `Too many live-reload connections (at most ${maxEventStreams}): close some preview tabs.\n`,
          );
          return;
        }
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        res.write(`retry: 500\nevent: hello\ndata: ${JSON.stringify({ version })}\n\n`);
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return;
      default:
        void serveScript(path, res).then((served) => {
          if (!served)
            respond(
              res,
              404,
              'text/html; charset=utf-8',
              `<!doctype html><title>Not found</title><p>${escapeHtml(path)} is not part of the preview.</p>`,
            );
        });
    }
  }

  const initial = await refresh();
  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new CliError(`port ${options.port} is already in use`, {
              hint: 'Choose another with --port, or --port 0 for a free one.',
            })
          : error.code === 'EACCES'
            ? new CliError(`port ${options.port} needs more privileges`, { hint: 'Use a port above 1023.' })
            : error,
      );
    });
    server.listen(options.port, host, () => resolve());
  });
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n');
  }, KEEP_ALIVE_MS);
  keepAlive.unref();
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}/`,
    port,
    initial,
    refresh,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(keepAlive);
        for (const client of clients) client.end();
        clients.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
