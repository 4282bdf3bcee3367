import type { ImportMark, Run } from './document.js';

const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u200b\ufeff]/g;
/** Only what must change: a run of two or more, or a single space character other than the space. */
const SPACE = /[ \t\n\f\r]{2,}|[\t\n\f\r]/g;
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u009f\u200b\ufeff]| {2}/;

/** Text as a reader sees it: runs of ASCII white space become one space; control characters go. */
export function cleanText(text: string): string {
  // Most text needs nothing: one look, without the global flag's bookkeeping, before any replacing.
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(CONTROL, '').replace(SPACE, ' ');
}

function sameMarks(a: readonly ImportMark[] | undefined, b: readonly ImportMark[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((m) => y.includes(m));
}

/**
 * Tidies a paragraph's runs: spaces collapsed across run boundaries, none at the ends, none at the edges of
 * a link or a mark (they move outside), adjacent plain runs with the same marks joined, empty runs dropped.
 */
export function tidyRuns(input: readonly Run[]): Run[] {
  const out: Run[] = [];
  let pendingSpace = false;
  const pushText = (text: string, marks: ImportMark[] | undefined) => {
    const prev = out[out.length - 1];
    if (prev?.type === 'text' && sameMarks(prev.marks, marks)) prev.text += text;
    else out.push(marks?.length ? { type: 'text', text, marks } : { type: 'text', text });
  };
  for (const run of input) {
    const text = cleanText(run.text);
    const lead = text.startsWith(' ');
    const trail = text.endsWith(' ');
    const core = text.trim();
    if (core === '') {
      if (text !== '' && out.length > 0) pendingSpace = true;
      if (run.type === 'link' && text === '' && run.href !== '') {
        // A link with no words is still a citation: keep it so the source is not lost.
        out.push({ ...run, text: '' });
      }
      continue;
    }
    if ((lead || pendingSpace) && out.length > 0) pushText(' ', undefined);
    pendingSpace = false;
    if (run.type === 'link')
      out.push(run.marks?.length ? { ...run, text: core } : { type: 'link', text: core, href: run.href });
    else pushText(core, run.marks);
    if (trail) pendingSpace = true;
  }
  // Joining may have left a space-only run between two marked runs: fold it into the plain text around.
  return out.filter((r) => r.type === 'link' || r.text !== '');
}
