import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { ImportBlock, ImportedDocument, ImportMark, ImportWarning, Run } from './document.js';
import { cleanText, tidyRuns } from './runs.js';

/** Elements whose content is never text of the brief. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'select',
  'button',
  'input',
  'textarea',
  'head',
  'link',
  'meta',
]);
/** Of those, the ones whose loss the user is told about (the rest never hold a brief's text). */
const DROPPED_LOUDLY: Record<string, string> = {
  script: 'a <script> was left out: scripts are never imported',
  iframe: 'an <iframe> was left out: embedded pages are not imported',
  object: 'an <object> was left out: embedded content is not imported',
  embed: 'an <embed> was left out: embedded content is not imported',
};

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'body',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'html',
  'main',
  'nav',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'hr',
]);
const MARK_OF: Record<string, ImportMark> = {
  em: 'emphasis',
  i: 'emphasis',
  cite: 'emphasis',
  strong: 'strong',
  b: 'strong',
  code: 'code',
  kbd: 'code',
  samp: 'code',
};
const HEADING = /^h([1-6])$/;
const BLANK = /^[ \t\n\f\r]*$/;
/** Schemes that run code when followed; such a link keeps its words and loses its target. */
const SCRIPT_SCHEME = /^(?:javascript|vbscript|data):/i;

function lineOf(node: { position?: { start: { line: number; column: number } } | undefined }) {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : {};
}

function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** What the browser follows: leading and trailing spaces and embedded tabs and newlines are ignored. */
function normaliseHref(href: string): string {
  return href.replace(/[\t\n\r]/g, '').trim();
}

function plainText(nodes: readonly (ElementContent | RootContent)[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element' && !DROPPED.has(node.tagName)) {
      text += node.tagName === 'br' ? ' ' : plainText(node.children);
    }
  }
  return text;
}

class HtmlReader {
  readonly blocks: ImportBlock[] = [];
  readonly warnings: ImportWarning[] = [];
  private runs: Run[] = [];
  private runsLine = 0;
  /** Open containers that collect paragraphs instead of emitting them. */
  private list: { ordered: boolean; items: Run[][]; line: number } | undefined;
  private quote: { paragraphs: Run[][]; line: number } | undefined;
  private tableWarned = false;
  private imageWarned = false;

  warn(node: Element, rule: string, message: string): void {
    this.warnings.push({ ...lineOf(node), rule, message });
  }

  /** Ends the paragraph being collected, if it has any words. */
  flush(): void {
    const runs = tidyRuns(this.runs);
    this.runs = [];
    if (runs.length === 0) return;
    if (this.list) {
      this.list.items.push(runs);
      return;
    }
    if (this.quote) {
      this.quote.paragraphs.push(runs);
      return;
    }
    this.blocks.push({ type: 'paragraph', runs, line: this.runsLine });
  }

  private addRun(run: Run, node: { position?: { start: { line: number } } | undefined }): void {
    if (this.runs.length === 0) this.runsLine = node.position?.start.line ?? 1;
    this.runs.push(run);
  }

  private checkHandlers(element: Element): void {
    let handler: string | undefined;
    for (const name in element.properties) {
      // hast names event handler attributes onClick, onLoad, …: a cheap look at the first letters first.
      if (name.charCodeAt(0) === 111 && name.charCodeAt(1) === 110 && /^on[a-z]/i.test(name)) {
        handler = name;
        break;
      }
    }
    if (handler !== undefined) {
      this.warn(
        element,
        'import-script-dropped',
        `the ${handler.toLowerCase()} handler of a <${element.tagName}> was left out: scripts are never imported`,
      );
    }
  }

  walk(nodes: readonly (ElementContent | RootContent)[], marks: ImportMark[]): void {
    for (const node of nodes) {
      if (node.type === 'text') {
        // White space between block elements starts no paragraph.
        if (this.runs.length === 0 && BLANK.test(node.value)) continue;
        this.addRun(
          marks.length ? { type: 'text', text: node.value, marks } : { type: 'text', text: node.value },
          node,
        );
      } else if (node.type === 'element') {
        this.element(node, marks);
      }
    }
  }

  private element(element: Element, marks: ImportMark[]): void {
    const tag = element.tagName;
    this.checkHandlers(element);
    if (DROPPED.has(tag)) {
      const message = DROPPED_LOUDLY[tag];
      if (message !== undefined) this.warn(element, 'import-script-dropped', message);
      return;
    }
    const heading = HEADING.exec(tag);
    if (heading) {
      this.flush();
      const text = cleanText(plainText(element.children)).trim();
      if (text !== '')
        this.blocks.push({
          type: 'heading',
          depth: Number(heading[1]),
          text,
          line: lineOf(element).line ?? 1,
        });
      return;
    }
    if (tag === 'a') {
      this.link(element, marks);
      return;
    }
    if (tag === 'br') {
      this.addRun({ type: 'text', text: ' ' }, element);
      return;
    }
    if (tag === 'img') {
      if (!this.imageWarned) {
        this.imageWarned = true;
        this.warn(element, 'import-image-dropped', 'images are not imported; add them as figures by hand');
      }
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      this.listElement(element, tag === 'ol');
      return;
    }
    if (tag === 'li') {
      this.flush();
      this.walk(element.children, marks);
      this.flush();
      return;
    }
    if (tag === 'blockquote') {
      this.flush();
      if (this.quote || this.list) {
        this.walk(element.children, marks);
        this.flush();
        return;
      }
      this.quote = { paragraphs: [], line: lineOf(element).line ?? 1 };
      this.walk(element.children, marks);
      this.flush();
      const { paragraphs, line } = this.quote;
      this.quote = undefined;
      if (paragraphs.length > 0) this.blocks.push({ type: 'quote', paragraphs, line });
      return;
    }
    if (tag === 'table' && !this.tableWarned) {
      this.tableWarned = true;
      this.warn(element, 'import-table-flattened', 'a table was imported as one paragraph per cell');
    }
    const mark = MARK_OF[tag];
    if (BLOCK.has(tag)) {
      this.flush();
      this.walk(element.children, marks);
      this.flush();
      return;
    }
    this.walk(element.children, mark && !marks.includes(mark) ? [...marks, mark] : marks);
  }

  private listElement(element: Element, ordered: boolean): void {
    this.flush();
    if (this.list || this.quote) {
      // The format has no nested lists: a nested list's items follow the item they were in.
      this.walk(element.children, []);
      this.flush();
      return;
    }
    this.list = { ordered, items: [], line: lineOf(element).line ?? 1 };
    this.walk(element.children, []);
    this.flush();
    const { items, line } = this.list;
    this.list = undefined;
    if (items.length > 0) this.blocks.push({ type: 'list', ordered, items, line });
  }

  private link(element: Element, marks: ImportMark[]): void {
    const href = attribute(element, 'href');
    if (href === undefined) {
      this.walk(element.children, marks);
      return;
    }
    const target = normaliseHref(href);
    const text = plainText(element.children);
    if (SCRIPT_SCHEME.test(target.replace(/\s/g, ''))) {
      const scheme = target.slice(0, target.indexOf(':')).toLowerCase();
      this.warn(
        element,
        'import-script-dropped',
        `a ${scheme}: link was left out (its words are kept as text)`,
      );
      this.walk(element.children, marks);
      return;
    }
    this.addRun(
      marks.length ? { type: 'link', text, href: target, marks } : { type: 'link', text, href: target },
      element,
    );
  }
}

function findElement(root: Root | Element, tag: string): Element | undefined {
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tag) return child;
    const found = findElement(child, tag);
    if (found) return found;
  }
  return undefined;
}

/** Reads HTML with a standards-conforming parser (parse5, through hast) into the import model. */
export function readHtml(html: string): ImportedDocument {
  const tree = fromHtml(html);
  const reader = new HtmlReader();
  const body = findElement(tree, 'body');
  reader.walk(body ? body.children : tree.children, []);
  reader.flush();
  // Scripts in <head> never reach the body walk; they are still worth a word.
  const head = findElement(tree, 'head');
  if (head) {
    for (const child of head.children) {
      if (child.type === 'element' && child.tagName === 'script') {
        reader.warn(child, 'import-script-dropped', DROPPED_LOUDLY.script!);
      }
    }
  }
  const titleElement = head ? findElement(head, 'title') : undefined;
  const title = titleElement ? cleanText(plainText(titleElement.children)).trim() : '';
  const html_ = findElement(tree, 'html');
  const lang = html_ ? attribute(html_, 'lang')?.trim() : undefined;
  reader.warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return {
    ...(title !== '' ? { title } : {}),
    ...(lang ? { language: lang } : {}),
    blocks: reader.blocks,
    headingsMarked: reader.blocks.some((b) => b.type === 'heading'),
    warnings: reader.warnings,
  };
}
