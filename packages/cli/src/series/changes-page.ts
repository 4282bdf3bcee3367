import { escapeHtml } from '@briefkit/elements/ssr';
import { HEADINGS, summarize } from '../diff/format-pretty.js';
import { wordChanges } from '../diff/sentence-diff.js';
import {
  type BriefDiff,
  DIFF_COLLECTIONS,
  type EntityChange,
  type FieldChange,
  type SentenceChange,
} from '../diff/types.js';
import { sitePage } from './site-style.js';
import { briefPath } from './site-urls.js';

const none = (value: string | undefined) => escapeHtml(value ?? '(none)');
const fieldHtml = (f: FieldChange) => `<del>${none(f.old)}</del> → <ins>${none(f.new)}</ins>`;

function reworded(old: string, fresh: string): string {
  return wordChanges(old, fresh)
    .map((part) => {
      const text = escapeHtml(part.text);
      return part.op === 'same' ? text : part.op === 'removed' ? `<del>${text}</del>` : `<ins>${text}</ins>`;
    })
    .join('');
}

function sentence(change: SentenceChange): string {
  switch (change.kind) {
    case 'added':
      return `<li>Added: <ins>${escapeHtml(change.new)}</ins></li>`;
    case 'removed':
      return `<li>Removed: <del>${escapeHtml(change.old)}</del></li>`;
    case 'changed':
      return `<li>Reworded: ${reworded(change.old, change.new)}</li>`;
  }
}

function entityChange(e: EntityChange): string {
  const fields = e.changes.map((f) => `<li>${escapeHtml(f.field)}: ${fieldHtml(f)}</li>`).join('');
  return `<li>Changed: <strong>${escapeHtml(e.label)}</strong> <code>${escapeHtml(e.id)}</code><ul>${fields}</ul></li>`;
}

/**
 * What `briefkit diff` reports between an edition and the one it replaces, as a page of the site: the same
 * findings (metadata, reworded sentences, entities added, removed or changed), marked with `<del>`/`<ins>`.
 */
export function renderChangesPage(diff: BriefDiff, language: string): string {
  const parts: string[] = [];
  const section = (title: string, items: string[]) => {
    if (items.length > 0)
      parts.push(
        `<section><h2>${escapeHtml(title)}</h2><ul class="changes">${items.join('\n')}</ul></section>`,
      );
  };
  section(
    'Metadata',
    diff.metadata.map((f) => `<li>${escapeHtml(f.field)}: ${fieldHtml(f)}</li>`),
  );
  for (const s of diff.text) {
    const where = escapeHtml(s.path.join(' › '));
    if (s.status === 'added')
      section(`Text: ${s.path.join(' › ')}`, [`<li>New section (${s.sentenceCount ?? 0} sentences).</li>`]);
    else if (s.status === 'removed')
      section(`Text: ${s.path.join(' › ')}`, [
        `<li>Section removed (${s.sentenceCount ?? 0} sentences).</li>`,
      ]);
    else {
      const notes = [
        s.oldTitle === undefined ? '' : `<li>The heading was “${escapeHtml(s.oldTitle)}”.</li>`,
        s.moved ? '<li>The section moved.</li>' : '',
        s.referencesChanged ? '<li>Same words; citations or mentions changed.</li>' : '',
      ].filter((n) => n !== '');
      parts.push(
        `<section><h2>Text: ${where}</h2><ul class="changes">${[...notes, ...s.sentences.map(sentence)].join('\n')}</ul></section>`,
      );
    }
  }
  for (const collection of DIFF_COLLECTIONS) {
    const d = diff.collections[collection];
    const ref = (verb: string, tag: 'ins' | 'del') => (e: { id: string; label: string; detail?: string }) =>
      `<li>${verb}: <${tag}>${escapeHtml(e.label)}</${tag}> <code>${escapeHtml(e.id)}</code>${e.detail === undefined ? '' : ` — ${escapeHtml(e.detail)}`}</li>`;
    section(HEADINGS[collection], [
      ...d.added.map(ref('Added', 'ins')),
      ...d.removed.map(ref('Removed', 'del')),
      ...d.changed.map(entityChange),
    ]);
  }
  const title = `What changed: ${diff.new.title}`;
  const edition = (e: BriefDiff['old']) =>
    `<a href="../${briefPath(e.id)}">${escapeHtml(e.title)}</a> (published <time>${escapeHtml(e.published)}</time>${e.asOf === undefined ? '' : `, as of <time>${escapeHtml(e.asOf)}</time>`})`;
  return sitePage({
    lang: language,
    title,
    body: `<nav><a href="../">All briefs</a></nav>
<main>
<h1>${escapeHtml(title)}</h1>
<p>From ${edition(diff.old)} to ${edition(diff.new)}.</p>
<p><strong>${escapeHtml(summarize(diff))}</strong></p>
${parts.join('\n')}
</main>`,
  });
}
