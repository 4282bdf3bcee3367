import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, describeFsError } from './errors.js';

/**
 * Larger files are refused before reading. The validator applies its own (configurable, smaller) byte limit
 * with a located diagnostic; this cap only keeps a mistaken path (a disk image, a log) out of memory.
 */
export const MAX_SOURCE_BYTES = 256 * 1024 * 1024;

export interface SourceFile {
  /** The path as the user wrote it, used in every message. */
  file: string;
  absolutePath: string;
  text: string;
}

/** Line and column (1-based) of a byte offset, for pointing at the first byte that is not text. */
function positionOf(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** Decodes UTF-8 text; binary content is refused with the place of the first offending byte. */
export function decodeSource(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new CliError(`${file}: not a text file (a NUL byte at ${positionOf(bytes, nul)})`, {
      hint: 'A brief source is UTF-8 text: .brief.md, .brief.yaml or .brief.json.',
    });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(
      `${file}: not UTF-8 text (an invalid byte at ${positionOf(bytes, firstInvalidByte(bytes))})`,
      {
        hint: 'Save the file as UTF-8.',
      },
    );
  }
}

function isValidPrefix(bytes: Uint8Array, length: number): boolean {
  try {
    // `stream` tolerates a sequence cut at the end of the prefix, so only a truly invalid byte fails.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Binary search for the first invalid byte: a prefix stays invalid once it contains one. */
function firstInvalidByte(bytes: Uint8Array): number {
  if (isValidPrefix(bytes, bytes.length)) return Math.max(0, bytes.length - 1);
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const mid = (valid + invalid) >>> 1;
    if (isValidPrefix(bytes, mid)) valid = mid;
    else invalid = mid;
  }
  // The byte that made the prefix fail may end a sequence whose lead byte came earlier: point at the lead.
  const position = invalid - 1;
  for (let back = 1; back <= 3 && position - back >= 0; back++) {
    const byte = bytes[position - back]!;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return back < length ? position - back : position;
    }
    if (byte < 0x80) break;
  }
  return position;
}

/** Reads a source file, turning every way it can fail into one clear line. */
export async function readSource(file: string, cwd: string): Promise<SourceFile> {
  const absolutePath = resolve(cwd, file);
  let size: number;
  try {
    const info = await stat(absolutePath);
    if (info.isDirectory()) throw new CliError(`${file}: is a directory, not a brief source file`);
    if (!info.isFile()) throw new CliError(`${file}: is not a regular file`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw describeFsError(error, file);
  }
  if (size > MAX_SOURCE_BYTES) {
    throw new CliError(`${file}: ${Math.round(size / 1024 / 1024)} MB is too large for a brief source`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    throw describeFsError(error, file);
  }
  return { file, absolutePath, text: decodeSource(bytes, file) };
}
