import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Brief } from '@briefkit/schema';
import { minimalBrief } from '@briefkit/schema/fixtures';
import { compileSource } from '@briefkit/validator';
import { build, createLogger, createServer, type Rollup, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { briefkit } from './plugin.js';

const MARKDOWN = `---
formatVersion: "1.0"
id: kg-test
kind: country
country: { code: KG, name: Kyrgyzstan }
title: "Kyrgyzstan: a test brief"
published: "2026-11"
language: en
actors:
  - { id: kg-state, kind: state, name: Kyrgyzstan, country: KG }
sources:
  - { id: src-report, citedAs: a report, linkUnknown: true }
---

[Kyrgyzstan](actor:kg-state) holds elections, according to [a report][src-report].

## Background

The country became independent in 1991.
`;

const YAML = `formatVersion: "1.0"
id: tj-yaml
country: { code: TJ, name: Tajikistan }
title: "Tajikistan: from YAML"
lede: [{ type: text, text: A lede. }]
published: "2016"
language: en
sections: []
`;

let dirs: string[] = [];
let servers: ViteDevServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
  servers = [];
});

async function project(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'briefkit-vite-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const compiled = (text: string, file: string) => compileSource(text, { file }).brief;

/** Builds `main.js` of the project as a library and imports the result. */
async function buildAndImport(root: string, logger = createLogger('silent')) {
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    customLogger: logger,
    plugins: [briefkit()],
    build: {
      lib: { entry: join(root, 'main.js'), formats: ['es'], fileName: 'main' },
      write: false,
      minify: false,
    },
  })) as Rollup.RollupOutput[];
  const chunk = output[0]!.output.find((o) => o.type === 'chunk')!;
  const out = join(root, 'built.mjs');
  await writeFile(out, chunk.code);
  return import(pathToFileURL(out).href) as Promise<Record<string, Brief>>;
}

/** A logger that keeps what Vite and the plugins warn about. */
function recordingLogger() {
  const logger = createLogger('silent');
  const warnings: string[] = [];
  logger.warn = (message) => warnings.push(message);
  logger.warnOnce = (message) => warnings.push(message);
  return { logger, warnings };
}

describe('@briefkit/vite-plugin in a build', () => {
  it('turns .brief.md, .brief.yaml and .brief.json imports into the validated canonical Brief', async () => {
    const root = await project({
      'kg.brief.md': MARKDOWN,
      'tj.brief.yaml': YAML,
      'min.brief.json': JSON.stringify(minimalBrief),
      'main.js': `import md from './kg.brief.md';
import yaml from './tj.brief.yaml';
import json from './min.brief.json';
export { md, yaml, json };
`,
    });
    const { md, yaml, json } = await buildAndImport(root);
    expect(md).toEqual(compiled(MARKDOWN, 'kg.brief.md'));
    expect(md!.sections[0]!.title).toBe('Background');
    expect(md!.lede[0]).toEqual({ type: 'mention', entity: 'kg-state', text: 'Kyrgyzstan' });
    expect(yaml).toEqual(compiled(YAML, 'tj.brief.yaml'));
    expect(json).toEqual(minimalBrief);
  });

  it('fails the build with the file, line and column of the first error, and lists every error', async () => {
    const broken = MARKDOWN.replace('actor:kg-state', 'actor:nobody').replace(
      'The country became independent in 1991.',
      'The country became [independent](event:independence) in 1991.',
    );
    const root = await project({
      'kg.brief.md': broken,
      'main.js': `export { default } from './kg.brief.md';\n`,
    });
    const expected = compileSource(broken, { file: join(root, 'kg.brief.md') }).diagnostics.filter(
      (d) => d.severity === 'error',
    );
    expect(expected.length).toBe(2);
    const error = await buildAndImport(root).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error, 'the build should have failed').toBeDefined();
    expect(error!.message).toContain('2 errors in the brief');
    for (const d of expected) expect(error!.message).toContain(`kg.brief.md:${d.line}:${d.column}`);
    expect(error!.message).toContain(expected[0]!.message);
    // What the terminal shows: the plugin, the place of the first error, then the source line under a caret.
    const [first] = expected;
    expect(error!.message).toContain(
      `[plugin briefkit] ${join(root, 'kg.brief.md')}:${first!.line}:${first!.column}`,
    );
    expect(error!.message).toContain(`> ${first!.line} | [Kyrgyzstan](actor:nobody)`);
  });

  it('passes warnings on to Vite and still builds', async () => {
    const withUnusedSource = MARKDOWN.replace(
      '  - { id: src-report, citedAs: a report, linkUnknown: true }',
      '  - { id: src-report, citedAs: a report, linkUnknown: true }\n  - { id: src-unused, citedAs: never cited, linkUnknown: true }',
    );
    const root = await project({
      'kg.brief.md': withUnusedSource,
      'main.js': `export { default } from './kg.brief.md';\n`,
    });
    const { logger, warnings } = recordingLogger();
    const { default: brief } = await buildAndImport(root, logger);
    expect(brief!.sources?.map((s) => s.id)).toEqual(['src-report', 'src-unused']);
    expect(warnings.join('\n')).toContain('unused-source');
    expect(warnings.join('\n')).toContain('src-unused');
  });

  it('fails on warnings under strict: true', async () => {
    const root = await project({
      'kg.brief.md': MARKDOWN.replace('\nThe country became independent in 1991.\n', ''),
      'main.js': `export { default } from './kg.brief.md';\n`,
    });
    await expect(
      build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [briefkit({ strict: true })],
        build: { lib: { entry: join(root, 'main.js'), formats: ['es'] }, write: false },
      }),
    ).rejects.toThrow(/1 problem in the brief:\n.*section-empty/);
  });
});

describe('@briefkit/vite-plugin in the dev server', () => {
  async function serve(root: string): Promise<ViteDevServer> {
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      appType: 'custom',
      plugins: [briefkit()],
      server: { middlewareMode: true, hmr: false, watch: { usePolling: true, interval: 50 } },
    });
    servers.push(server);
    return server;
  }

  it('gives the overlay the message, file, line, column and a code frame of an error', async () => {
    const broken = MARKDOWN.replace('published: "2026-11"', 'published: "2026-13"');
    const root = await project({ 'kg.brief.md': broken });
    const server = await serve(root);
    const file = join(root, 'kg.brief.md');
    const [expected] = compileSource(broken, { file }).diagnostics.filter((d) => d.severity === 'error');
    const error = (await server.transformRequest('/kg.brief.md').then(
      () => undefined,
      (e: unknown) => e,
    )) as {
      message: string;
      id: string;
      loc: { file: string; line: number; column: number };
      frame: string;
      plugin: string;
    };
    expect(error).toBeDefined();
    // What Vite's overlay shows: `${loc.file}:${loc.line}:${loc.column}`, the message and the frame.
    expect(error.plugin).toBe('briefkit');
    expect(error.id).toBe(file);
    expect(error.loc).toEqual({ file, line: expected!.line, column: expected!.column });
    expect(error.message).toContain(expected!.message);
    expect(error.frame).toContain(`> ${expected!.line} | published: "2026-13"`);
    expect(error.frame.split('\n').find((l) => l.trimEnd().endsWith('^'))).toBeDefined();
  });

  it('updates the module when the brief is saved', async () => {
    const root = await project({ 'kg.brief.md': MARKDOWN });
    const server = await serve(root);
    const load = async () =>
      ((await server.ssrLoadModule('/kg.brief.md')) as { default: Brief }).default.title;
    expect(await load()).toBe('Kyrgyzstan: a test brief');
    const file = join(root, 'kg.brief.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('a test brief', 'revised'));
    await expect.poll(load, { timeout: 10_000, interval: 100 }).toBe('Kyrgyzstan: revised');
  });
});
