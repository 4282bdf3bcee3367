/**
 * Runs in the page: the text a reader sees, in document order, crossing into open shadow roots and following
 * slots. Hidden things (display: none, visibility: hidden, `hidden`, visually-hidden screen-reader text,
 * scripts and styles) are left out. Element boundaries other than inline phrasing become spaces, so a
 * superscript number never glues onto the word before it.
 *
 * Self-contained on purpose: Playwright sends its source to the page.
 */
export function visibleText(rootSelector: string): string {
  const PHRASING = new Set([
    'A',
    'ABBR',
    'B',
    'BDI',
    'BDO',
    'CITE',
    'CODE',
    'DATA',
    'DFN',
    'EM',
    'I',
    'KBD',
    'MARK',
    'Q',
    'S',
    'SAMP',
    'SMALL',
    'SPAN',
    'STRONG',
    'TIME',
    'U',
    'VAR',
  ]);
  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'svg']);
  const parts: string[] = [];

  const isVisuallyHidden = (el: Element, style: CSSStyleDeclaration): boolean => {
    if (style.position !== 'absolute' && style.position !== 'fixed') return false;
    const rect = el.getBoundingClientRect();
    return rect.width <= 1 && rect.height <= 1;
  };

  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node as Text).data);
      return;
    }
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      for (const child of node.childNodes) walk(child);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || SKIP.has(el.localName)) return;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || isVisuallyHidden(el, style)) return;
    const boundary = !PHRASING.has(el.tagName);
    if (boundary) parts.push(' ');
    if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      for (const child of assigned.length > 0 ? assigned : [...el.childNodes]) walk(child);
    } else if (el.shadowRoot) {
      walk(el.shadowRoot);
    } else {
      for (const child of el.childNodes) walk(child);
    }
    if (boundary) parts.push(' ');
  };

  const root = document.querySelector(rootSelector);
  if (root) walk(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
