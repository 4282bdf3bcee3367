import type { ImportBlock, ImportedDocument, ImportWarning, ParagraphBlock, Run } from './document.js';
import { runsText } from './document.js';

/** The shape of a brief, before anything is written: title, lede, and sections of blocks. */
export interface Outline {
  title: string | undefined;
  lede: Run[] | undefined;
  sections: OutlineSection[];
  warnings: ImportWarning[];
}

export type BodyBlock = Exclude<ImportBlock, { type: 'heading' }>;

export interface OutlineSection {
  /** 2 for `##`, 3 for `###`, …; never more than one deeper than the heading before. */
  depth: number;
  title: string;
  blocks: BodyBlock[];
  /** True when the source has no heading here and the importer had to give one (said in a comment). */
  supplied?: boolean;
}

/** At most this many words, on one line, for a line of plain text to be taken as a heading. */
export const HEADING_MAX_WORDS = 15;
const HEADING_MAX_CHARS = 150;

/**
 * The short-line rule for plain text: one line of at most 15 words, no link, not starting with a small
 * letter and not ending like a sentence or a clause (`.`, `!`, `,`, `;`, `:`); `?` may end a heading.
 */
export function isHeadingLike(block: ImportBlock): boolean {
  if (block.type !== 'paragraph') return false;
  if (block.endLine !== undefined && block.endLine !== block.line) return false;
  if (block.runs.some((r) => r.type === 'link')) return false;
  const text = runsText(block.runs).trim();
  if (text.length === 0 || text.length > HEADING_MAX_CHARS) return false;
  if (text.split(/\s+/).length > HEADING_MAX_WORDS) return false;
  if (/^\p{Ll}/u.test(text)) return false;
  return !/[.!,;:…]['’"”)]*$/u.test(text);
}

/**
 * A paragraph that stops mid-sentence (a letter, digit, comma or semicolon last) and one that goes on with a
 * small letter are one paragraph cut by a page break: they are joined, and the user is told where.
 */
function joinPageBreaks(blocks: ImportBlock[], warnings: ImportWarning[]): ImportBlock[] {
  const out: ImportBlock[] = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    if (
      prev?.type === 'paragraph' &&
      block.type === 'paragraph' &&
      /[\p{L}\p{N},;]$/u.test(runsText(prev.runs)) &&
      /^\p{Ll}/u.test(runsText(block.runs))
    ) {
      warnings.push({
        line: block.line,
        column: 1,
        rule: 'import-paragraphs-joined',
        message: `this paragraph goes on from the one at line ${prev.line} (it ends mid-sentence), so the two were joined`,
      });
      const runs: Run[] = [...prev.runs, { type: 'text', text: ' ' }, ...block.runs];
      out[out.length - 1] = { ...prev, runs, endLine: block.endLine ?? block.line };
      continue;
    }
    out.push(block);
  }
  return out;
}

/**
 * Plain text has no marked headings: a heading-like line followed by prose — directly, or through more
 * heading-like lines — is a heading. The first heading of a run is `##`; the lines right after it are `###`.
 * The first line of the file, if heading-like, is the title.
 */
function findHeadings(blocks: ImportBlock[]): ImportBlock[] {
  const heading = new Array<boolean>(blocks.length).fill(false);
  for (let i = blocks.length - 2; i >= 0; i--) {
    const next = blocks[i + 1]!;
    heading[i] = isHeadingLike(blocks[i]!) && (!isHeadingLike(next) || heading[i + 1]!);
  }
  return blocks.map((block, i) => {
    if (!heading[i] || block.type !== 'paragraph') return block;
    const text = runsText(block.runs).trim();
    if (i === 0) return { type: 'heading', depth: 1, text, line: block.line };
    return { type: 'heading', depth: heading[i - 1] && i - 1 > 0 ? 3 : 2, text, line: block.line };
  });
}

/**
 * Title, lede and sections from the blocks. The title is the document's one top-level heading when it comes
 * first, else its declared title. The lede is the first paragraph before the first heading.
 */
export function outline(doc: ImportedDocument): Outline {
  const warnings: ImportWarning[] = [];
  let blocks = doc.blocks;
  if (!doc.headingsMarked) blocks = findHeadings(joinPageBreaks(blocks, warnings));

  let title: string | undefined;
  const first = blocks[0];
  if (first?.type === 'heading') {
    const depths = blocks.filter((b) => b.type === 'heading').map((b) => b.depth);
    const top = Math.min(...depths);
    if (first.depth === top && depths.filter((d) => d === top).length === 1) {
      title = first.text;
      blocks = blocks.slice(1);
    }
  }
  title ??= doc.title;

  // Blocks before the first heading: the first paragraph is the lede, the rest open the body.
  const firstHeading = blocks.findIndex((b) => b.type === 'heading');
  const preludeEnd = firstHeading === -1 ? blocks.length : firstHeading;
  const prelude = blocks.slice(0, preludeEnd) as BodyBlock[];
  let rest = blocks.slice(preludeEnd);
  let lede: Run[] | undefined;
  const ledeAt = prelude.findIndex((b) => b.type === 'paragraph');
  if (ledeAt !== -1) {
    lede = (prelude[ledeAt] as ParagraphBlock).runs;
    prelude.splice(ledeAt, 1);
  } else {
    const later = rest.findIndex((b) => b.type === 'paragraph');
    if (later !== -1) {
      const block = rest[later] as ParagraphBlock;
      lede = block.runs;
      rest = [...rest.slice(0, later), ...rest.slice(later + 1)];
      warnings.push({
        line: block.line,
        column: 1,
        rule: 'import-lede-moved',
        message: 'the source has no paragraph before its first heading, so this paragraph became the lede',
      });
    }
  }

  const sections: OutlineSection[] = [];
  if (prelude.length > 0) {
    sections.push({ depth: 2, title: 'Introduction', blocks: prelude, supplied: true });
  }
  const headingDepths = rest.filter((b) => b.type === 'heading').map((b) => b.depth);
  const shift = headingDepths.length > 0 ? Math.min(...headingDepths) - 2 : 0;
  let previousDepth = 1;
  for (const block of rest) {
    if (block.type === 'heading') {
      const depth = Math.min(6, Math.max(2, Math.min(block.depth - shift, previousDepth + 1)));
      previousDepth = depth;
      sections.push({ depth, title: block.text, blocks: [] });
    } else {
      sections[sections.length - 1]!.blocks.push(block);
    }
  }
  return { title, lede, sections, warnings };
}
