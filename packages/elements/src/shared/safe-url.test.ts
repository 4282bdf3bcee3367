import { describe, expect, it } from 'vitest';
import { safeHref, safeImageSrc } from './safe-url.js';

describe('safeHref', () => {
  it('lets http, https and mailto through', () => {
    expect(safeHref('https://www.osce.org/')).toBe('https://www.osce.org/');
    expect(safeHref('  HTTP://example.org/a b ')).toBe('http://example.org/a%20b');
    expect(safeHref('mailto:press@example.org')).toBe('mailto:press@example.org');
  });
  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript&colon;alert(1)',
    '%6Aavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/',
    '/relative/path',
    '#',
    '',
    '   ',
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeUndefined();
  });
  it('refuses what is not a string', () => {
    expect(safeHref(undefined)).toBeUndefined();
    expect(safeHref({ toString: () => 'https://x.org' })).toBeUndefined();
  });
});

describe('safeImageSrc', () => {
  it('allows web and inline images only', () => {
    expect(safeImageSrc('https://example.org/a.png')).toBe('https://example.org/a.png');
    expect(safeImageSrc("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E")).toMatch(
      /^data:image\/svg/,
    );
    expect(safeImageSrc('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeImageSrc('javascript:alert(1)')).toBeUndefined();
  });
});
