// Helpers for the import tests: run a document through the importer and the validator in memory.
import type { Brief, Inline } from '@briefkit/schema';
import { compileSource } from '@briefkit/validator';
import type { ImportedDocument } from './document.js';
import { importDocument } from './import-document.js';

export const NOW = new Date(2026, 11, 3);

export function importToText(doc: ImportedDocument, country = { code: 'TJ', name: 'Tajikistan' }): string {
  return importDocument(doc, { file: 'test.txt', now: NOW, country }).markdown;
}

/** Compiles a written brief; fails the test with its errors when it does not compile. */
export function compiled(markdown: string): Brief {
  const result = compileSource(markdown, { file: 'test.brief.md' });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (result.brief === undefined || errors.length > 0) {
    throw new Error(
      `does not compile:\n${errors.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}\n${markdown}`,
    );
  }
  return result.brief;
}

/** The words of inline content as a reader sees them. */
export function inlineText(spans: Inline): string {
  return spans.map((s) => ('text' in s && s.text !== undefined ? s.text : '')).join('');
}
