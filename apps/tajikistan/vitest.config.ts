import { defineConfig } from 'vitest/config';
import { briefkitVitestConfig } from '../../vitest.shared.js';

// Unit tests run on source like every package's; the end-to-end tests (test/*.e2e.test.ts) drive Chromium
// through playwright-core against the built site, so their project makes sure the build is there first.
const base = briefkitVitestConfig({
  node: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  browser: [],
});
const nodeProject = base.test?.projects?.[0];
if (typeof nodeProject !== 'object' || nodeProject === null || !('test' in nodeProject)) {
  throw new Error('briefkitVitestConfig() no longer returns a node project first');
}
nodeProject.test = {
  ...nodeProject.test,
  exclude: [...(nodeProject.test?.exclude ?? []), '**/*.e2e.test.ts'],
};

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects: [
      nodeProject,
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/**/*.e2e.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts its own Chromium; two at a time suits a two-core machine. The unit tests run first.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
