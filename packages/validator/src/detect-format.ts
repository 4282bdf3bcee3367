import type { SourceFormat } from './types.js';

/** The source format a file name implies: `.brief.md`/`.md`, `.yaml`/`.yml`, `.json`; otherwise undefined. */
export function detectFormat(fileName: string): SourceFormat | undefined {
  const name = String(fileName).toLowerCase();
  if (/\.(?:md|markdown)$/.test(name)) return 'markdown';
  if (/\.ya?ml$/.test(name)) return 'yaml';
  if (/\.json$/.test(name)) return 'json';
  return undefined;
}
