import { embedSnippet } from './embed.js';

/**
 * The snippet is built at build time with the site's configured address; once the page runs, the address it
 * was actually served from is the one a reader can paste, so the code box is rewritten with it.
 */
export function localiseEmbedSnippet(doc: Document = document): void {
  const code = doc.getElementById('embed-snippet');
  const bundle = code?.dataset.bundle;
  const brief = code?.dataset.brief;
  if (!code || !bundle || !brief) return;
  code.textContent = embedSnippet({
    bundleUrl: new URL(bundle, doc.baseURI).href,
    briefUrl: new URL(brief, doc.baseURI).href,
    title: code.dataset.title ?? '',
  });
}
