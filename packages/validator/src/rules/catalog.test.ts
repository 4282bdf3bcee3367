import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ruleCatalog } from './catalog.js';

const docs = readFileSync(fileURLToPath(new URL('../../../../docs/rules.md', import.meta.url)), 'utf8');

describe('ruleCatalog', () => {
  test('ids are unique, kebab-case, with a description', () => {
    const ids = ruleCatalog.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ruleCatalog) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(20);
    }
  });

  test('docs/rules.md documents every rule with its default severity', () => {
    for (const rule of ruleCatalog) {
      const row = docs.split('\n').find((line) => line.startsWith(`| \`${rule.id}\` |`));
      expect(row, rule.id).toBeDefined();
      expect(row).toContain(`| ${rule.severity} |`);
    }
  });
});
