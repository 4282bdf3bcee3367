import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts' },
  format: ['esm'],
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  // The country-code table is inlined (about 3 KB of codes, no locale data): importing JSON from a dependency
  // needs import attributes that not every consumer's toolchain keeps.
  noExternal: [/^i18n-iso-countries\/codes\.json$/],
});
