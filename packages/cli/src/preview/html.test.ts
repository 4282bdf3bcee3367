import { describe, expect, it } from 'vitest';
import { beforeBodyEnd, beforeHeadEnd } from './html.js';

// "İ" (U+0130) lowercases to two UTF-16 code units ("i̇"), "ẞ" keeps one; an index found in a lowercased copy
// is off by one for every İ before it.
const shifty = 'İ'.repeat(400);
const doc = `<!doctype html><html><head><title>${shifty}</title></head><body><p>${shifty}</p></body></html>`;

describe('inserting into a page whose text changes length when lowercased', () => {
  it('puts markup right before </head>', () => {
    const out = beforeHeadEnd(doc, '<link rel="x">');
    expect(out).toBe(doc.replace('</head>', '<link rel="x"></head>'));
  });

  it('puts markup right before the last </body>', () => {
    const out = beforeBodyEnd(doc, '<script></script>');
    expect(out).toBe(doc.replace('</body>', '<script></script></body>'));
    expect(out.endsWith('<script></script></body></html>')).toBe(true);
  });

  it('finds the tags in any case', () => {
    expect(beforeHeadEnd('<HEAD></HEAD><BODY></BODY>', 'x')).toBe('<HEAD>x</HEAD><BODY></BODY>');
    expect(beforeBodyEnd('<HEAD></HEAD><BODY></Body>', 'x')).toBe('<HEAD></HEAD><BODY>x</Body>');
  });

  it('adds to the start or end of a document without the tag', () => {
    expect(beforeHeadEnd(`<p>${shifty}</p>`, 'x')).toBe(`x<p>${shifty}</p>`);
    expect(beforeBodyEnd(`<p>${shifty}</p>`, 'x')).toBe(`<p>${shifty}</p>x`);
  });
});
