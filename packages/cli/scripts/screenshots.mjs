// Takes the screenshots of docs/authoring.md with the built `briefkit` and Debian Chromium:
//   pnpm build && node scripts/screenshots.mjs
// Terminal steps are run for real, with colours, and their output drawn as a terminal page; the preview and
// the published page are real pages. Writes docs/screenshots/*.png.
import { execFileSync, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Anser from 'anser';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const out = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const tajikistan = fileURLToPath(
  new URL('../../../apps/tajikistan/src/tajikistan.brief.md', import.meta.url),
);
const fixtures = fileURLToPath(new URL('../src/diff/fixtures/', import.meta.url));

const work = await mkdtemp(join(tmpdir(), 'briefkit-shots-'));
// Colours as in a terminal, even though the output goes to a pipe.
const { NO_COLOR: _ignored, ...inherited } = process.env;
const env = { ...inherited, FORCE_COLOR: '1' };

/** Runs `briefkit …` in the work folder and returns what a terminal would show (stdout and stderr). */
function briefkit(args) {
  try {
    return execFileSync(process.execPath, [bin, ...args], {
      cwd: work,
      env,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    return `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
}

const escapeText = (text) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

/** A terminal window drawn in HTML: prompt lines and the commands' coloured output. */
function terminalPage(title, steps) {
  const body = steps
    .map(
      ({ command, output }) =>
        `<div class="cmd"><span class="prompt">analyst@desk:~/briefs$</span> ${escapeText(command)}</div>` +
        `<div class="out">${Anser.ansiToHtml(Anser.escapeForHtml(output.replace(/\n+$/, '')), { use_classes: false })}</div>`,
    )
    .join('');
  return `<!doctype html><meta charset="utf-8"><style>
  body { margin: 0; padding: 24px; background: #e8e8e8; font-family: system-ui, sans-serif; }
  .window { inline-size: 1120px; border-radius: 8px; overflow: hidden; box-shadow: 0 8px 30px rgb(0 0 0 / 30%); }
  .bar { background: #3a3a3a; color: #ddd; font-size: 13px; padding: 8px 12px; }
  .bar span { display: inline-block; inline-size: 12px; block-size: 12px; border-radius: 50%; margin-inline-end: 6px; vertical-align: middle; }
  .term { background: #1e1e1e; color: #e6e6e6; padding: 14px 16px; font: 14px/1.45 "DejaVu Sans Mono", monospace; white-space: pre-wrap; }
  .cmd { margin-block-start: 10px; } .cmd:first-child { margin-block-start: 0; }
  .prompt { color: #8ae234; }
  </style><div class="window"><div class="bar"><span style="background:#ff5f56"></span><span style="background:#ffbd2e"></span><span style="background:#27c93f"></span> ${escapeText(title)}</div><div class="term">${body}</div></div>`;
}

async function shootTerminal(browser, name, title, steps) {
  const page = await browser.newPage({ viewport: { width: 1170, height: 400 }, deviceScaleFactor: 1 });
  await page.setContent(terminalPage(title, steps));
  await page.locator('.window').screenshot({ path: join(out, name) });
  await page.close();
  console.log(`wrote docs/screenshots/${name}`);
}

/** Starts `briefkit preview` and resolves with its URL and a way to stop it. */
async function startPreview(file) {
  const child = spawn(process.execPath, [bin, 'preview', file, '--port', '0'], {
    cwd: work,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(text);
      if (match) resolve(match[0]);
    });
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${text}`)));
  });
  return { url, stop: () => child.kill('SIGINT') };
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
try {
  await mkdir(out, { recursive: true });

  // 1. Start a brief and check it.
  const created = briefkit(['new', 'KG']);
  const checked = briefkit(['validate', 'kg.brief.md']);
  await shootTerminal(browser, '01-new.png', 'briefkit new', [
    { command: 'briefkit new KG', output: created },
    { command: 'briefkit validate kg.brief.md', output: checked },
  ]);

  // 2. An author's slip, reported at its line.
  const starter = await readFile(join(work, 'kg.brief.md'), 'utf8');
  await writeFile(
    join(work, 'kg.brief.md'),
    starter
      .replace(/published: "[^"]*"/, 'published: "2026-02-30"')
      .replace(
        'Replace this paragraph with the background: recent history',
        'Replace this paragraph with the [background](event:independence): recent history',
      ),
  );
  await shootTerminal(browser, '02-validate-errors.png', 'briefkit validate', [
    { command: 'briefkit validate kg.brief.md', output: briefkit(['validate', 'kg.brief.md']) },
  ]);

  // 3. The preview of a full brief, then the same page while the source has an error.
  await copyFile(tajikistan, join(work, 'tj.brief.md'));
  const preview = await startPreview('tj.brief.md');
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(preview.url);
    await page.getByRole('heading', { name: 'Tajikistan: New challenges to security' }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(out, '03-preview.png') });
    console.log('wrote docs/screenshots/03-preview.png');

    const source = await readFile(join(work, 'tj.brief.md'), 'utf8');
    await writeFile(
      join(work, 'tj.brief.md'),
      source.replace(
        'in particular the [Taliban](actor:taliban)',
        'in particular the [Taliban](actor:talibn)',
      ),
    );
    await page.locator('#briefkit-overlay').waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(out, '04-preview-error.png') });
    console.log('wrote docs/screenshots/04-preview-error.png');
    await writeFile(join(work, 'tj.brief.md'), source);
    await page.close();
  } finally {
    preview.stop();
  }

  // 4. Build the published page and open it with JavaScript off, as a reader without scripts sees it.
  const built = briefkit(['build', 'tj.brief.md', '--out', 'site']);
  await shootTerminal(browser, '05-build.png', 'briefkit build', [
    { command: 'briefkit build tj.brief.md --out site', output: built },
  ]);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 900, height: 1000 },
  });
  const published = await context.newPage();
  await published.goto(pathToFileURL(join(work, 'site', 'index.html')).href);
  await published.screenshot({ path: join(out, '06-published-no-js.png') });
  console.log('wrote docs/screenshots/06-published-no-js.png');
  await context.close();

  // 5. What changed between two editions.
  await copyFile(join(fixtures, 'tajikistan-2016.brief.md'), join(work, 'tj-2016.brief.md'));
  await copyFile(join(fixtures, 'tajikistan-2016-06.brief.md'), join(work, 'tj-2016-06.brief.md'));
  await shootTerminal(browser, '07-diff.png', 'briefkit diff', [
    {
      command: 'briefkit diff tj-2016.brief.md tj-2016-06.brief.md',
      output: briefkit(['diff', 'tj-2016.brief.md', 'tj-2016-06.brief.md']),
    },
  ]);
} finally {
  await browser.close();
  await rm(work, { recursive: true, force: true });
}
