import { minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { compileSource } from './compile.js';
import { formatBriefMarkdown } from './format/format-markdown.js';
import type { Diagnostic } from './types.js';

// A brief that a contributor sends in, with a javascript: link and a right-to-left override in its text.
const hostile = structuredClone(minimalBrief);
hostile.lede = [
  { type: 'text', text: 'Read \u202Egnp.exe the report: ' },
  { type: 'link', href: 'javascript:alert(1)', text: 'here' },
];
const markdown = formatBriefMarkdown(hostile);

/** The brief's front matter with `settings` (YAML lines) added right after the opening `---`. */
function withSettings(settings: string): string {
  return markdown.replace('---\n', `---\n${settings}\n`);
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const rules = (ds: Diagnostic[]) => ds.map((d) => `${d.severity} ${d.rule}`);

describe("a brief's own settings cannot turn its safety rules down", () => {
  test('without settings, both safety rules are errors', () => {
    const result = compileSource(markdown, { file: 'tj.brief.md' });
    expect(result.brief).toBeUndefined();
    expect(rules(result.diagnostics)).toEqual(
      expect.arrayContaining(['error url-scheme', 'error text-control-characters']),
    );
  });

  for (const level of ['off', 'info', 'warning']) {
    test(`front matter setting url-scheme and text-control-characters to ${level} is refused, at its line`, () => {
      const text = withSettings(
        `briefkit:\n  rules:\n    url-scheme: ${level}\n    text-control-characters: ${level}\n    unused-actor: off`,
      );
      const result = compileSource(text, { file: 'tj.brief.md' });
      expect(result.brief).toBeUndefined();
      expect(rules(result.diagnostics)).toEqual(
        expect.arrayContaining(['error url-scheme', 'error text-control-characters']),
      );
      const locked = result.diagnostics.filter((d) => d.rule === 'config-locked');
      expect(locked.map((d) => d.line)).toEqual([
        lineOf(text, 'url-scheme:'),
        lineOf(text, 'text-control-characters:'),
      ]);
      for (const d of locked) {
        expect(d.severity).toBe('warning');
        expect(d.message).toMatch(/cannot be turned down by the brief itself/);
        expect(d.message).toMatch(/briefkit\.config/);
      }
      // Other rules stay the brief's to set.
      expect(result.diagnostics.some((d) => d.rule === 'config-invalid')).toBe(false);
    });
  }

  test('setting a safety rule to error (its default) is allowed and says nothing', () => {
    const result = compileSource(withSettings('briefkit:\n  rules: { url-scheme: error }'), {
      file: 'tj.brief.md',
    });
    expect(result.diagnostics.some((d) => d.rule === 'config-locked')).toBe(false);
  });

  test('the brief cannot silence the refusal itself', () => {
    const text = withSettings('briefkit:\n  rules: { config-locked: off, url-scheme: off }');
    const result = compileSource(text, { file: 'tj.brief.md' });
    expect(rules(result.diagnostics)).toEqual(
      expect.arrayContaining(['warning config-locked', 'error url-scheme']),
    );
  });

  test('the same in a .brief.yaml', () => {
    const text = `briefkit:\n  rules:\n    url-scheme: off\n${stringify(hostile)}`;
    const result = compileSource(text, { file: 'tj.brief.yaml' });
    expect(result.brief).toBeUndefined();
    expect(result.diagnostics.find((d) => d.rule === 'config-locked')?.line).toBe(3);
    expect(rules(result.diagnostics)).toContain('error url-scheme');
  });

  test('limits in the brief are refused: they apply before the brief is read', () => {
    const text = withSettings('briefkit:\n  limits: { maxAliasCount: 100000 }');
    const result = compileSource(text, { file: 'tj.brief.md' });
    const locked = result.diagnostics.find((d) => d.rule === 'config-locked');
    expect(locked?.line).toBe(lineOf(text, 'limits:'));
    expect(locked?.message).toMatch(/limits/);
  });

  test("the caller's config (a project's briefkit.config.*) can still turn them off", () => {
    const result = compileSource(markdown, {
      file: 'tj.brief.md',
      config: { rules: { 'url-scheme': 'off', 'text-control-characters': 'warning' } },
    });
    expect(rules(result.diagnostics)).not.toContain('error url-scheme');
    expect(rules(result.diagnostics)).toContain('warning text-control-characters');
    expect(result.brief).toBeDefined();
  });
});
