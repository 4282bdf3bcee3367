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
