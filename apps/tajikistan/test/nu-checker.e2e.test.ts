import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nuCheckerErrors, nuCheckerUnavailable } from '../../../scripts/nu-checker.mjs';
import { distDir } from './support/paths.js';

describe.skipIf(nuCheckerUnavailable)(
  `the prerendered page in the Nu HTML Checker${nuCheckerUnavailable ? ` (skipped: ${nuCheckerUnavailable})` : ''}`,
  () => {
    it('has no errors', async () => {
      const file = join(distDir, 'index.html');
      const errors = await nuCheckerErrors([file]);
      expect(errors.map((e) => e.slice(file.length + 1))).toEqual([]);
    }, 120_000);
  },
);
