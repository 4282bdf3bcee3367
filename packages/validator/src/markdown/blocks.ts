import type { Block, Inline, KeyFactsBlock } from '@briefkit/schema';
import type { Blockquote, Code, List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Path } from '../rules/rule.js';
import { readYaml } from '../yaml/read-yaml.js';
import { type BodyContext, placeOf, unsupported } from './context.js';
import { isComment, type Markers, toInline, trimEndInline, trimStartNodes } from './inline.js';

const attributionDash = /^\s*(?:—|--)\s*/;

/** A paragraph that starts with an image is a figure: the image, then an optional caption line. */
function figure(node: Paragraph, ctx: BodyContext, path: Path): Block | undefined {
  const [first, ...rest] = node.children;
  if (first?.type !== 'image') return undefined;
  const found: Markers = {};
  const caption = trimEndInline(
    toInline(trimStartNodes(rest), ctx, [...path, 'caption'], { markers: { accept: ['source'], found } }),
  );
  return {
    type: 'figure',
    src: first.url,
    alt: first.alt ?? '',
    ...(caption.length ? { caption } : {}),
    ...(first.title ? { credit: first.title } : {}),
    ...(found.source !== undefined ? { source: found.source } : {}),
  };
}

/** Tables are not CommonMark: they arrive as paragraphs of pipes. */
function looksLikeTable(node: Paragraph): boolean {
  const first = node.children[0];
  if (first?.type !== 'text') return false;
  const lines = first.value.split('\n');
  return lines.length > 1 && lines[0]!.trimStart().startsWith('|') && /^\s*\|?\s*:?-{3,}/.test(lines[1]!);
}

function paragraph(node: Paragraph, ctx: BodyContext, path: Path): Block {
  if (looksLikeTable(node)) {
    unsupported(ctx, node, 'tables are not supported: use a list, or a key-facts block for figures');
  }
  return (
    figure(node, ctx, path) ?? {
      type: 'paragraph',
      content: toInline(node.children, ctx, [...path, 'content']),
    }
  );
}

function quote(node: Blockquote, ctx: BodyContext, path: Path): Block {
  const paragraphs: Inline[] = [];
  const kids = node.children.filter((c) => !(c.type === 'html' && isComment(c.value)));
  const last = kids[kids.length - 1];
  const firstOfLast = last?.type === 'paragraph' ? last.children[0] : undefined;
  const hasAttribution =
    kids.length > 0 && firstOfLast?.type === 'text' && attributionDash.test(firstOfLast.value);
  const body = hasAttribution ? kids.slice(0, -1) : kids;
  for (const child of body) {
    if (child.type === 'paragraph') {
      paragraphs.push(toInline(child.children, ctx, [...path, 'paragraphs', paragraphs.length]));
    } else {
      unsupported(
        ctx,
        child,
        child.type === 'blockquote'
          ? 'quotes inside quotes are not supported'
          : `a ${child.type} inside a quote is not supported: a quote holds paragraphs`,
      );
    }
  }
  const block: Extract<Block, { type: 'quote' }> = { type: 'quote', paragraphs };
  if (hasAttribution && last?.type === 'paragraph' && firstOfLast?.type === 'text') {
    const nodes: PhrasingContent[] = [
      { ...firstOfLast, value: firstOfLast.value.replace(attributionDash, '') },
      ...last.children.slice(1),
    ];
    const found: Markers = {};
    const attribution = trimEndInline(
      toInline(trimStartNodes(nodes), ctx, [...path, 'attribution'], {
        markers: { accept: ['actor', 'claim', 'source'], found },
      }),
    );
    // A mention of an actor or claim, or a citation, in the attribution says who spoke, unless a marker did.
    for (const span of attribution) {
      if (span.type === 'mention') {
        const kind = ctx.kinds.get(span.entity);
        if (kind === 'actors') found.speaker ??= span.entity;
        if (kind === 'claims') found.claim ??= span.entity;
      } else if (span.type === 'citation') found.source ??= span.source;
    }
    if (attribution.length) block.attribution = attribution;
    if (found.speaker !== undefined) block.speaker = found.speaker;
    if (found.claim !== undefined) block.claim = found.claim;
    if (found.source !== undefined) block.source = found.source;
  }
  return block;
}

function list(node: List, ctx: BodyContext, path: Path): Block {
  const items: Inline[] = [];
  for (const item of node.children) {
    const itemPath = [...path, 'items', items.length];
    ctx.record(itemPath, item);
    const [first, ...rest] = item.children;
    for (const extra of rest) {
      unsupported(
        ctx,
        extra,
        extra.type === 'list'
          ? 'nested lists are not supported: make it a flat list'
          : 'a list item holds one paragraph: join the paragraphs or make a new item',
      );
    }
    if (first && first.type !== 'paragraph') {
      unsupported(
        ctx,
        first,
        first.type === 'list'
          ? 'nested lists are not supported: make it a flat list'
          : `a ${first.type} inside a list item is not supported`,
      );
    }
    items.push(first?.type === 'paragraph' ? toInline(first.children, ctx, itemPath) : []);
  }
  return { type: 'list', ordered: node.ordered ?? false, items };
}

function keyFacts(node: Code, ctx: BodyContext, path: Path): Block {
  const startLine = node.position?.start.line ?? 1;
  let value = node.value;
  if ((node.position?.end.line ?? 0) > ctx.authorLines) {
    // An unclosed fence runs to the end of the text: keep only the author's lines.
    value = value
      .split('\n')
      .slice(0, Math.max(0, ctx.authorLines - startLine))
      .join('\n');
  }
  const read = readYaml('\n'.repeat(startLine) + value, ctx.limits, ctx.report, 'key-facts YAML');
  const data = read.value;
  const block = { type: 'key-facts' } as KeyFactsBlock & Record<string, unknown>;
  if (Array.isArray(data)) {
    block.facts = data as string[];
    if (read.positions) ctx.delegate([...path, 'facts'], read.positions, (rest) => rest);
  } else if (typeof data === 'object' && data !== null) {
    Object.assign(block, data);
    block.type = 'key-facts';
    if (read.positions) ctx.delegate(path, read.positions, (rest) => rest);
  } else if (read.ok) {
    block.facts = data as string[];
    ctx.report({
      rule: 'schema',
      message: 'a key-facts block holds a YAML list of ids, or { title, facts: [ids] }',
      ...(placeOf(node) ? { at: placeOf(node)! } : {}),
    });
  } else {
    block.facts = [];
  }
  return block;
}

/** Maps one block-level Markdown node to a brief block; undefined for what is reported and left out. */
export function toBlock(node: RootContent, ctx: BodyContext, path: Path): Block | undefined {
  switch (node.type) {
    case 'paragraph':
      return paragraph(node, ctx, path);
    case 'blockquote':
      return quote(node, ctx, path);
    case 'list':
      return list(node, ctx, path);
    case 'code':
      if (node.lang === 'key-facts') return keyFacts(node, ctx, path);
      unsupported(
        ctx,
        node,
        'code blocks are not part of a brief (lines indented by 4 spaces make one too); a ```key-facts block is the only fenced block',
      );
      return undefined;
    case 'html':
      if (!isComment(node.value))
        unsupported(ctx, node, 'raw HTML is not allowed in a brief: write it in Markdown');
      return undefined;
    case 'thematicBreak':
      unsupported(
        ctx,
        node,
        'thematic breaks (---, ***) are not supported: use a ## heading to start a new section',
      );
      return undefined;
    case 'definition':
      return undefined;
    default:
      unsupported(ctx, node, `a ${node.type} is not supported in a brief`);
      return undefined;
  }
}
