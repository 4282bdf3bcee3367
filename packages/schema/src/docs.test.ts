import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from './json-schema.js';

type Node = { properties?: Record<string, Node>; [key: string]: unknown };

function propertyNames(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const child of node) propertyNames(child, into);
  else if (node && typeof node === 'object') {
    const { properties } = node as Node;
    if (properties) for (const name of Object.keys(properties)) into.add(name);
    for (const child of Object.values(node)) propertyNames(child, into);
  }
  return into;
}

describe('docs/format.md', () => {
  const doc = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8');

  it('explains every field of the format', () => {
    const missing = [...propertyNames(buildJsonSchema())].filter((name) => !doc.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
