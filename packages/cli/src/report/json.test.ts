import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { formatJsonReport } from './json.js';

const warning: Diagnostic = {
  file: 'a.brief.md',
  line: 4,
  column: 3,
  severity: 'warning',
  rule: 'unused-source',
  message: 'source "s" is never cited',
};

describe('formatJsonReport', () => {
  it('is one JSON document with diagnostics per file and a summary', () => {
    const parsed = JSON.parse(
      formatJsonReport([
        { file: 'a.brief.md', source: 'x', diagnostics: [warning, { ...warning, line: 1 }] },
        { file: 'b.brief.md', diagnostics: [], ioError: 'b.brief.md: no such file or directory' },
      ]),
    );
    expect(parsed.files.map((f: { file: string }) => f.file)).toEqual(['a.brief.md', 'b.brief.md']);
    expect(parsed.files[0].diagnostics.map((d: Diagnostic) => d.line)).toEqual([1, 4]);
    expect(parsed.files[0]).not.toHaveProperty('source');
    expect(parsed.files[1].error).toContain('no such file');
    expect(parsed.summary).toEqual({ files: 2, errors: 0, warnings: 2, infos: 0, unreadable: 1, ok: false });
  });

  it('fails warnings only under strict', () => {
    const reports = [{ file: 'a.brief.md', diagnostics: [warning] }];
    expect(JSON.parse(formatJsonReport(reports)).summary.ok).toBe(true);
    expect(JSON.parse(formatJsonReport(reports, { strict: true })).summary.ok).toBe(false);
  });
});
