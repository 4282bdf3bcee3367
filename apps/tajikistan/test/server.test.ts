import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module without type declarations
import { resolveRequestPath, startStaticServer } from '../scripts/static-server.mjs';

// The static server against a small tree of its own, including a secret next to (not under) the root.
const base = mkdtempSync(join(tmpdir(), 'tajikistan-serve-'));
const root = join(base, 'site');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
writeFileSync(join(root, 'brief.json'), '{"ok":true}');
writeFileSync(join(root, 'assets', 'main.js'), 'export {};');
writeFileSync(join(root, 'assets', 'site.css'), 'body{}');
writeFileSync(join(base, 'secret.txt'), 'do not serve');

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startStaticServer({ root, port: 0 });
});
afterAll(() => server.close());

/** A raw request, so paths reach the server exactly as written (no client-side normalisation of `..`). */
function get(
  path: string,
  method = 'GET',
): Promise<{ status: number; type: string; body: string; cors: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          body,
          cors: String(res.headers['access-control-allow-origin'] ?? ''),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server', () => {
  it('serves index.html for the root with an HTML content type', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<title>home</title>');
  });

  it('gives scripts, styles and JSON their content types, and lets other sites fetch the JSON and scripts', async () => {
    expect(await get('/assets/main.js')).toMatchObject({
      status: 200,
      type: 'text/javascript; charset=utf-8',
      cors: '*',
    });
    expect(await get('/assets/site.css')).toMatchObject({
      status: 200,
      type: 'text/css; charset=utf-8',
      cors: '',
    });
    expect(await get('/brief.json?download=1')).toMatchObject({
      status: 200,
      type: 'application/json; charset=utf-8',
      cors: '*',
    });
  });

  it('sends a folder asked for without its slash to the folder, so its page’s relative links resolve', async () => {
    const { hostname, port } = new URL(server.url);
    const location = await new Promise<{ status: number; location: string }>((resolve, reject) => {
      const req = request({ hostname, port, path: '/assets?x=1' }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, location: String(res.headers.location ?? '') });
      });
      req.on('error', reject);
      req.end();
    });
    expect(location).toEqual({ status: 301, location: '/assets/?x=1' });
  });

  it('answers 404 for a missing file and HEAD without a body', async () => {
    expect((await get('/nope.html')).status).toBe(404);
    expect((await get('/assets/')).status).toBe(404);
    expect(await get('/brief.json', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect((await get('/brief.json', 'POST')).status).toBe(405);
  });

  it('never serves a file outside its root, however the path is spelled', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
    ]) {
      const res = await get(path);
      expect(res.body, path).not.toContain('do not serve');
      expect([400, 404], path).toContain(res.status);
    }
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/index.html%00.js')).status).toBe(400);
  });

  it('maps request paths into the root and rejects the rest', () => {
    expect(resolveRequestPath(root, '/assets/main.js?x=1')).toBe(join(root, 'assets', 'main.js'));
    expect(resolveRequestPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveRequestPath(root, '/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'));
  });
});
