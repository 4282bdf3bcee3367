import { minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { compileSource } from '../compile.js';
import { formatBriefMarkdown } from '../format/format-markdown.js';

// Names an object inherits: reading them with `in` or writing them with `=` would lose them silently.
const INHERITED = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

const markdown = formatBriefMarkdown(minimalBrief);
const idLine = markdown.split('\n').findIndex((line) => line.startsWith('id: ')) + 1;

describe('front matter keys an object inherits are flagged like any unknown field', () => {
  for (const key of INHERITED) {
    test(`top-level "${key}" in a .brief.md`, () => {
      const text = markdown.replace('\nid: ', `\n${key}: oops\nid: `);
      const result = compileSource(text, { file: 'tj.brief.md' });
      expect(result.brief).toBeUndefined();
      expect(result.diagnostics).toContainEqual(
        expect.objectContaining({
          rule: 'schema',
          severity: 'error',
          line: idLine,
          column: 1,
          path: [key],
          message: `unknown field "${key}": check the spelling or remove it`,
        }),
      );
    });
  }

  test('the same as in a .brief.yaml', () => {
    for (const key of INHERITED) {
      const md = compileSource(markdown.replace('\nid: ', `\n${key}: oops\nid: `), { file: 'tj.brief.md' });
      const yaml = compileSource(`${key}: oops\n${stringify(minimalBrief)}`, { file: 'tj.brief.yaml' });
      expect(md.diagnostics.map((d) => d.message)).toEqual(yaml.diagnostics.map((d) => d.message));
    }
  });

  test('a __proto__ mapping in the front matter neither pollutes objects nor becomes the brief prototype', () => {
    const text = markdown.replace('\nid: ', '\n__proto__: { polluted: true, title: injected }\nid: ');
    const result = compileSource(text, { file: 'tj.brief.md' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.diagnostics.map((d) => d.path)).toContainEqual(['__proto__']);
  });
});
