// A small static file server for the built site: node:http only, no framework.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

// Newsrooms embed the brief from their own origin: the element bundle and the JSON must be fetchable cross-origin.
const CORS_EXTENSIONS = new Set(['.js', '.mjs', '.json', '.map']);

/**
 * Maps a request path to a file under root, or null when the path is malformed or escapes the root.
 * @param {string} root absolute directory
 * @param {string} rawUrl the request URL (path and query)
 * @returns {string | null}
 */
export function resolveRequestPath(root, rawUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = resolve(root, `.${normalize(pathname)}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

/**
 * Serves the files under root.
 * @param {string} rootDir
 * @returns {import('node:http').Server}
 */
export function createStaticServer(rootDir) {
  const root = resolve(rootDir);
  return createServer(async (req, res) => {
    const send = (status, body) => {
      res.writeHead(status, {
        'content-type': 'text/plain; charset=utf-8',
        'x-content-type-options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      send(405, 'Method not allowed\n');
      return;
    }
    let file = resolveRequestPath(root, req.url ?? '/');
    if (file === null) {
      send(400, 'Bad request\n');
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      // A page's relative links (assets/…) resolve against its folder only with the slash: send it there.
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, {
          location: `${url.pathname}/${url.search}`,
          'x-content-type-options': 'nosniff',
        });
        res.end();
        return;
      }
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) {
      send(404, 'Not found\n');
      return;
    }
    const ext = extname(file).toLowerCase();
    const headers = {
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'content-length': String(info.size),
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (CORS_EXTENSIONS.has(ext)) headers['access-control-allow-origin'] = '*';
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
}

/**
 * Starts a server and resolves with its URL once it listens.
 * @param {{ root: string, port?: number, host?: string }} options
 * @returns {Promise<{ server: import('node:http').Server, url: string, close: () => Promise<void> }>}
 */
export function startStaticServer({ root, port = 0, host = '127.0.0.1' }) {
  const server = createStaticServer(root);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address !== null ? address.port : port;
      resolvePromise({
        server,
        url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
