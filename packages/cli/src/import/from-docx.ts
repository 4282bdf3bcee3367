import mammoth from 'mammoth';
import { CliError } from '../errors.js';
import type { ImportedDocument } from './document.js';
import { readHtml } from './from-html.js';

/**
 * A Word document goes through mammoth to HTML (Heading 1–6 styles become h1–h6, hyperlinks links) and then
 * the HTML reader. Its warnings point at no line: the HTML is mammoth's, not the user's.
 */
export async function readDocx(bytes: Uint8Array, file: string): Promise<ImportedDocument> {
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliError(`${file}: could not be read as a Word document (${reason})`, { cause: error });
  }
  const doc = readHtml(result.value);
  const messages = result.messages
    .filter((m) => m.type === 'warning' || m.type === 'error')
    .map((m) => ({ rule: 'import-docx', message: m.message }));
  return { ...doc, warnings: [...doc.warnings.map(({ rule, message }) => ({ rule, message })), ...messages] };
}
