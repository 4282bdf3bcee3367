// Shared vitest setup for every workspace package: a `node` project for *.test.ts and a `browser`
// project (real Debian Chromium through the playwright provider) for *.browser.test.ts.
import { playwright } from '@vitest/browser-playwright';
import type { TestProjectInlineConfiguration, ViteUserConfig } from 'vitest/config';

import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export { chromiumArgs, chromiumPath };

export const sourceConditions = ['@briefkit/source'];

interface Options {
  /** Glob(s) of node tests, default `src/**\/*.test.ts` minus browser tests. */
  node?: string[];
  /** Glob(s) of browser tests, default `src/**\/*.browser.test.ts`. */
  browser?: string[];
  /** Extra config merged into the browser project (e.g. server middleware for fixtures). */
  browserExtra?: Partial<TestProjectInlineConfiguration>;
  /** Per test, in ms: a guard against hangs (default 60 s). */
  testTimeout?: number;
}

export function briefkitVitestConfig(options: Options = {}): ViteUserConfig {
  const nodeInclude = options.node ?? ['src/**/*.test.ts', 'test/**/*.test.ts'];
  const browserInclude = options.browser ?? ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'];
  const projects: TestProjectInlineConfiguration[] = [
    {
      extends: true,
      test: {
        name: 'node',
        environment: 'node',
        include: nodeInclude,
        exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
      },
    },
  ];
  if (browserInclude.length > 0) {
    projects.push({
      extends: true,
      ...options.browserExtra,
      test: {
        name: 'browser',
        include: browserInclude,
        ...(options.browserExtra?.test ?? {}),
        browser: {
          enabled: true,
          headless: true,
          screenshotFailures: false,
          provider: playwright({
            launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
          }),
          instances: [{ browser: 'chromium' }],
        },
      },
    });
  }
  return {
    resolve: { conditions: [...sourceConditions, 'module', 'browser', 'development|production'] },
    ssr: { resolve: { conditions: [...sourceConditions, 'module', 'node', 'development|production'] } },
    test: {
      passWithNoTests: false,
      // A guard against hangs, not a measure of speed (benchmarks measure that): a clean clone must pass on a
      // loaded 2-core machine, where the whole suite shares the cores with Chromium and a test takes several
      // times as long as it does alone.
      testTimeout: options.testTimeout ?? 60_000,
      hookTimeout: 120_000,
      reporters: ['default', 'json'],
      outputFile: { json: '.test-results/vitest.json' },
      projects,
    },
  };
}
