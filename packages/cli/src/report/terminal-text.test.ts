import { describe, expect, it } from 'vitest';
import { terminalText } from './terminal-text.js';

describe('terminalText', () => {
  it('shows line breaks, escape sequences and other controls as escapes', () => {
    expect(terminalText('a\nb\r\nc\td')).toBe('a\\nb\\r\\nc\\td');
    expect(terminalText('\u001b[2K\u001b[1A\u0007\u0000\u007f\u009b')).toBe(
      '\\x1b[2K\\x1b[1A\\x07\\x00\\x7f\\x9b',
    );
    expect(terminalText('x\u2028y\u2029z')).toBe('x\\u2028y\\u2029z');
  });

  it('shows the bidi overrides and isolates that reorder a line', () => {
    expect(terminalText('report\u202Efdp.exe')).toBe('report\\u202efdp.exe');
    expect(terminalText('\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d')).toBe(
      '\\u2066\\u2067\\u2068\\u2069\\u202a\\u202b\\u202c\\u202d',
    );
  });

  it('leaves ordinary text alone, right-to-left scripts and their marks included', () => {
    for (const text of [
      'tj.brief.md',
      'Душанбе',
      'تاجیکستان\u200f',
      'İstanbul',
      'C:\\briefs\\tj.brief.md',
      '',
    ]) {
      expect(terminalText(text)).toBe(text);
    }
  });
});
