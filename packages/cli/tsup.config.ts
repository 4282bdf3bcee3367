import { defineConfig } from 'tsup';

// src/bin.ts starts with `#!/usr/bin/env node`; esbuild keeps an entry's hashbang, so only dist/bin.js has it.
export default defineConfig({
  entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
});
