// `<security-brief src>` against a real local server that fails in every way a server can: each failure shows
// the error state and fires `security-brief-error` with its kind, nothing escapes as an unhandled rejection, and
// the element recovers as soon as `src` points at a good brief again.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fullBrief } from '@briefkit/schema/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT, type Harness, type OpenPage, page, startHarness } from './harness.js';

const json = JSON.stringify(fullBrief);

let harness: Harness;
let open: OpenPage;

const send = (res: ServerResponse, status: number, body: string, type = 'application/json') => {
  res.statusCode = status;
  res.setHeader('content-type', type);
  res.setHeader('cache-control', 'no-store');
  res.end(body);
};

/** Pending answers of `/f/never`, closed at the end so the server can stop. */
const hanging = new Set<ServerResponse>();

const faults: {
  name: string;
  path: string;
  kind: string;
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}[] = [
  {
    name: '404',
    path: '/f/missing',
    kind: 'not-found',
    handler: (_q, r) => send(r, 404, 'not found', 'text/plain'),
  },
  {
    name: '500',
    path: '/f/broken',
    kind: 'http',
    handler: (_q, r) => send(r, 500, 'internal error', 'text/plain'),
  },
  {
    name: 'timeout',
    path: '/f/never',
    kind: 'timeout',
    handler: (_q, r) => {
      hanging.add(r);
      r.writeHead(200, { 'content-type': 'application/json' });
      r.write('{"formatVersion": "1.0",');
    },
  },
  { name: 'connection reset', path: '/f/reset', kind: 'network', handler: (q) => q.socket.destroy() },
  {
    name: 'invalid JSON',
    path: '/f/invalid-json',
    kind: 'invalid-json',
    handler: (_q, r) => send(r, 200, '{"formatVersion": "1.0", "title": '),
  },
  {
    name: 'JSON that is not a brief',
    path: '/f/not-a-brief',
    kind: 'not-a-brief',
    handler: (_q, r) => send(r, 200, '{"hello": "world"}'),
  },
  {
    name: 'a brief of an unknown formatVersion',
    path: '/f/future',
    kind: 'not-a-brief',
    handler: (_q, r) => send(r, 200, JSON.stringify({ ...fullBrief, formatVersion: '2.0' })),
  },
];

beforeAll(async () => {
  harness = await startHarness();
  for (const f of faults) harness.handle(f.path, f.handler);
  harness.handle('/f/ok', (req, res) => {
    const title = new URL(req.url ?? '/', 'http://x').searchParams.get('title');
    send(res, 200, title ? JSON.stringify({ ...fullBrief, title }) : json);
  });
  harness.handle('/f/slow', (req, res) => {
    const title = new URL(req.url ?? '/', 'http://x').searchParams.get('title') ?? 'Slow';
    const timer = setTimeout(() => send(res, 200, JSON.stringify({ ...fullBrief, title })), 1_500);
    req.on('close', () => clearTimeout(timer));
  });
  harness.serve('/faults', { body: page('<security-brief timeout="600"></security-brief>', CLIENT) });
  open = await harness.open();
  await open.page.goto(`${harness.origin}/faults`);
  await open.page.waitForFunction(() => customElements.get('security-brief') !== undefined);
}, 120_000);

afterAll(async () => {
  for (const r of hanging) r.destroy();
  await open?.context.close();
  await harness?.close();
});

/** Sets `src` and waits for the next load or error event; returns what the element then shows. */
async function point(src: string) {
  const before = await open.page.evaluate(() => window.hardening.events.length);
  await open.page.evaluate((url) => {
    document.querySelector('security-brief')!.setAttribute('src', url);
  }, src);
  await open.page.waitForFunction((n) => window.hardening.events.length > n, before, { timeout: 10_000 });
  await open.page.evaluate(
    () =>
      (document.querySelector('security-brief') as HTMLElement & { updateComplete: Promise<unknown> })
        .updateComplete,
  );
  return open.page.evaluate((n) => {
    const root = document.querySelector('security-brief')!.shadowRoot!;
    return {
      events: window.hardening.events.slice(n),
      error: root.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim(),
      title: root.querySelector('h1')?.textContent?.trim(),
      uncaught: window.hardening.errors,
    };
  }, before);
}

describe('<security-brief src> against a failing server', () => {
  for (const fault of faults) {
    it(`${fault.name}: error state and security-brief-error (${fault.kind}), then recovers`, async () => {
      const failed = await point(fault.path);
      expect(failed.events).toEqual([`security-brief-error ${fault.kind}`]);
      expect(failed.error).toBeTruthy();
      expect(failed.title).toBeUndefined();
      const recovered = await point(`/f/ok?title=${encodeURIComponent(`After ${fault.name}`)}`);
      expect(recovered.events).toEqual(['security-brief-load']);
      expect(recovered.error).toBeUndefined();
      expect(recovered.title).toBe(`After ${fault.name}`);
      expect(recovered.uncaught).toEqual([]);
    });
  }

  it('a slow answer replaced by a second src before it ends never renders (no stale brief)', async () => {
    const before = await open.page.evaluate(() => window.hardening.events.length);
    await open.page.evaluate(() => {
      document.querySelector('security-brief')!.setAttribute('src', '/f/slow?title=Stale');
    });
    await open.page.waitForTimeout(150);
    const fresh = await point('/f/ok?title=Fresh');
    expect(fresh.title).toBe('Fresh');
    // Well after the slow answer would have arrived: still the fresh brief, and no further event.
    await open.page.waitForTimeout(2_000);
    const later = await open.page.evaluate(
      (n) => ({
        events: window.hardening.events.slice(n),
        title: document.querySelector('security-brief')!.shadowRoot!.querySelector('h1')?.textContent?.trim(),
      }),
      before,
    );
    expect(later).toEqual({ events: ['security-brief-load'], title: 'Fresh' });
  });

  it('reported nothing to the console but the failed requests themselves', () => {
    const unexpected = open.problems.filter(
      (p) => !/Failed to load resource|ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE/.test(p),
    );
    expect(unexpected).toEqual([]);
  });
});
