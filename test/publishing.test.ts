// What we would publish, tested where users are: the packed tarballs (one `pnpm pack` per package per run) are
// linted with publint and attw, then installed with npm into temporary projects outside the workspace — a plain
// Node project with the CLI, and a web project (Vite vanilla TS, a bare HTML page, a server-rendered page,
// React 19) whose pages are opened in Chromium.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, renderedTitle } from '../test-consumers/harness/browser.js';
import { type PackedPackage, packAll } from '../test-consumers/harness/pack.js';
import { createProject } from '../test-consumers/harness/project.js';
import { run } from '../test-consumers/harness/run.js';
import { type StaticServer, serveFolder } from '../test-consumers/harness/serve.js';
import { repoRoot } from '../test-consumers/harness/workspace.js';

const fullBrief = JSON.parse(
  readFileSync(join(repoRoot, 'packages/schema/src/fixtures/full.brief.json'), 'utf8'),
) as { title: string };

/** The 1-based line of the broken fixture that holds `text`, where the diagnostics must point. */
function brokenLine(text: string): number {
  const lines = readFileSync(join(repoRoot, 'test-consumers/fixtures/node/broken.brief.md'), 'utf8').split(
    '\n',
  );
  return lines.findIndex((line) => line.includes(text)) + 1;
}

let packed: PackedPackage[] = [];
let nodeProject: Promise<string>;
let webProject: Promise<string>;
const temporary: string[] = [];

beforeAll(async () => {
  const packs = await packAll();
  temporary.push(packs.dir);
  packed = packs.packages;
  // Both installs run at once; each describe block waits for its own.
  nodeProject = createProject(packed, {
    fixture: 'node',
    uses: ['@briefkit/schema', '@briefkit/validator', '@briefkit/cli'],
    dependencies: { ajv: '8.20.0' },
  });
  webProject = createProject(packed, {
    fixture: 'web',
    uses: ['@briefkit/schema', '@briefkit/elements'],
    dependencies: {
      vite: '8.3.8',
      typescript: '5.9.3',
      react: '19.3.1',
      'react-dom': '19.3.1',
      '@types/react': '19.3.3',
      '@types/react-dom': '19.3.0',
    },
  });
  // Attach handlers now so a failed install is reported by the tests that need it, not as unhandled.
  for (const project of [nodeProject, webProject]) project.then((dir) => temporary.push(dir)).catch(() => {});
}, 120_000);

afterAll(async () => {
  await Promise.allSettled([nodeProject, webProject]);
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('the packed tarballs', () => {
  it('pin our own dependencies to the versions packed with them (no workspace: range is published)', () => {
    const versions = new Map(packed.map((p) => [p.packed.name, p.packed.version]));
    for (const pkg of packed) {
      const manifest = pkg.packed;
      for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'] as const) {
        for (const [name, range] of Object.entries(manifest[field] ?? {})) {
          expect(range, `${pkg.manifest.name} ${field}.${name}`).not.toMatch(/^workspace:/);
          if (versions.has(name))
            expect(range, `${pkg.manifest.name} → ${name}`).toContain(versions.get(name));
        }
      }
    }
  });

  it('hold every file the exports map and bin point at, and no tests', () => {
    for (const pkg of packed) {
      const files = new Set(pkg.contents);
      const targets: string[] = [];
      const collect = (target: unknown): void => {
        if (typeof target === 'string') targets.push(target);
        else if (target && typeof target === 'object')
          for (const value of Object.values(target)) collect(value);
      };
      collect(pkg.packed.exports);
      collect(pkg.packed.bin);
      for (const target of targets)
        expect(files, `${pkg.manifest.name}: ${target}`).toContain(target.slice(2));
      expect(files).toContain('README.md');
      expect(
        pkg.contents.filter((file) => /\.test\.ts$|(^|\/)test\//.test(file)),
        pkg.manifest.name,
      ).toEqual([]);
    }
  });

  it('pass publint (strict)', async () => {
    for (const pkg of packed) {
      const tarball = readFileSync(pkg.tarball);
      const { messages, pkg: manifest } = await publint({
        pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
        strict: true,
      });
      expect(
        messages.map((m) => `${m.type}: ${formatMessage(m, manifest, { color: false })}`),
        pkg.manifest.name,
      ).toEqual([]);
    }
  });

  it('pass @arethetypeswrong/cli with the esm-only profile', async () => {
    const attw = join(repoRoot, 'node_modules/.bin/attw');
    // Two at a time: each is one single-threaded TypeScript program, and the machine has two cores.
    const queue = [...packed];
    const check = async () => {
      for (let pkg = queue.shift(); pkg; pkg = queue.shift()) {
        const result = await run(attw, ['--profile', 'esm-only', '--format', 'ascii', pkg.tarball], {
          cwd: repoRoot,
          check: false,
        });
        expect(result.code, `${pkg.manifest.name}\n${result.stdout}${result.stderr}`).toBe(0);
      }
    };
    await Promise.all([check(), check()]);
  }, 120_000);
});

describe('a plain Node project (npm, ESM)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await nodeProject;
    await run('npx', ['briefkit', 'new', 'KG', '--out', 'briefs'], { cwd: dir });
  }, 300_000);

  it('imports the schema and the validator, validates briefs and uses the shipped JSON Schema', async () => {
    const { stdout } = await run('node', ['check.mjs', 'briefs/kg.brief.md'], { cwd: dir });
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      checkFull: true,
      checkNotABrief: false,
      validateMinimal: 0,
      jsonSchemaAcceptsFull: true,
      jsonSchemaRejectsNoTitle: true,
      fileTitle: 'Kyrgyzstan: security brief',
      fileErrors: 0,
    });
    expect(result.jsonSchemaId).toBe(result.schemaId);
    expect(result.jsonSchemaId).toContain(`/${result.formatVersion}/`);
    // The broken source: a title that is not text, and a citation of a source nobody listed.
    expect(
      result.broken.some((d: string) => d.startsWith(`broken.brief.md:${brokenLine('title: 5')}:`)),
    ).toBe(true);
    expect(
      result.broken.some((d: string) => d.startsWith(`broken.brief.md:${brokenLine('[src-missing]')}:`)),
    ).toBe(true);
  });

  it('runs `npx briefkit validate` from the installed bin, exiting 0 on a good brief and 1 on a broken one', async () => {
    const good = await run('npx', ['briefkit', 'validate', 'briefs/kg.brief.md'], { cwd: dir, check: false });
    expect(good.code, good.stdout + good.stderr).toBe(0);
    const bad = await run('npx', ['briefkit', 'validate', 'broken.brief.md'], { cwd: dir, check: false });
    expect(bad.code).toBe(1);
    expect(bad.stdout + bad.stderr).toMatch(
      new RegExp(`broken\\.brief\\.md:${brokenLine('title: 5')}:\\d+\\s+error\\s+`),
    );
    expect(bad.stdout + bad.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('runs `npx briefkit build`: brief.json is the canonical brief, index.html reads without JavaScript', async () => {
    await run('npx', ['briefkit', 'build', 'briefs/kg.brief.md', '--out', 'site'], { cwd: dir });
    const brief = JSON.parse(readFileSync(join(dir, 'site/brief.json'), 'utf8'));
    expect(brief.title).toBe('Kyrgyzstan: security brief');
    const html = readFileSync(join(dir, 'site/index.html'), 'utf8');
    expect(html).toContain('<security-brief');
    expect(html).toMatch(/<template [^>]*shadowrootmode="open"/);
    expect(html).toContain('Kyrgyzstan: security brief');
  });
});

describe('a web project (npm, Vite, React 19) in Chromium', () => {
  let dir = '';
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    dir = await webProject;
    const launching = launchChromium();
    launching.catch(() => {});
    await run('node', ['prepare.mjs'], { cwd: dir });
    await run('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: dir });
    await run(
      'npx',
      ['vite', 'build', '--ssr', 'src/react/server.tsx', '--outDir', 'dist-server', '--logLevel', 'warn'],
      {
        cwd: dir,
      },
    );
    await run('node', ['react-ssr.mjs'], { cwd: dir });
    server = await serveFolder(dir);
    browser = await launching;
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('type-checks: querySelector gives the element class, .brief is a Brief, events are typed, React.JSX knows the tags', async () => {
    const result = await run('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: dir, check: false });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('a Vite vanilla-TS app renders <security-brief src> and hears its load event', async () => {
    const { page, log } = await openPage(browser!, `${server!.url}/dist/index.html`);
    expect(await renderedTitle(page)).toEqual([fullBrief.title]);
    await expect.poll(() => page.locator('#status').textContent()).toBe(`loaded: ${fullBrief.title}`);
    expect(log).toEqual({ warnings: [], errors: [] });
    await page.close();
  });

  it('a bare HTML page renders with one <script type="module"> loading @briefkit/elements/bundle.js', async () => {
    const html = readFileSync(join(dir, 'bare.html'), 'utf8');
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toMatch(/src="\.\/node_modules\/@briefkit\/elements\/[^"]*bundle\.js"/);
    const { page, log } = await openPage(browser!, `${server!.url}/bare.html`);
    expect(await renderedTitle(page)).toEqual([fullBrief.title]);
    expect(log).toEqual({ warnings: [], errors: [] });
    await page.close();
  });

  it('a page rendered by @briefkit/elements/ssr in Node shows the brief and hydrates with bundle-hydrate.js', async () => {
    const { page, log } = await openPage(browser!, `${server!.url}/ssr.html`);
    expect(await renderedTitle(page)).toEqual([fullBrief.title]);
    await expect
      .poll(() => page.evaluate(() => customElements.get('security-brief') !== undefined))
      .toBe(true);
    expect(log).toEqual({ warnings: [], errors: [] });
    await page.close();
  });

  it('a React 19 page renders on the server, hydrates, and its onsecurity-brief-load listener fires', async () => {
    const html = readFileSync(join(dir, 'dist/react.html'), 'utf8');
    expect(html).toMatch(/<security-brief[^>]*heading-level="3"/);
    expect(html).toContain('<p id="loaded">waiting</p>');
    const { page, log } = await openPage(browser!, `${server!.url}/dist/react.html`);
    expect(await renderedTitle(page)).toEqual([fullBrief.title]);
    await expect.poll(() => page.locator('#loaded').textContent()).toBe(`loaded: ${fullBrief.title}`);
    expect(log).toEqual({ warnings: [], errors: [] });
    await page.close();
  });

  it('two different builds on one page (the prebuilt bundle, then the npm import): renders, one warning', async () => {
    const built = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    const bundleUrl = `/node_modules/@briefkit/elements/dist/bundle.js`;
    const page2 = built.replace('<script', `<script type="module" src="${bundleUrl}"></script>\n<script`);
    const file = resolve(dir, 'dist/two-builds.html');
    writeFileSync(file, page2);
    const { page, log } = await openPage(browser!, `${server!.url}/dist/two-builds.html`);
    expect(await renderedTitle(page)).toEqual([fullBrief.title]);
    await expect.poll(() => page.locator('#status').textContent()).toBe(`loaded: ${fullBrief.title}`);
    expect(log.errors).toEqual([]);
    expect(log.warnings, log.warnings.join('\n')).toHaveLength(1);
    expect(log.warnings[0]).toContain('@briefkit/elements');
    await page.close();
  });
});
