// Repository-level checks (release hygiene, CI plumbing) that belong to no single package.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'repo',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
  },
});
