import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource, readSource } from './read-source.js';
import { withTempDir } from './test-helpers.js';

describe('readSource', () => {
  it('reads UTF-8 text and drops a byte-order mark', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'a.brief.md'), '\uFEFFtitle: Tajikistan – Душанбе');
      const source = await readSource('a.brief.md', dir);
      expect(source.text).toBe('title: Tajikistan – Душанбе');
      expect(source.absolutePath).toBe(join(dir, 'a.brief.md'));
    }));

  it('names a missing file', () =>
    withTempDir(async (dir) => {
      await expect(readSource('nope.brief.md', dir)).rejects.toThrow(
        'nope.brief.md: no such file or directory',
      );
    }));

  it('names a directory', () =>
    withTempDir(async (dir) => {
      await mkdir(join(dir, 'briefs'));
      await expect(readSource('briefs', dir)).rejects.toThrow(
        'briefs: is a directory, not a brief source file',
      );
    }));
});

describe('decodeSource', () => {
  it('refuses binary content, pointing at the first NUL byte', () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0x63, 0x00, 0x01]);
    expect(() => decodeSource(bytes, 'x.png')).toThrow(
      'x.png: not a text file (a NUL byte at line 2, column 3)',
    );
  });

  it('refuses invalid UTF-8, pointing at the first invalid byte', () => {
    const text = new TextEncoder().encode('ok: é\nnext: ');
    const bytes = new Uint8Array([...text, 0xe9, 0x74, 0xe9]);
    expect(() => decodeSource(bytes, 'latin1.brief.md')).toThrow(
      'latin1.brief.md: not UTF-8 text (an invalid byte at line 2, column 7)',
    );
  });

  it('points at a stray byte after a complete multi-byte character', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('é'), 0xff]);
    expect(() => decodeSource(bytes, 'a')).toThrow('line 1, column 3');
  });

  it('keeps multi-byte characters split nowhere', () => {
    const bytes = new TextEncoder().encode('😀 ok');
    expect(decodeSource(bytes, 'a')).toBe('😀 ok');
  });
});
