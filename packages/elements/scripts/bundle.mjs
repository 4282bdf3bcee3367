// Prebuilt bundles for a bare <script type="module">: Lit included, minified. Dynamic imports stay separate
// chunks next to them (under dist/bundle/ and dist/bundle-hydrate/), loaded only when needed.
//   dist/bundle.js          defines <security-brief> at once, each other part when the page has one (src/bundle.ts)
//   dist/bundle-hydrate.js  every element at once, hydrating server-rendered elements (renderBriefPage's scriptSrc)

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';
import ts from 'typescript';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `start` and every file it imports statically, through a metafile's `outputs` or `inputs` (both map a path
 * to its `imports`): what a page loads before any dynamic import.
 */
export function staticallyImported(files, start) {
  const found = new Set();
  const visit = (path) => {
    if (found.has(path)) return;
    found.add(path);
    for (const imp of files[path]?.imports ?? []) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(start);
  return found;
}

/** esbuild options for a browser bundle of `entry` (a path under src/). */
export function bundleOptions(entry, name, outdir) {
  return {
    absWorkingDir: root,
    entryPoints: { [name]: entry },
    outdir,
    chunkNames: `${name}/[name]-[hash]`,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    conditions: ['@briefkit/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    plugins: [minifyTemplatesPlugin(), entryKeepsEagerCodePlugin(name)],
  };
}

const FACADE = 'eager-from-entry';
const ENTRY = 'eager-entry';

/**
 * Keeps a bundle's eager code in its entry file. esbuild's code splitting moves the modules the entry shares
 * with its lazy chunks into a chunk of their own, which the entry then imports before it can run: one more
 * file, and every name crossing between them imported and exported. Instead, the lazy chunks import what they
 * need of the eager modules from the entry itself (`../bundle.js`), which re-exports it under short names.
 * The build this plugin is part of only finds which modules are eager and which are lazy; three more builds
 * then make the shipped files: the lazy chunks' imports of eager modules, the lazy chunks themselves, and the
 * entry. Their files and metafile replace the first build's (written here when the build was to write).
 */
function entryKeepsEagerCodePlugin(name) {
  return {
    name: 'entry-keeps-eager-code',
    setup(build) {
      const options = { ...build.initialOptions };
      if (!options.splitting) return;
      const write = options.write ?? true;
      build.initialOptions.write = false;
      build.initialOptions.metafile = true;
      const absWorkingDir = options.absWorkingDir ?? process.cwd();
      const abs = (path) => resolve(absWorkingDir, path);
      const rel = (path) => relative(absWorkingDir, path);
      const others = (options.plugins ?? []).filter((p) => p.name !== 'entry-keeps-eager-code');

      build.onEnd(async (result) => {
        if (result.errors.length > 0) return;
        const { outputs, inputs } = result.metafile;
        const given = Object.values(options.entryPoints);
        if (given.length !== 1) throw new Error('one entry point per bundle');
        const entryPoint = rel(abs(typeof given[0] === 'string' ? given[0] : given[0].in));
        const entryOutput = Object.keys(outputs).find((out) => outputs[out].entryPoint === entryPoint);
        const eagerOutputs = staticallyImported(outputs, entryOutput);
        const eager = new Set();
        for (const out of eagerOutputs)
          for (const input of Object.keys(outputs[out].inputs)) eager.add(abs(input));
        // The lazy chunks' entry points: what an eager module imports dynamically.
        const lazyEntries = new Set();
        for (const input of eager) {
          for (const imp of inputs[rel(input)]?.imports ?? []) {
            if (imp.kind !== 'dynamic-import' || imp.external) continue;
            if (eager.has(abs(imp.path)))
              throw new Error(`${imp.path} is imported both statically and dynamically`);
            lazyEntries.add(abs(imp.path));
          }
        }
        if (lazyEntries.size === 0) return;
        const base = { ...options, plugins: others, write: false, metafile: true };
        const entryFile = `${name}.js`;
        const fromChunk = `../${entryFile}`;

        // 1. Which names of which eager modules the lazy chunks import: each eager module external, unminified.
        const used = new Map();
        const probe = await build.esbuild.build({
          ...base,
          entryPoints: [...lazyEntries],
          minify: false,
          metafile: false,
          plugins: [
            {
              name: 'eager-imports',
              setup(b) {
                b.onResolve({ filter: /.*/ }, async (args) => {
                  if (args.pluginData === 'resolving') return undefined;
                  const found = await resolveAsEsbuild(b, args);
                  if (found.errors.length > 0 || !eager.has(found.path)) return undefined;
                  return { path: `${FACADE}:${found.path}`, external: true };
                });
              },
            },
            ...others,
          ],
        });
        for (const file of probe.outputFiles) {
          const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, false);
          for (const statement of source.statements) {
            const from = statement.moduleSpecifier?.text;
            if (!from?.startsWith(`${FACADE}:`)) continue;
            const module = from.slice(FACADE.length + 1);
            const names = used.get(module) ?? new Set();
            used.set(module, names);
            const bindings = ts.isImportDeclaration(statement)
              ? statement.importClause?.namedBindings
              : statement.exportClause;
            if (statement.importClause?.name) names.add('default');
            if (bindings && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings))) {
              for (const el of bindings.elements) names.add((el.propertyName ?? el.name).text);
            } else if (bindings || (ts.isExportDeclaration(statement) && !statement.exportClause)) {
              throw new Error(`a lazy chunk takes all of ${module}: name what it uses instead`);
            }
          }
        }
        // Short export names, in a stable order.
        const short = new Map();
        const names = exportNames();
        for (const module of [...used.keys()].sort()) {
          for (const exported of [...used.get(module)].sort())
            short.set(`${module}\0${exported}`, names.next().value);
        }

        // 2. The lazy chunks: an eager module's names come from the entry.
        const lazy = await build.esbuild.build({
          ...base,
          entryPoints: [...lazyEntries],
          entryNames: options.chunkNames,
          plugins: [
            {
              name: 'eager-from-entry',
              setup(b) {
                b.onResolve({ filter: /.*/ }, async (args) => {
                  if (args.pluginData === 'resolving') return undefined;
                  if (args.namespace === FACADE) return { path: fromChunk, external: true };
                  const found = await resolveAsEsbuild(b, args);
                  if (found.errors.length > 0 || !eager.has(found.path)) return undefined;
                  return { path: found.path, namespace: FACADE };
                });
                b.onLoad({ filter: /.*/, namespace: FACADE }, (args) => {
                  const names = [...(used.get(args.path) ?? [])];
                  const list = names.map((n) => `${short.get(`${args.path}\0${n}`)} as ${n}`).join(', ');
                  return { contents: `export { ${list} } from ${JSON.stringify(fromChunk)};`, loader: 'js' };
                });
              },
            },
            ...others,
          ],
        });
        const lazyFile = new Map();
        for (const [out, meta] of Object.entries(lazy.metafile.outputs)) {
          if (meta.entryPoint)
            lazyFile.set(abs(meta.entryPoint), `./${relative(abs(options.outdir), abs(out))}`);
        }

        // 3. The entry: the original one, re-exporting what the lazy chunks use; lazy chunks external.
        const reexports = [...used].map(([module, names]) => {
          const list = [...names].map((n) => `${n} as ${short.get(`${module}\0${n}`)}`).join(', ');
          return `export { ${list} } from ${JSON.stringify(module)};`;
        });
        const entryContents = [`import ${JSON.stringify(abs(entryPoint))};`, ...reexports].join('\n');
        const main = await build.esbuild.build({
          ...base,
          entryPoints: { [name]: `${ENTRY}:` },
          splitting: false,
          plugins: [
            {
              name: 'entry-with-exports',
              setup(b) {
                b.onResolve({ filter: new RegExp(`^${ENTRY}:$`) }, () => ({
                  path: 'entry',
                  namespace: ENTRY,
                }));
                b.onLoad({ filter: /.*/, namespace: ENTRY }, () => ({
                  contents: entryContents,
                  loader: 'js',
                  resolveDir: absWorkingDir,
                }));
                // The entry is imported for what it does: a package's `sideEffects` list may not name it
                // (a benchmark's page script), and it must not be dropped.
                b.onResolve({ filter: /.*/ }, (args) =>
                  args.namespace === ENTRY && args.path === abs(entryPoint)
                    ? { path: abs(entryPoint), sideEffects: true }
                    : undefined,
                );
                b.onResolve({ filter: /.*/ }, async (args) => {
                  if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving') return undefined;
                  const found = await resolveAsEsbuild(b, args);
                  const file = lazyFile.get(found.path);
                  return file ? { path: file, external: true } : undefined;
                });
              },
            },
            ...others,
          ],
        });

        // The files and metafile of the three builds, as if of one; each file minified once more by terser,
        // which finds what one pass of esbuild leaves (its names are kept: lazy chunks import by them).
        const outputFiles = await Promise.all(
          [...main.outputFiles, ...lazy.outputFiles].map((file) => minifiedAgain(file)),
        );
        const metaOutputs = {};
        for (const [out, meta] of Object.entries({ ...main.metafile.outputs, ...lazy.metafile.outputs })) {
          const own = Object.entries(meta.inputs).filter(
            ([input]) => !input.startsWith(`${FACADE}:`) && !input.startsWith(`${ENTRY}:`),
          );
          metaOutputs[out] = { ...meta, inputs: Object.fromEntries(own) };
          if (meta.entryPoint?.startsWith(`${ENTRY}:`)) metaOutputs[out].entryPoint = entryPoint;
        }
        result.metafile = {
          inputs: { ...lazy.metafile.inputs, ...main.metafile.inputs },
          outputs: metaOutputs,
        };
        result.outputFiles = outputFiles;
        if (write) {
          for (const file of outputFiles) {
            mkdirSync(dirname(file.path), { recursive: true });
            writeFileSync(file.path, file.contents);
          }
          delete result.outputFiles;
        }
      });
    },
  };
}

/** `a`, `b`, … `$`, then `aa`, `ab`, …: export names as short as can be, none a reserved word. */
function* exportNames() {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
  const rest = `${first}0123456789`;
  const reserved = new Set(['do', 'if', 'in']);
  yield* first;
  for (const a of first) for (const b of rest) if (!reserved.has(a + b)) yield a + b;
  for (const a of first) for (const b of rest) for (const c of rest) yield a + b + c;
}

const encoder = new TextEncoder();

/**
 * A JS output of esbuild minified again. Functions are not inlined where they are called: a function that
 * returns an `html` template must keep one call site, so its strings stay one template to Lit.
 */
async function minifiedAgain(file) {
  if (!file.path.endsWith('.js')) return file;
  const { code } = await minify(file.text, {
    module: true,
    ecma: 2020,
    compress: { passes: 2, inline: 1, reduce_funcs: false },
    mangle: true,
    format: { comments: false },
  });
  const contents = encoder.encode(code);
  return { path: file.path, contents, hash: file.hash, text: code };
}

/**
 * Where esbuild itself resolves an import that a plugin's `onResolve` is looking at; the plugin returns
 * undefined for calls marked this way, so esbuild's own resolution (and its tsconfig) applies.
 */
function resolveAsEsbuild(b, args) {
  return b.resolve(args.path, {
    importer: args.importer,
    resolveDir: args.resolveDir,
    kind: args.kind,
    pluginData: 'resolving',
  });
}

/** esbuild options for a Node ESM bundle of `entry` run from source (server rendering in tests and benchmarks). */
export function nodeBundleOptions(entry, outfile) {
  return {
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@briefkit/source'],
    logLevel: 'error',
    // Bundled CommonJS dependencies call require(); ESM output has none of its own.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outdir = resolve(root, 'dist');
  for (const name of ['bundle', 'bundle-hydrate'])
    rmSync(resolve(outdir, name), { recursive: true, force: true });
  await build(bundleOptions('src/bundle.ts', 'bundle', outdir));
  await build(bundleOptions('src/hydrate.ts', 'bundle-hydrate', outdir));
}
