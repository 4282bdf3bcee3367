import type { ImportMark, Run } from './document.js';

/**
 * Writing Markdown text so that CommonMark reads back exactly these characters. Backslash escapes are valid
 * before any ASCII punctuation, so escaping more than strictly needed is safe; what is escaped is what could
 * start a construct: emphasis, code, links, autolinks and HTML, character references, and at the start of a
 * line, headings, quotes, lists and the validator's `{#id}` heading suffix. (The writer is a few lines where
 * mdast-util-to-markdown would be the one step slower than parsing the whole HTML page: see bench/.)
 */
const SPECIAL = /[\\`*_[\]<>&{!]/;

export function escapeText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text
    .replace(/[\\`*_[\]<>]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/\{#/g, '\\{#')
    .replace(/!(?=\\\[)/g, '\\!');
}

/** What would make the start of a line a block construct instead of text. */
export function escapeLineStart(markdown: string): string {
  return markdown
    .replace(/^([#>+=~-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/^( +)/, '');
}

const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/**
 * CommonMark opens `*` only where it is left-flanking and closes it only where right-flanking; when the
 * characters around a marked run would defeat that, the marks are left off rather than written as stray `*`.
 */
function delimiterWorks(before: string, inner: string, after: string): boolean {
  const first = inner[0] ?? '';
  const last = inner[inner.length - 1] ?? '';
  const opens =
    !SPACE.test(first) && (!PUNCT.test(first) || before === '' || SPACE.test(before) || PUNCT.test(before));
  const closes =
    !SPACE.test(last) && (!PUNCT.test(last) || after === '' || SPACE.test(after) || PUNCT.test(after));
  return opens && closes;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad =
    text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function marked(
  text: string,
  marks: readonly ImportMark[] | undefined,
  before: string,
  after: string,
): string {
  const list = marks ?? [];
  let out = list.includes('code') ? codeSpan(text) : escapeText(text);
  if (list.includes('code')) return out;
  if (!delimiterWorks(before, text, after)) return out;
  if (list.includes('strong')) out = `**${out}**`;
  if (list.includes('emphasis')) out = `*${out}*`;
  return out;
}

/** A paragraph's runs as one line of Markdown; `cite` gives the source id each link cites. */
export function writeRuns(
  runs: readonly Run[],
  cite: (run: Extract<Run, { type: 'link' }>) => string,
): string {
  let out = '';
  runs.forEach((run, i) => {
    const before = i === 0 ? '' : (runs[i - 1]!.text.slice(-1) ?? '');
    const after = runs[i + 1]?.text[0] ?? '';
    if (run.type === 'link') {
      const id = cite(run);
      const words = run.text === '' ? '' : marked(run.text, run.marks, '', '');
      out += words === '' ? `[${id}][]` : `[${words}][${id}]`;
    } else {
      out += marked(run.text, run.marks, before, after);
    }
  });
  return escapeLineStart(out);
}
