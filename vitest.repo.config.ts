// Repository-level checks (release hygiene, CI plumbing) that belong to no single package.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'repo',
    include: ['test/**/*.test.ts'],
    // Guards against hangs, not measures of speed (see vitest.shared.ts).
    testTimeout: 60_000,
    hookTimeout: 300_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
  },
});
