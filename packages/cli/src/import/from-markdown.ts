import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { ImportBlock, ImportedDocument, ImportMark, ImportWarning, Run } from './document.js';
import { cleanText, tidyRuns } from './runs.js';

/**
 * Plain text is read with the same CommonMark parser, with every construct off but paragraphs, links and
 * backslash escapes: a line starting with `#`, `-` or four spaces is text there, not a heading, list or code.
 */
const PLAIN_TEXT = {
  disable: {
    null: [
      'attention',
      'autolink',
      'blockQuote',
      'characterReference',
      'codeFenced',
      'codeIndented',
      'codeText',
      'definition',
      'headingAtx',
      'htmlFlow',
      'htmlText',
      'labelStartImage',
      'list',
      'setextUnderline',
      'thematicBreak',
    ],
  },
};

const MARK_OF: Partial<Record<string, ImportMark>> = { emphasis: 'emphasis', strong: 'strong' };

function toText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('children' in node) return node.children.map((c) => toText(c as Nodes)).join('');
  if (node.type === 'break') return ' ';
  return '';
}

class MarkdownReader {
  readonly blocks: ImportBlock[] = [];
  readonly warnings: ImportWarning[] = [];
  private readonly definitions = new Map<string, string>();

  constructor(root: Root) {
    const collect = (node: Nodes) => {
      if (node.type === 'definition') this.definitions.set(node.identifier, node.url);
      if ('children' in node) for (const c of node.children) collect(c as Nodes);
    };
    collect(root);
  }

  private warn(node: Nodes, rule: string, message: string): void {
    const start = node.position?.start;
    this.warnings.push({ ...(start ? { line: start.line, column: start.column } : {}), rule, message });
  }

  private phrasing(nodes: readonly PhrasingContent[], marks: ImportMark[], out: Run[]): Run[] {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          out.push(
            marks.length ? { type: 'text', text: node.value, marks } : { type: 'text', text: node.value },
          );
          break;
        case 'inlineCode':
          out.push({ type: 'text', text: node.value, marks: [...marks, 'code'] });
          break;
        case 'break':
          out.push({ type: 'text', text: ' ' });
          break;
        case 'emphasis':
        case 'strong': {
          const mark = MARK_OF[node.type]!;
          this.phrasing(node.children, marks.includes(mark) ? marks : [...marks, mark], out);
          break;
        }
        case 'link':
          out.push(this.link(node, node.url, toText(node), marks));
          break;
        case 'linkReference': {
          const url = this.definitions.get(node.identifier);
          if (url === undefined) this.phrasing(node.children, marks, out);
          else out.push(this.link(node, url, toText(node), marks));
          break;
        }
        case 'image':
        case 'imageReference':
          this.warn(node, 'import-image-dropped', 'an image was left out (its alternative text is kept)');
          if (node.alt) out.push({ type: 'text', text: node.alt });
          break;
        case 'html':
          this.warn(node, 'import-html-dropped', 'inline HTML was left out');
          break;
        default:
          out.push({ type: 'text', text: toText(node as Nodes) });
      }
    }
    return out;
  }

  private link(node: Nodes, url: string, text: string, marks: ImportMark[]): Run {
    const scheme = /^\s*(javascript|vbscript|data):/i.exec(url.replace(/[\t\n\r]/g, ''));
    if (scheme) {
      this.warn(
        node,
        'import-script-dropped',
        `a ${scheme[1]!.toLowerCase()}: link was left out (its words are kept as text)`,
      );
      return marks.length ? { type: 'text', text, marks } : { type: 'text', text };
    }
    return marks.length
      ? { type: 'link', text, href: url.trim(), marks }
      : { type: 'link', text, href: url.trim() };
  }

  private runsOf(node: Nodes): Run[] {
    if (node.type === 'paragraph' || node.type === 'heading')
      return tidyRuns(this.phrasing(node.children, [], []));
    return tidyRuns([{ type: 'text', text: toText(node) }]);
  }

  block(node: RootContent, into?: Run[][]): void {
    const line = node.position?.start.line ?? 1;
    const push = (runs: Run[]) => {
      if (runs.length === 0) return;
      if (into) into.push(runs);
      else this.blocks.push({ type: 'paragraph', runs, line, endLine: node.position?.end.line ?? line });
    };
    switch (node.type) {
      case 'heading': {
        const text = cleanText(toText(node)).trim();
        if (into) push(this.runsOf(node));
        else if (text !== '') this.blocks.push({ type: 'heading', depth: node.depth, text, line });
        return;
      }
      case 'paragraph':
        push(this.runsOf(node));
        return;
      case 'list': {
        const items: Run[][] = [];
        for (const item of node.children) for (const child of item.children) this.block(child, items);
        if (into) for (const item of items) into.push(item);
        else if (items.length > 0)
          this.blocks.push({ type: 'list', ordered: node.ordered === true, items, line });
        return;
      }
      case 'blockquote': {
        const paragraphs: Run[][] = [];
        for (const child of node.children) this.block(child, paragraphs);
        if (into) for (const p of paragraphs) into.push(p);
        else if (paragraphs.length > 0) this.blocks.push({ type: 'quote', paragraphs, line });
        return;
      }
      case 'code':
        push(tidyRuns([{ type: 'text', text: node.value, marks: ['code'] }]));
        return;
      case 'html':
        if (!/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) {
          this.warn(
            node,
            'import-html-dropped',
            'raw HTML was left out; import the page as .html to keep it',
          );
        }
        return;
      case 'definition':
      case 'thematicBreak':
        return;
      case 'table':
        this.warn(node, 'import-table-flattened', 'a table was imported as one paragraph per cell');
        for (const row of node.children)
          for (const cell of row.children) push(tidyRuns(this.phrasing(cell.children, [], [])));
        return;
      default:
        push(this.runsOf(node as Nodes));
    }
  }
}

function read(text: string, plain: boolean): ImportedDocument {
  const root = plain ? fromMarkdown(text, { extensions: [PLAIN_TEXT] }) : fromMarkdown(text);
  const reader = new MarkdownReader(root);
  for (const node of root.children) reader.block(node);
  return {
    blocks: reader.blocks,
    headingsMarked: !plain && reader.blocks.some((b) => b.type === 'heading'),
    warnings: reader.warnings,
  };
}

/** CommonMark, with `#` headings, lists, quotes, emphasis and links (inline or by reference). */
export function readMarkdown(text: string): ImportedDocument {
  return read(text, false);
}

/** Plain text: paragraphs between blank lines, `[words](target)` links and `\(` escapes (see PLAIN_TEXT). */
export function readPlainText(text: string): ImportedDocument {
  return read(text, true);
}
