import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    hydrate: 'src/hydrate.ts',
    'ssr/index': 'src/ssr/index.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: {
    entry: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      hydrate: 'src/hydrate.ts',
      'ssr/index': 'src/ssr/index.ts',
    },
    // Members marked @internal (the map's geometry loader, typed with GeoJSON) stay out of the published types.
    compilerOptions: { stripInternal: true },
  },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  // Lit and the schema types come from the user's install, so a page has one Lit.
  external: [/^lit($|\/)/, /^@lit-labs\//, /^@briefkit\//],
  esbuildPlugins: [
    {
      // `hydrate` and `ssr` import `define` as the separate module it is, so the registering code stays in
      // dist/define.js (the file `sideEffects` names) instead of a shared chunk.
      name: 'keep-define-separate',
      setup(build) {
        build.onResolve({ filter: /(^|\/)define\.js$/ }, (args) =>
          /[\\/]src[\\/](hydrate|ssr[\\/]index)\.ts$/.test(args.importer)
            ? { path: args.path, external: true }
            : undefined,
        );
      },
    },
  ],
});
