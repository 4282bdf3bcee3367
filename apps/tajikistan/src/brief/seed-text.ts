/**
 * The seed is plain text extracted from the published brief: one paragraph a line, links written
 * `[words](#)` because their targets were lost, `\(`/`\)` escapes from the extraction, and one paragraph split
 * by a page break (the continuation starts in lower case after blank lines).
 */
export interface SeedLink {
  /** The linked words as the publication showed them. */
  words: string;
}

function dropEscapes(text: string): string {
  return text.replace(/\\([()[\]])/g, '$1');
}

/** The seed's paragraphs (title and headings included), page break joined, link syntax dropped. */
export function seedParagraphs(seed: string): string[] {
  const paragraphs: string[] = [];
  for (const raw of seed.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const text = dropEscapes(line.replace(/\[((?:\\.|[^\]\\])*)\]\(#\)/g, '$1'));
    const last = paragraphs.length - 1;
    // A paragraph never starts in lower case: such a line is the rest of the paragraph the page break split.
    if (last >= 0 && /^\p{Ll}/u.test(text)) paragraphs[last] = `${paragraphs[last]} ${text}`;
    else paragraphs.push(text);
  }
  return paragraphs;
}

/** The words of every `[words](#)` link of the seed, in order. */
export function seedLinks(seed: string): SeedLink[] {
  return [...seed.matchAll(/\[((?:\\.|[^\]\\])*)\]\(#\)/g)].map((match) => ({
    words: dropEscapes(match[1] ?? ''),
  }));
}

/**
 * Splits a paragraph into sentences: after `.`, `?` or `!` (and a closing quotation mark) followed by a space and
 * a capital, a digit or an opening quotation mark. A heading has no final stop and stays one sentence.
 */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.?!]['’]?)\s+(?=['‘"“]?[\p{Lu}\p{N}])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** Every sentence of the seed, in order. */
export function seedSentences(seed: string): string[] {
  return seedParagraphs(seed).flatMap(sentences);
}
