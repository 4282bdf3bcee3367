/**
 * What every reader (HTML, DOCX, Markdown, plain text) turns a document into: headings, paragraphs, lists and
 * quotes of plain text and links, each with the line it started on. The brief is written from this alone.
 */
export type ImportMark = 'emphasis' | 'strong' | 'code';

export interface TextRun {
  type: 'text';
  text: string;
  marks?: ImportMark[];
}

export interface LinkRun {
  type: 'link';
  text: string;
  /** The link target as written; empty when there was none. */
  href: string;
  marks?: ImportMark[];
}

export type Run = TextRun | LinkRun;

export interface HeadingBlock {
  type: 'heading';
  /** 1 is the document's title level; the writer shifts levels so the first section is `##`. */
  depth: number;
  text: string;
  line: number;
}

export interface ParagraphBlock {
  type: 'paragraph';
  runs: Run[];
  line: number;
  /** The last source line of the paragraph, where the reader knows it (plain text and Markdown). */
  endLine?: number;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: Run[][];
  line: number;
}

export interface QuoteBlock {
  type: 'quote';
  paragraphs: Run[][];
  line: number;
}

export type ImportBlock = HeadingBlock | ParagraphBlock | ListBlock | QuoteBlock;

/** Something left out or changed on the way in, said to the user at its place in the source. */
export interface ImportWarning {
  /** 1-based; undefined where the source has no lines to point at (a Word document). */
  line?: number;
  column?: number;
  rule: string;
  message: string;
}

export interface ImportedDocument {
  /** The title as the source marks it (`<title>`, a `#` heading); undefined when only the text can tell. */
  title?: string;
  /** The language the source declares (`<html lang>`), if any. */
  language?: string;
  blocks: ImportBlock[];
  /** False for plain text: headings are then found by the short-line rule (see structure.ts). */
  headingsMarked: boolean;
  warnings: ImportWarning[];
}

/** The words of a run list as one string, as a reader sees them. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
