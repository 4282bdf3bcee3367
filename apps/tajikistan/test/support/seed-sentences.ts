import { readFileSync } from 'node:fs';

/** Words of text as comparable tokens: letters and digits, lower-cased, apostrophes and punctuation dropped. */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * The seed publication's text as a reader should find it: `(#)` link markers dropped, the Markdown escape
 * `\(PDPT\)` shown as "(PDPT)", link brackets removed, and the paragraph split by the page break joined.
 * Returns one string per paragraph (the title and headings are paragraphs too).
 */
export function seedParagraphs(text: string): string[] {
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    .replace(/\(#\)/g, '')
    .replace(/\\([()[\]])/g, '$1')
    .replace(/\[([^\]]*)\]/g, '$1')
    // The page break: a paragraph that ends without closing punctuation continues after the blank lines.
    .replace(/([\p{L},;])[ \t]*\n(?:[ \t]*\n)+[ \t]*(\p{Ll})/gu, '$1 $2');
  return cleaned
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Splits a paragraph into sentences at `.`, `?` or `!` followed by a space and a capital or an opening quote. */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.?!]['’]?)\s+(?=['‘“]?\p{Lu})/u)
    .map((s) => s.trim())
    .filter((s) => tokenize(s).length > 0);
}

export function seedSentences(path: string): string[] {
  return seedParagraphs(readFileSync(path, 'utf8')).flatMap(splitSentences);
}

export interface Found {
  sentence: string;
  /** Token index of the first word in the page's token stream, or -1 when not found after the previous one. */
  start: number;
  end: number;
}

const CITATION_NUMBER = /^\d{1,3}$/;

/**
 * Finds `needle` in `page` at or after `from`, word for word, letting citation numbers (short digit tokens that
 * are not the next expected word) sit between the words. Returns [start, end) or undefined.
 */
export function findTokens(page: string[], needle: string[], from: number): [number, number] | undefined {
  if (needle.length === 0) return [from, from];
  const first = needle[0];
  for (let start = from; start < page.length; start++) {
    if (page[start] !== first) continue;
    const end = matchFrom(page, needle, start + 1, 1);
    if (end !== undefined) return [start, end];
  }
  return undefined;
}

function matchFrom(page: string[], needle: string[], p: number, i: number): number | undefined {
  // Iterative over plain matches, recursive only where a digit token could be either a word or a citation.
  while (i < needle.length) {
    const token = page[p];
    if (token === undefined) return undefined;
    if (token === needle[i]) {
      if (CITATION_NUMBER.test(token)) {
        const taken = matchFrom(page, needle, p + 1, i + 1);
        if (taken !== undefined) return taken;
        p++;
        continue;
      }
      p++;
      i++;
      continue;
    }
    if (CITATION_NUMBER.test(token)) {
      p++;
      continue;
    }
    return undefined;
  }
  return p;
}

/** Looks for every sentence in order; each search starts where the previous sentence ended. */
export function findInOrder(pageText: string, sentences: string[]): Found[] {
  const page = tokenize(pageText);
  let cursor = 0;
  return sentences.map((sentence) => {
    const hit = findTokens(page, tokenize(sentence), cursor);
    if (!hit) return { sentence, start: -1, end: -1 };
    cursor = hit[1];
    return { sentence, start: hit[0], end: hit[1] };
  });
}
