import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, FileReport } from './diagnostic.js';
import { excerptFor } from './excerpt.js';
import { formatDiagnostic, formatPrettyReport, formatSummary } from './pretty.js';

const plain = pc.createColors(false);
const source = ['---', 'title: Tajikistan', 'published: 2015-02-30', '---', '', 'The lede.'].join('\n');
const bad: Diagnostic = {
  file: 'tj.brief.md',
  line: 3,
  column: 12,
  endLine: 3,
  endColumn: 22,
  severity: 'error',
  rule: 'impossible-date',
  message: '2015-02-30 is not a calendar date; February 2015 has 28 days',
};

describe('formatDiagnostic', () => {
  it('reads file:line:col  severity  message  rule-id, then the line and carets under the span', () => {
    const lines = formatDiagnostic(bad, source, plain).split('\n');
    expect(lines[0]).toBe(
      'tj.brief.md:3:12  error  2015-02-30 is not a calendar date; February 2015 has 28 days  impossible-date',
    );
    expect(lines[1]).toBe('  3 | published: 2015-02-30');
    expect(lines[2]).toBe('    |            ^^^^^^^^^^');
    // The carets start exactly under the reported column.
    expect(lines[2]!.indexOf('^') - lines[2]!.indexOf('|')).toBe(
      lines[1]!.indexOf('2015') - lines[1]!.indexOf('|'),
    );
  });

  it('puts one caret when the diagnostic has no end', () => {
    const { endLine: _l, endColumn: _c, ...point } = bad;
    expect(formatDiagnostic(point, source, plain).split('\n')[2]).toBe('    |            ^');
  });

  it('omits the excerpt when the line is outside the file', () => {
    expect(formatDiagnostic({ ...bad, line: 99 }, source, plain)).not.toContain('|');
  });

  it('never lets control characters from the file reach the terminal', () => {
    const hostile = 'title: \u001b[2J\u001b]0;pwned\u0007';
    const text = formatDiagnostic({ ...bad, line: 1, column: 8, message: 'bad \u001b[31m' }, hostile, plain);
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
  });

  it('colours severities only when colours are on', () => {
    expect(formatDiagnostic(bad, source, pc.createColors(true))).toContain('\u001b[31m');
    expect(formatDiagnostic(bad, source, plain)).not.toContain('\u001b[');
  });
});

describe('excerptFor', () => {
  it('expands tabs so the caret stays under the column', () => {
    const excerpt = excerptFor('\tkey: value', { ...bad, line: 1, column: 2, endLine: 1, endColumn: 5 });
    expect(excerpt?.text).toBe('  key: value');
    expect(excerpt?.marker).toBe('  ^^^');
  });

  it('cuts a very long line around the column', () => {
    const long = `${'a'.repeat(500)}BAD${'b'.repeat(500)}`;
    const excerpt = excerptFor(long, { ...bad, line: 1, column: 501, endLine: 1, endColumn: 504 })!;
    expect(excerpt.text.length).toBeLessThanOrEqual(122);
    expect(excerpt.text.startsWith('…')).toBe(true);
    expect(excerpt.text.endsWith('…')).toBe(true);
    expect(excerpt.text.slice(excerpt.marker.indexOf('^'), excerpt.marker.length)).toBe('BAD');
  });

  it('handles CRLF line endings', () => {
    expect(excerptFor('a\r\nbcd\r\n', { ...bad, line: 2, column: 2, endLine: 2, endColumn: 3 })?.text).toBe(
      'bcd',
    );
  });
});

describe('formatSummary and formatPrettyReport', () => {
  const warning: Diagnostic = {
    ...bad,
    severity: 'warning',
    rule: 'unused-actor',
    message: 'actor "x" is never mentioned',
  };

  it('counts problems per kind and files', () => {
    expect(formatSummary({ files: 2, errors: 1, warnings: 2, infos: 0, unreadable: 0 }, plain)).toBe(
      'Found 1 error, 2 warnings in 2 files.',
    );
    expect(formatSummary({ files: 1, errors: 0, warnings: 0, infos: 0, unreadable: 0 }, plain)).toBe(
      'No problems found in 1 file.',
    );
  });

  it('says when --strict makes warnings fail', () => {
    expect(
      formatSummary({ files: 1, errors: 0, warnings: 1, infos: 0, unreadable: 0 }, plain, { strict: true }),
    ).toContain('--strict');
  });

  it('lists diagnostics in source order and unreadable files as one line each', () => {
    const reports: FileReport[] = [
      { file: 'tj.brief.md', source, diagnostics: [{ ...warning, line: 6, column: 1 }, bad] },
      { file: 'missing.brief.md', diagnostics: [], ioError: 'missing.brief.md: no such file or directory' },
    ];
    const text = formatPrettyReport(reports, plain);
    expect(text.indexOf('tj.brief.md:3:12')).toBeLessThan(text.indexOf('tj.brief.md:6:1'));
    expect(text).toContain('error  missing.brief.md: no such file or directory');
    expect(text.trimEnd().split('\n').at(-1)).toBe('Found 1 error, 1 warning, 1 unreadable in 2 files.');
  });
});

describe('excerptFor across lines', () => {
  it('underlines to the end of the line when the span continues on later lines', () => {
    const excerpt = excerptFor('abc\ndef', { ...bad, line: 1, column: 2, endLine: 2, endColumn: 2 });
    expect(excerpt?.marker).toBe(' ^^');
  });
});
