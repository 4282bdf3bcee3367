import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, describeFsError } from '../errors.js';
import { decodeSource } from '../read-source.js';
import type { ImportedDocument } from './document.js';
import { readDocx } from './from-docx.js';
import { readHtml } from './from-html.js';
import { readMarkdown, readPlainText } from './from-markdown.js';

export type InputKind = 'html' | 'docx' | 'markdown' | 'text';

/**
 * The largest file imported: the validator's default limit for a source, so that what is written can be
 * validated. A larger document is refused before it is read.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const KINDS: [RegExp, InputKind][] = [
  [/\.(?:html?|xhtml)$/i, 'html'],
  [/\.docx$/i, 'docx'],
  [/\.(?:md|markdown)$/i, 'markdown'],
  [/\.(?:txt|text)$/i, 'text'],
];

export function inputKind(file: string): InputKind {
  if (/\.brief\.(?:md|ya?ml|json)$/i.test(file)) {
    throw new CliError(`${file}: is already a brief source; there is nothing to import`, {
      hint: `Check it with: briefkit validate ${file}`,
    });
  }
  const found = KINDS.find(([pattern]) => pattern.test(file));
  if (found) return found[1];
  const hint = /\.(?:doc|rtf|odt|pdf)$/i.test(file)
    ? 'Save it as .docx (Word) or .html first, then import that file.'
    : 'briefkit imports .html, .htm, .docx, .md and .txt files; rename the file if it is one of those.';
  throw new CliError(`${file}: cannot import this kind of file`, { hint });
}

export interface ImportInput {
  kind: InputKind;
  bytes: number;
  document: ImportedDocument;
  /** The decoded text, for showing the line a warning is about; undefined for a Word document. */
  text?: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads and parses a document to import; every way that can fail is one clear line. */
export async function readInput(
  file: string,
  cwd: string,
  onLarge?: (bytes: number) => void,
  largeAt = Number.POSITIVE_INFINITY,
): Promise<ImportInput> {
  const kind = inputKind(file);
  const path = resolve(cwd, file);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`${file}: is a directory, not a file`);
    if (!info.isFile()) throw new CliError(`${file}: is not a regular file`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw describeFsError(error, file);
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new CliError(
      `${file}: ${(size / 1024 / 1024).toFixed(0)} MB is too large to import (at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`,
      { hint: 'Split the document into briefs of a reasonable length and import each.' },
    );
  }
  if (size === 0) throw new CliError(`${file}: is empty; there is nothing to import`);
  if (size >= largeAt) onLarge?.(size);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw describeFsError(error, file);
  }
  if (kind === 'docx') {
    if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
      throw new CliError(
        `${file}: is not a Word .docx document (a .docx file is a ZIP archive, and this is not one)`,
      );
    }
    return { kind, bytes: size, document: await readDocx(bytes, file) };
  }
  const text = decodeSource(bytes, file).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new CliError(`${file}: has only white space; there is nothing to import`);
  const document =
    kind === 'html' ? readHtml(text) : kind === 'markdown' ? readMarkdown(text) : readPlainText(text);
  return { kind, bytes: size, document, text };
}
