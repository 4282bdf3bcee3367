import type { Block, Brief, Inline, Mark, Section, Span } from '@briefkit/schema';
import { ENTITY_COLLECTIONS, type EntityCollection, SCHEMA_ID } from '@briefkit/schema';
import type { BlockContent, Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import { collectionScheme } from '../markdown/link-target.js';
import { slugBase } from '../markdown/slug.js';

interface Printing {
  kinds: Map<string, string>;
  /** How often each id is declared (entities and sections). */
  counts: Map<string, number>;
}

/** The marks as nested Markdown nodes around `inner` (emphasis outside strong; code is the leaf). */
function wrap(marks: readonly Mark[] | undefined, inner: PhrasingContent): PhrasingContent {
  let node = inner;
  const list = marks ?? [];
  if (list.includes('strong')) node = { type: 'strong', children: [node] };
  if (list.includes('emphasis')) node = { type: 'emphasis', children: [node] };
  return node;
}

function leaf(text: string, marks: readonly Mark[] | undefined): PhrasingContent {
  return marks?.includes('code') ? { type: 'inlineCode', value: text } : { type: 'text', value: text };
}

function link(
  url: string,
  text: string | undefined,
  marks?: readonly Mark[],
  title?: string,
): PhrasingContent {
  const node: Link = { type: 'link', url, title: title ?? null, children: text ? [leaf(text, marks)] : [] };
  return wrap(marks, node);
}

function span(s: Span, p: Printing): PhrasingContent {
  switch (s.type) {
    case 'text':
      return wrap(s.marks, leaf(s.text, s.marks));
    case 'citation':
      if (s.locator !== undefined) return link(`source:${s.source}`, s.text, s.marks, s.locator);
      return wrap(s.marks, {
        type: 'linkReference',
        identifier: s.source,
        label: s.source,
        referenceType: s.text === undefined ? 'collapsed' : 'full',
        children: [leaf(s.text ?? s.source, s.marks)],
      });
    case 'mention':
      return link(
        `${collectionScheme[(p.kinds.get(s.entity) ?? 'actors') as EntityCollection] ?? 'actor'}:${s.entity}`,
        s.text,
        s.marks,
      );
    case 'quote':
      return link(
        `quote:${[s.claim, s.speaker, s.source].filter((id) => id !== undefined).join(',')}`,
        s.text,
      );
    case 'link':
      return link(s.href, s.text, s.marks);
  }
}

function phrasing(spans: Inline, p: Printing): PhrasingContent[] {
  return spans.map((s) => span(s, p));
}

function marker(scheme: string, id: string): PhrasingContent {
  return { type: 'link', url: `${scheme}:${id}`, title: null, children: [] };
}

function block(b: Block, p: Printing): BlockContent {
  switch (b.type) {
    case 'paragraph':
      return { type: 'paragraph', children: phrasing(b.content, p) };
    case 'quote': {
      const children: BlockContent[] = b.paragraphs.map((para) => ({
        type: 'paragraph',
        children: phrasing(para, p),
      }));
      // What the compiler derives from the attribution's mentions and citations needs no marker.
      let speaker: string | undefined;
      let claim: string | undefined;
      let source: string | undefined;
      for (const s of b.attribution ?? []) {
        if (s.type === 'mention' && p.kinds.get(s.entity) === 'actors') speaker ??= s.entity;
        if (s.type === 'mention' && p.kinds.get(s.entity) === 'claims') claim ??= s.entity;
        if (s.type === 'citation') source ??= s.source;
      }
      const markers: PhrasingContent[] = [];
      if (b.speaker !== undefined && b.speaker !== speaker) markers.push(marker('actor', b.speaker));
      if (b.claim !== undefined && b.claim !== claim) markers.push(marker('claim', b.claim));
      if (b.source !== undefined && b.source !== source) markers.push(marker('source', b.source));
      if (b.attribution || markers.length) {
        const line: PhrasingContent[] = [{ type: 'text', value: '— ' }, ...phrasing(b.attribution ?? [], p)];
        if (markers.length && b.attribution) line.push({ type: 'text', value: ' ' });
        children.push({ type: 'paragraph', children: [...line, ...markers] });
      }
      return { type: 'blockquote', children };
    }
    case 'list':
      return {
        type: 'list',
        ordered: b.ordered,
        spread: false,
        children: b.items.map((item) => ({
          type: 'listItem',
          spread: false,
          children: [{ type: 'paragraph', children: phrasing(item, p) }],
        })),
      };
    case 'key-facts':
      return {
        type: 'code',
        lang: 'key-facts',
        value: stringify(b.title !== undefined ? { title: b.title, facts: b.facts } : b.facts).trimEnd(),
      };
    case 'figure': {
      const children: PhrasingContent[] = [
        { type: 'image', url: b.src, alt: b.alt, title: b.credit ?? null },
      ];
      const caption = b.caption ? phrasing(b.caption, p) : [];
      if (caption.length || b.source !== undefined) children.push({ type: 'text', value: '\n' });
      children.push(...caption);
      if (b.source !== undefined) {
        if (caption.length) children.push({ type: 'text', value: ' ' });
        children.push(marker('source', b.source));
      }
      const paragraph: Paragraph = { type: 'paragraph', children };
      return paragraph;
    }
  }
}

function heading(section: Section, depth: number, p: Printing): RootContent {
  // The id is written only when the compiler would not derive the same one from the title.
  const implicit = slugBase(section.title) === section.id && p.counts.get(section.id) === 1;
  return {
    type: 'heading',
    depth: Math.min(6, depth) as 1 | 2 | 3 | 4 | 5 | 6,
    children: [{ type: 'text', value: implicit ? section.title : `${section.title} {#${section.id}}` }],
  };
}

function sections(list: readonly Section[], depth: number, p: Printing, out: RootContent[]): void {
  for (const section of list) {
    out.push(heading(section, depth, p));
    for (const b of section.content) out.push(block(b, p));
    if (section.sections) sections(section.sections, depth + 1, p, out);
  }
}

/**
 * Prints a canonical Brief as a `.brief.md` (YAML front matter + Markdown body) that compiles back to the same
 * Brief. Marks are written in one order (emphasis, strong, code) and soft line breaks become spaces, so a brief
 * whose spans differ only in those respects comes back normalised.
 */
export function formatBriefMarkdown(brief: Brief): string {
  const { lede, sections: body, ...front } = brief;
  const kinds = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const collection of ENTITY_COLLECTIONS) {
    for (const entity of brief[collection] ?? []) {
      if (!kinds.has(entity.id)) kinds.set(entity.id, collection);
      counts.set(entity.id, (counts.get(entity.id) ?? 0) + 1);
    }
  }
  const countSections = (list: readonly Section[]) => {
    for (const s of list) {
      counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
      if (s.sections) countSections(s.sections);
    }
  };
  countSections(body);
  const p: Printing = { kinds, counts };
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: phrasing(lede, p) }] };
  sections(body, 2, p, tree.children);
  const markdown = toMarkdown(tree, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    fence: '`',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
    resourceLink: true,
  });
  const yaml = stringify(front, { lineWidth: 0 });
  // The schema comment gives editors completion and checking in the front matter (yaml-language-server).
  return `---\n# yaml-language-server: $schema=${SCHEMA_ID}\n${yaml}---\n\n${markdown}`;
}
