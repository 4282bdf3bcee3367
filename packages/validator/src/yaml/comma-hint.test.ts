import { describe, expect, test } from 'vitest';
import { compileSource } from '../compile.js';

const brief = (figures: string) => `---
formatVersion: "1.1"
id: comma
country: { code: TJ, name: Tajikistan }
title: A brief
published: "2016"
language: en
figures:
${figures}
---

The lede.

## One

Text.
`;

const schemaErrors = (text: string) =>
  compileSource(brief(text), { file: 'comma.brief.md', format: 'markdown' }).diagnostics.filter(
    (d) => d.rule === 'schema',
  );

describe('a comma inside a value of a flow mapping', () => {
  test('gets the hint to quote the value, at the words after the comma', () => {
    const [d, ...rest] = schemaErrors(
      '  - { id: moura, label: Civilians executed in Moura, There were 300, quantity: { value: 300 }, unit: people }',
    );
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', line: 9, column: 54 });
    expect(d!.message).toBe(
      'unknown field "There were 300": quote this value: it contains a comma (label: "Civilians executed in Moura, There were 300")',
    );
  });

  test('a misspelt field keeps the spelling advice', () => {
    const [d] = schemaErrors('  - { id: moura, label: Deaths, quantity: { value: 300 }, unti: people }');
    expect(d!.message).toBe('unknown field "unti": check the spelling or remove it');
  });

  test('the same value quoted, or in block style, is read whole', () => {
    expect(
      schemaErrors(
        '  - { id: moura, label: "Executed in Moura, There were 300", quantity: { value: 300 }, unit: people }',
      ),
    ).toEqual([]);
    expect(
      schemaErrors(
        '  - id: moura\n    label: Executed in Moura, There were 300\n    quantity: { value: 300 }\n    unit: people',
      ),
    ).toEqual([]);
  });
});
