import { SCHEMA_ID } from '@briefkit/schema';
import { minimalBrief } from '@briefkit/schema/fixtures';
import { expect, it } from 'vitest';
import { compileSource } from '../compile.js';
import { formatBriefMarkdown } from './format-markdown.js';

it('keeps the editor schema comment at the top of the front matter, and still round-trips', () => {
  const text = formatBriefMarkdown(minimalBrief);
  expect(text.split('\n').slice(0, 2)).toEqual(['---', `# yaml-language-server: $schema=${SCHEMA_ID}`]);
  expect(compileSource(text, { file: 'x.brief.md' }).brief).toEqual(minimalBrief);
  expect(formatBriefMarkdown(compileSource(text).brief!)).toBe(text);
});
