import { fullBrief } from '@briefkit/schema/fixtures';
import { describe, expect, test } from 'vitest';
import { compileSource, formatBriefMarkdown, ruleCatalog, validateBrief } from './index.js';

describe('in the browser', () => {
  test('compileSource reads a .brief.md with located diagnostics', () => {
    expect(typeof window).toBe('object');
    const text = formatBriefMarkdown(fullBrief);
    const ok = compileSource(text, { file: 'tj.brief.md' });
    expect(ok.brief).toEqual(fullBrief);
    const bad = compileSource(text.replace('(https://www.osce.org/)', '(javascript:alert(1))'), {
      file: 'tj.brief.md',
    });
    const d = bad.diagnostics.find((x) => x.rule === 'url-scheme');
    expect(d?.severity).toBe('error');
    expect(text.split('\n')[d!.line - 1]).toContain('[OSCE]');
  });

  test('validateBrief checks canonical JSON', () => {
    expect(validateBrief(fullBrief).brief).toBeDefined();
    const result = validateBrief({ ...fullBrief, country: { code: 'QQ', name: 'Nowhere' } });
    expect(result.diagnostics.find((d) => d.rule === 'country-code-unknown')?.path).toEqual([
      'country',
      'code',
    ]);
    expect(ruleCatalog.length).toBeGreaterThan(20);
  });
});
