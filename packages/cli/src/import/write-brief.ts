import { FORMAT_VERSION, SCHEMA_ID } from '@briefkit/schema';
import type { Run } from './document.js';
import { escapeText, writeRuns } from './markdown-text.js';
import { type IdPool, slugWords } from './slug.js';
import type { ImportedSource, SourceTable } from './sources.js';
import type { BodyBlock, Outline } from './structure.js';
import { type Suggestions, suggestionComment } from './suggestions.js';

/** YAML double-quoted scalars accept JSON string syntax, so any text is written safely. */
const q = (text: string) => JSON.stringify(text);

export interface FrontMatter {
  id: string;
  title: string;
  /** Said above the title when the source gave none. */
  titleNote?: string;
  country: { code: string; name: string };
  /** Said above the country when it was guessed. */
  countryNote?: string;
  published: string;
  publishedNote: string;
  language: string;
  languageNote?: string;
  importedFrom: string;
}

function comment(text: string | undefined): string {
  return text === undefined ? '' : `# ${text}\n`;
}

function sourceLine(s: ImportedSource): string {
  const parts = [`id: ${s.id}`];
  if (s.citedAs !== undefined) parts.push(`citedAs: ${q(s.citedAs)}`);
  if (s.url !== undefined) parts.push(`url: ${q(s.url)}`);
  if (s.linkUnknown) parts.push('linkUnknown: true');
  if (s.note !== undefined) parts.push(`note: ${q(s.note)}`);
  return `  - { ${parts.join(', ')} }\n`;
}

export function writeFrontMatter(
  front: FrontMatter,
  sources: readonly ImportedSource[],
  suggestions: Suggestions,
): string {
  let out = '---\n';
  out += `# yaml-language-server: $schema=${SCHEMA_ID}\n`;
  out += `# Imported from ${front.importedFrom} by briefkit import. Every word of the text is kept;\n`;
  out += '# check the values below, then accept or delete the suggestions at the end of this block.\n';
  out += `formatVersion: ${q(FORMAT_VERSION)}\n`;
  out += `id: ${front.id}\n`;
  out += comment(front.titleNote);
  out += `title: ${q(front.title)}\n`;
  out += comment(front.countryNote);
  out += `country: { code: ${front.country.code}, name: ${q(front.country.name)} }\n`;
  out += comment(front.publishedNote);
  out += `published: ${q(front.published)}\n`;
  out += comment(front.languageNote);
  out += `language: ${front.language}\n`;
  if (sources.length > 0) {
    out +=
      '\n# One source per link of the original; linkUnknown: true where its target was lost or is not a web address.\n';
    out += 'sources:\n';
    for (const s of sources) out += sourceLine(s);
  }
  out += suggestionComment(suggestions);
  return `${out}---\n`;
}

function escapeHeading(title: string, ids: IdPool): string {
  const text = escapeText(title).replace(/(\s)(#+)\s*$/, '$1\\$2');
  // The compiler reads a final `{#…}` as the section's id, escaped or not; an id of its own after it keeps
  // the words in the title.
  return /\{#[^{}\s]*\}\s*$/.test(title)
    ? `${text} {#${ids.take(`heading-${slugWords(title) || 'section'}`)}}`
    : text;
}

function writeBlock(block: BodyBlock, cite: (run: Extract<Run, { type: 'link' }>) => string): string {
  switch (block.type) {
    case 'paragraph':
      return writeRuns(block.runs, cite);
    case 'list':
      return block.items
        .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${writeRuns(item, cite)}`)
        .join('\n');
    case 'quote':
      return block.paragraphs.map((p) => `> ${writeRuns(p, cite)}`).join('\n>\n');
  }
}

/** The Markdown body: lede, then `##`/`###` sections, one paragraph per line, links as citations. */
export function writeBody(outline: Outline, lede: Run[], sources: SourceTable, ids: IdPool): string {
  const cite = (run: Extract<Run, { type: 'link' }>) => sources.cite(run);
  const parts: string[] = [writeRuns(lede, cite)];
  for (const section of outline.sections) {
    if (section.supplied) {
      parts.push(
        '<!-- briefkit import: the source has no heading here; rename this section, or move its paragraphs. -->',
      );
    }
    parts.push(`${'#'.repeat(section.depth)} ${escapeHeading(section.title, ids)}`);
    for (const block of section.blocks) parts.push(writeBlock(block, cite));
  }
  return `${parts.join('\n\n')}\n`;
}
