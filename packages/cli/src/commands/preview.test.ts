import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
import { SseReader } from '../preview/sse-reader.js';
import { run } from '../run.js';
import { MemoryStream, runCli, withTempDir } from '../test-helpers.js';

const source = (title: string) => `${JSON.stringify({ ...minimalBrief, title }, null, 2)}\n`;

describe('briefkit preview', () => {
  it('serves the rendered brief, reloads it on save, and overlays errors on the last good render', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'tj.brief.json');
      await writeFile(file, source('Tajikistan: first draft'));
      const stdout = new MemoryStream();
      const stderr = new MemoryStream();
      const controller = new AbortController();
      const done = run(['preview', 'tj.brief.json', '--port', '0'], {
        cwd: dir,
        env: { NO_COLOR: '1' },
        stdout,
        stderr,
        signal: controller.signal,
      });
      await stdout.until((t) => /http:\/\/127\.0\.0\.1:\d+\//.test(t));
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout.text)![0];

      const first = await (await fetch(url)).text();
      expect(first).toContain('Tajikistan: first draft');
      expect(first).toContain('The civil war ended in 1997.');
      // Rendered with the elements on the server, and hydrated by their browser bundle served beside the page.
      expect(first).toContain('<security-brief');
      expect(first).toContain('<template shadowroot');
      expect(first).toContain('<script type="module" src="/__briefkit/elements/bundle-hydrate.js"></script>');
      const bundle = await fetch(`${url}__briefkit/elements/bundle-hydrate.js`);
      expect(bundle.status).toBe(200);
      expect(await bundle.text()).toContain('security-brief');

      const events = new SseReader((await fetch(`${url}__briefkit/events`)).body!);
      expect((await events.next()).event).toBe('hello');

      await writeFile(file, source('Tajikistan: second draft'));
      const reload = await events.next();
      expect(reload.event).toBe('reload');
      expect(await (await fetch(url)).text()).toContain('Tajikistan: second draft');

      const broken = source('Tajikistan: second draft').replace('"2016-02"', '"2016-02-30"');
      await writeFile(file, broken);
      const diagnostics = await events.next();
      expect(diagnostics.event).toBe('diagnostics');
      const line = broken.split('\n').findIndex((l) => l.includes('"published"')) + 1;
      expect(diagnostics.data).toMatchObject({ ok: false, problems: [{ file: 'tj.brief.json', line }] });

      const overlaid = await (await fetch(url)).text();
      expect(overlaid).toContain('Tajikistan: second draft');
      expect(overlaid).toMatch(
        new RegExp(`<code class="briefkit-overlay-location">tj\\.brief\\.json:${line}:\\d+</code>`),
      );
      expect(stderr.text).toContain('1 error(s) in tj.brief.json; showing the last good version.');

      await events.cancel();
      controller.abort();
      expect(await done).toBe(0);
    }));

  it('tells an open page about every save; reports how long the news takes', ({ annotate }) =>
    withTempDir(async (dir) => {
      const file = join(dir, 'tj.brief.json');
      await writeFile(file, source('Tajikistan: draft 0'));
      const stdout = new MemoryStream();
      const controller = new AbortController();
      const done = run(['preview', 'tj.brief.json', '--port', '0'], {
        cwd: dir,
        env: { NO_COLOR: '1' },
        stdout,
        stderr: new MemoryStream(),
        signal: controller.signal,
      });
      await stdout.until((t) => /http:\/\/127\.0\.0\.1:\d+\//.test(t));
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout.text)![0];
      const events = new SseReader((await fetch(`${url}__briefkit/events`)).body!);
      const hello = await events.next();
      const timings: number[] = [];
      for (let i = 1; i <= 5; i++) {
        const started = performance.now();
        await writeFile(file, source(`Tajikistan: draft ${i}`));
        const event = await events.next();
        timings.push(performance.now() - started);
        expect(event).toMatchObject({ event: 'reload', data: { ok: true } });
        expect((event.data as { version: number }).version).toBe(
          (hello.data as { version: number }).version + i,
        );
        expect(await (await fetch(url)).text()).toContain(`Tajikistan: draft ${i}`);
      }
      timings.sort((a, b) => a - b);
      // A figure for the report, not a pass mark: the time depends on the machine.
      const figure = `save → reload event: median ${timings[2]!.toFixed(0)} ms, slowest ${timings[4]!.toFixed(0)} ms (5 saves)`;
      console.info(figure);
      await annotate(figure, 'measurement');
      await events.cancel();
      controller.abort();
      expect(await done).toBe(0);
    }));

  it('exits 2 for a file that does not exist', () =>
    withTempDir(async (dir) => {
      const { code, stderr } = await runCli(['preview', 'nope.brief.md', '--port', '0'], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toContain('error: nope.brief.md: no such file or directory');
    }));

  it('exits 2 for a port that is not a number', async () => {
    const { code, stderr } = await runCli(['preview', 'x.brief.md', '--port', 'eighty']);
    expect(code).toBe(2);
    expect(stderr).toContain('--port must be a whole number from 0 to 65535 (got "eighty")');
  });
});
