import { fullBrief } from '@briefkit/schema/fixtures';
import type { JSX } from 'react';
import { describe, expect, it } from 'vitest';
import type {} from './jsx.js';

// Compile-time checks: `tsc -p tsconfig.json` fails if the React typings break.
type Brief = JSX.IntrinsicElements['security-brief'];
const ok: Brief = { brief: fullBrief, toc: true, 'heading-level': 3, theme: 'dark', src: '/brief.json' };
// @ts-expect-error: theme has three values
const bad: Brief = { theme: 'sepia' };

describe('React JSX typings', () => {
  it('describe the elements', () => {
    expect(ok.toc).toBe(true);
    expect(bad).toBeDefined();
  });
});
