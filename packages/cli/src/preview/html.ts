/** Escapes text for HTML element content and attribute values: brief content is data, never markup. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Puts `markup` just before `</body>` (or at the end of a document without one). */
export function beforeBodyEnd(document: string, markup: string): string {
  const index = document.toLowerCase().lastIndexOf('</body>');
  return index === -1
    ? `${document}${markup}`
    : `${document.slice(0, index)}${markup}${document.slice(index)}`;
}

/** Puts `markup` just before `</head>` (or at the start of a document without one). */
export function beforeHeadEnd(document: string, markup: string): string {
  const index = document.toLowerCase().indexOf('</head>');
  return index === -1
    ? `${markup}${document}`
    : `${document.slice(0, index)}${markup}${document.slice(index)}`;
}
