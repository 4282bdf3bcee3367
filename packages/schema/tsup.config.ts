import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'fixtures/index': 'src/fixtures/index.ts',
    'json-schema': 'src/json-schema.ts',
  },
  format: ['esm'],
  target: 'es2022',
  dts: { entry: { index: 'src/index.ts', 'fixtures/index': 'src/fixtures/index.ts' } },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
});
