import type { DiagnosticInput } from '../diagnostics.js';
import { LineIndex } from './line-index.js';

/** UTF-8 length of a string, counted without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}

export function sizeProblem(bytes: number, maxBytes: number): DiagnosticInput | undefined {
  if (bytes <= maxBytes) return undefined;
  return {
    rule: 'input-limit',
    message: `the input is ${megabytes(bytes)}, more than the limit of ${megabytes(maxBytes)}: split the brief or raise limits.maxBytes`,
    at: { line: 1, column: 1 },
  };
}

/** Checks what must hold before any parser sees the text: size and the absence of binary data. */
export function guardInput(text: string, maxBytes: number): DiagnosticInput | undefined {
  // Cheap bound first: no string of n UTF-16 units exceeds 3n UTF-8 bytes.
  if (text.length * 3 > maxBytes) {
    const size = sizeProblem(utf8Length(text), maxBytes);
    if (size) return size;
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return {
      rule: 'input-binary',
      message: 'the input contains a NUL byte: it looks like a binary file, not a brief source',
      at: new LineIndex(text).position(nul),
    };
  }
  return undefined;
}
