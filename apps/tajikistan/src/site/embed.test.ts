import { describe, expect, it } from 'vitest';
import { embedSnippet, siteUrl } from './embed.js';

describe('embedSnippet', () => {
  it('is three lines: a comment naming the brief, the element bundle, the element pointing at the JSON', () => {
    const snippet = embedSnippet({
      bundleUrl: 'https://briefs.example.org/embed/bundle.js',
      briefUrl: 'https://briefs.example.org/brief.json',
      title: 'Tajikistan: New challenges to security',
    });
    expect(snippet.split('\n')).toEqual([
      '<!-- Tajikistan: New challenges to security -->',
      '<script type="module" src="https://briefs.example.org/embed/bundle.js"></script>',
      '<security-brief src="https://briefs.example.org/brief.json"></security-brief>',
    ]);
  });

  it('keeps a hostile title or address from ending the comment or breaking out of the attribute', () => {
    const snippet = embedSnippet({
      bundleUrl: 'https://x.org/a".js',
      briefUrl: 'https://x.org/b.json?a=1&b=<2>',
      title: 'A --> <script>alert(1)</script>',
    });
    const [comment, script, element] = snippet.split('\n');
    expect(comment?.indexOf('-->')).toBe(comment?.lastIndexOf('-->'));
    expect(comment).not.toContain('<script');
    expect(script).toBe('<script type="module" src="https://x.org/a&quot;.js"></script>');
    expect(element).toBe('<security-brief src="https://x.org/b.json?a=1&amp;b=&lt;2>"></security-brief>');
  });
});

describe('siteUrl', () => {
  it('resolves a path under the site address, with or without a trailing slash', () => {
    expect(siteUrl('https://x.org/briefs', 'brief.json')).toBe('https://x.org/briefs/brief.json');
    expect(siteUrl('http://localhost:4173/', 'embed/bundle.js')).toBe(
      'http://localhost:4173/embed/bundle.js',
    );
  });
});
