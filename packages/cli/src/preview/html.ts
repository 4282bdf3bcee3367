/** Escapes text for HTML element content and attribute values: brief content is data, never markup. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Positions are found in the document itself, case-insensitively: a lowercased copy can be longer than the
// original ("İ" lowercases to two characters), and its positions would then cut the original in the wrong place.
const HEAD_END = /<\/head>/i;
const BODY_END = /<\/body>/gi;

/** Puts `markup` just before the last `</body>` (or at the end of a document without one). */
export function beforeBodyEnd(document: string, markup: string): string {
  let index = -1;
  for (const match of document.matchAll(BODY_END)) index = match.index;
  return index === -1
    ? `${document}${markup}`
    : `${document.slice(0, index)}${markup}${document.slice(index)}`;
}

/** Puts `markup` just before the first `</head>` (or at the start of a document without one). */
export function beforeHeadEnd(document: string, markup: string): string {
  const index = document.search(HEAD_END);
  return index === -1
    ? `${markup}${document}`
    : `${document.slice(0, index)}${markup}${document.slice(index)}`;
}
