import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, test } from 'vitest';
import { compileSource } from './compile.js';
import { formatBriefMarkdown } from './format/format-markdown.js';
import type { CompileResult, SourceFormat } from './types.js';
import { validateBrief } from './validate.js';

/** Every diagnostic is located and one line of author language: never a stack trace. */
function expectClean(result: CompileResult) {
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message).not.toMatch(/\n|\bat .+:\d+:\d+/);
    expect(d.rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  }
}

function only(text: string, format: SourceFormat) {
  const result = compileSource(text, { file: `bad.brief.${format === 'markdown' ? 'md' : format}`, format });
  expectClean(result);
  expect(result.brief).toBeUndefined();
  return result.diagnostics.filter((d) => d.severity === 'error');
}

const markdown = formatBriefMarkdown(minimalBrief);

describe('bad input gets a located diagnostic, never a crash or a hang', () => {
  test('malformed front matter', () => {
    const [d] = only(
      markdown.replace('title: "Tajikistan: a minimal brief"', 'title: [unclosed'),
      'markdown',
    );
    // The unclosed flow sequence on line 8 (after the schema comment) is noticed where the next key starts.
    expect(d).toMatchObject({ rule: 'yaml-syntax' });
    expect([8, 9]).toContain(d!.line);
  });

  test('front matter missing or unclosed', () => {
    expect(only('Just prose.\n', 'markdown')[0]).toMatchObject({ rule: 'front-matter', line: 1 });
    expect(only('---\nid: x\n', 'markdown')[0]).toMatchObject({ rule: 'front-matter', line: 1 });
  });

  test('front matter that is not a mapping', () => {
    expect(only('---\n- a\n- b\n---\n\nLede.\n', 'markdown')[0]).toMatchObject({ rule: 'front-matter' });
  });

  test('malformed YAML, located', () => {
    expect(only('formatVersion: "1.0"\nid: x\n  bad: indent\n', 'yaml')[0]).toMatchObject({
      rule: 'yaml-syntax',
      line: 2,
      column: 5,
    });
  });

  test('duplicate keys in YAML', () => {
    expect(only('id: a\nid: b\n', 'yaml')[0]).toMatchObject({ rule: 'yaml-syntax', line: 2 });
  });

  test('malformed JSON, located (trailing comma, missing comma, comment)', () => {
    expect(only('{\n  "id": "x",\n}', 'json')[0]).toMatchObject({ rule: 'json-syntax', line: 3, column: 1 });
    expect(only('{\n  "id": "x"\n  "title": "y"\n}', 'json')[0]).toMatchObject({
      rule: 'json-syntax',
      line: 3,
      column: 3,
    });
    expect(only('{\n  "id": "x", // note\n}', 'json')[0]).toMatchObject({ rule: 'json-syntax', line: 2 });
    expect(only('{"id": }', 'json')[0]).toMatchObject({ rule: 'json-syntax', line: 1, column: 8 });
  });

  test('unknown formatVersion major names the supported versions', () => {
    const text = JSON.stringify({ ...minimalBrief, formatVersion: '2.0' }, null, 2);
    const [d] = only(text, 'json');
    expect(d).toMatchObject({ rule: 'format-version', line: 2 });
    expect(d!.message).toContain('1.x');
    expect(
      only(markdown.replace('formatVersion: "1.0"', 'formatVersion: "3.1"'), 'markdown')[0],
    ).toMatchObject({ rule: 'format-version', line: 3 });
  });

  test('a BOM is not part of the first line', () => {
    const result = compileSource(`\uFEFF${markdown}`, { format: 'markdown' });
    expect(result.brief).toEqual(minimalBrief);
    const bad = compileSource(`\uFEFF{"id": }`, { format: 'json' });
    expect(bad.diagnostics[0]).toMatchObject({ line: 1, column: 8 });
  });

  test('CRLF line endings keep lines and columns', () => {
    const crlf = formatBriefMarkdown(fullBrief).replace(/\n/g, '\r\n');
    expect(compileSource(crlf, { format: 'markdown' }).brief).toEqual(fullBrief);
    const bad = compileSource(crlf.replace('[OSCE](https://www.osce.org/)', '[OSCE](ftp://osce.example/)'), {
      format: 'markdown',
    });
    const d = bad.diagnostics.find((x) => x.rule === 'url-scheme')!;
    const line = crlf.split('\r\n')[d.line - 1]!;
    expect(line.slice(d.column - 1)).toMatch(/^\[OSCE\]/);
  });

  test('tabs count as one column', () => {
    const text = markdown.replace(
      'The civil war ended in 1997.',
      '\tThe civil war [ended][nowhere] in 1997.',
    );
    const result = compileSource(text, { format: 'markdown' });
    // A tab-indented line is a code block in Markdown: reported, not silently dropped.
    expect(result.diagnostics.some((d) => d.rule === 'markdown-unsupported')).toBe(true);
    const inline = compileSource(markdown.replace('The civil war ended', 'The\tcivil [war][nowhere] ended'), {
      format: 'markdown',
    });
    const d = inline.diagnostics.find((x) => x.rule === 'reference-unresolved')!;
    expect(d.column).toBe(11);
    expect(compileSource('id:\tx\nkind:\t[a]\n\tbad: 1\n', { format: 'yaml' }).diagnostics[0]).toMatchObject({
      rule: 'yaml-syntax',
      line: 3,
    });
  });

  test('a YAML alias bomb (billion laughs) is stopped by the alias limit', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const [prev, cur] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const [d] = only(lines.join('\n'), 'yaml');
    expect(d).toMatchObject({ rule: 'input-limit', line: 2 });
    const front = `---\n${lines.join('\n')}\n---\n\nLede.\n`;
    expect(only(front, 'markdown')[0]).toMatchObject({ rule: 'input-limit', line: 3 });
  });

  test('10 000-deep JSON arrays and objects', () => {
    expect(only('['.repeat(10_000) + ']'.repeat(10_000), 'json')[0]).toMatchObject({
      rule: 'input-limit',
      line: 1,
      column: 101,
    });
    expect(only(`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`, 'json')[0]).toMatchObject({
      rule: 'input-limit',
    });
  });

  test('10 000-deep YAML flow and block nesting', () => {
    expect(only('['.repeat(10_000) + ']'.repeat(10_000), 'yaml')[0]).toMatchObject({ rule: 'input-limit' });
    expect(only(`${'- '.repeat(10_000)}x`, 'yaml')[0]).toMatchObject({ rule: 'input-limit' });
    expect(
      only(Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'), 'yaml')[0],
    ).toMatchObject({ rule: 'input-limit' });
  });

  test('10 000-deep Markdown blockquotes and lists', () => {
    const body = (s: string) => `${markdown}\n${s}\n`;
    expect(only(body(`${'>'.repeat(10_000)} deep`), 'markdown')[0]).toMatchObject({ rule: 'input-limit' });
    expect(only(body(`${'- '.repeat(10_000)}deep`), 'markdown')[0]).toMatchObject({ rule: 'input-limit' });
    const stair = Array.from({ length: 10_000 }, (_, i) => `${'>'.repeat(i + 1)} q`).join('\n');
    expect(only(body(stair), 'markdown')[0]).toMatchObject({ rule: 'input-limit' });
    const indented = Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n');
    expect(only(body(indented), 'markdown')[0]).toMatchObject({ rule: 'input-limit' });
  });

  test('a nested quote or list one level deeper than allowed is reported, not dropped', () => {
    const result = compileSource(`${markdown}\n> outer\n>\n> > inner\n`, { format: 'markdown' });
    expect(result.diagnostics.find((d) => d.rule === 'markdown-unsupported')?.message).toContain(
      'quotes inside quotes',
    );
  });

  test('binary bytes', () => {
    expect(only('PK\u0003\u0004\u0000\u0000binary', 'json')[0]).toMatchObject({
      rule: 'input-binary',
      line: 1,
      column: 5,
    });
    expect(only(`${markdown}\u0000`, 'markdown')[0]).toMatchObject({ rule: 'input-binary' });
  });

  test('an empty file', () => {
    expect(only('', 'markdown')[0]).toMatchObject({ rule: 'front-matter' });
    expect(only('', 'yaml')[0]).toMatchObject({ rule: 'yaml-syntax' });
    expect(only('', 'json')[0]).toMatchObject({ rule: 'json-syntax' });
    expect(only('   \n', 'json')[0]).toMatchObject({ rule: 'json-syntax' });
  });

  test('input over the size limit is refused before parsing', () => {
    const result = compileSource('x'.repeat(2_000), {
      format: 'markdown',
      config: { limits: { maxBytes: 1_000 } },
    });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ rule: 'input-limit', line: 1 });
  });

  test('wrong types and hostile values never throw', () => {
    const weird: unknown[] = [
      null,
      undefined,
      42,
      'text',
      [],
      [1, 2],
      new Date(0),
      { formatVersion: 1 },
      Object.create(null),
    ];
    const cyclic: Record<string, unknown> = { ...minimalBrief };
    cyclic.self = cyclic;
    weird.push(cyclic);
    for (const value of weird) {
      const result = validateBrief(value);
      expect(result.brief).toBeUndefined();
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }
    for (const text of [null, undefined, 42, {}] as unknown as string[]) {
      expect(compileSource(text).diagnostics[0]).toMatchObject({ rule: 'input-binary' });
    }
  });

  test('a __proto__ key does not change the result or pollute objects', () => {
    const result = compileSource('{"__proto__": {"polluted": true}, "id": "x"}', { format: 'json' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.brief).toBeUndefined();
    const yaml = compileSource('__proto__: { polluted: true }\nid: x\n', { format: 'yaml' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(yaml.brief).toBeUndefined();
  });
});
