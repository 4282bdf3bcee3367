import type { Inline, Section } from '@briefkit/schema';
import type { Heading, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Path } from '../rules/rule.js';
import { toBlock } from './blocks.js';
import { type BodyContext, placeOf, unsupported } from './context.js';
import { isComment, toInline } from './inline.js';
import { slugBase, splitHeadingId, uniqueSlug } from './slug.js';

export interface BodyResult {
  lede: Inline | undefined;
  sections: Section[];
}

const idPattern = /^[a-z0-9](?:[a-z0-9._-]{0,126}[a-z0-9])?$/;

/**
 * The front matter's source ids act as link definitions: `[words][src-id]` needs no definition line. They are
 * appended after the author's text so every position in it stays where it is.
 */
export function withSourceDefinitions(body: string, sourceIds: Iterable<string>): string {
  const lines: string[] = [];
  for (const id of sourceIds) if (idPattern.test(id)) lines.push(`[${id}]: source:${id}`);
  return lines.length ? `${body}\n\n${lines.join('\n')}\n` : body;
}

function headingTitle(node: Heading, ctx: BodyContext): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'inlineCode') {
      unsupported(ctx, child, 'headings are plain text: remove the code formatting');
      text += child.value;
    } else if (child.type === 'html' && isComment(child.value)) continue;
    else {
      unsupported(
        ctx,
        child,
        `headings are plain text: remove the ${child.type === 'link' || child.type === 'linkReference' ? 'link' : 'formatting'}`,
      );
      const flat = (n: { value?: string; children?: unknown[] }): string =>
        typeof n.value === 'string' ? n.value : (n.children ?? []).map((c) => flat(c as typeof n)).join('');
      text += flat(child as { children?: unknown[] });
    }
  }
  return text.replace(/\s*\r?\n\s*/g, ' ');
}

/** Maps the parsed body to the lede and the nested sections, recording positions as it goes. */
export function compileBody(
  tree: Root,
  ctx: BodyContext,
  bodyStart: { line: number; column: number },
  reserved: Iterable<string>,
): BodyResult {
  let lede: Inline | undefined;
  let ledeCount = 0;
  const sections: Section[] = [];
  const stack: { level: number; section: Section; path: Path }[] = [];
  const auto: { section: Section; title: string }[] = [];
  const used = new Set<string>(reserved);

  const content = (node: RootContent) => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (node.type === 'paragraph') {
        ledeCount++;
        if (ledeCount === 1) {
          ctx.record(['lede'], node);
          lede = toInline(node.children, ctx, ['lede']);
        } else {
          unsupported(
            ctx,
            node,
            'the lede is one paragraph: join the paragraphs before the first heading, or start a ## section',
          );
        }
      } else if (node.type === 'definition' || (node.type === 'html' && isComment(node.value))) {
        // nothing to map
      } else {
        unsupported(
          ctx,
          node,
          `only one paragraph, the lede, comes before the first ## heading; this ${node.type} must go in a section`,
        );
      }
      return;
    }
    const path = [...top.path, 'content', top.section.content.length];
    const block = toBlock(node, ctx, path);
    if (block) {
      ctx.record(path, node);
      top.section.content.push(block);
    }
  };

  for (const node of tree.children) {
    if (node.position && node.position.start.line > ctx.authorLines) continue;
    if (node.type !== 'heading') {
      content(node);
      continue;
    }
    let level = node.depth;
    if (level === 1) {
      unsupported(
        ctx,
        node,
        'a # heading is not used: the title is in the front matter; start sections with ##',
      );
      level = 2;
    }
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    const expected = (parent?.level ?? 1) + 1;
    if (level > expected) {
      ctx.report({
        rule: 'heading-level-skip',
        message: `this heading skips from level ${expected - 1} to ${level}: use ${'#'.repeat(expected)}`,
        ...(placeOf(node) ? { at: placeOf(node)! } : {}),
      });
    }
    const { title, id } = splitHeadingId(headingTitle(node, ctx));
    const section: Section = { id: id ?? '', title, content: [] };
    let path: Path;
    if (parent) {
      parent.section.sections ??= [];
      path = [...parent.path, 'sections', parent.section.sections.length];
      parent.section.sections.push(section);
    } else {
      path = ['sections', sections.length];
      sections.push(section);
    }
    ctx.record(path, node);
    ctx.record([...path, 'title'], node);
    ctx.record([...path, 'id'], node);
    if (id === undefined) auto.push({ section, title });
    else used.add(id);
    stack.push({ level, section, path });
  }
  // Headings without {#id} get slugs that collide with nothing declared anywhere.
  for (const { section, title } of auto) section.id = uniqueSlug(slugBase(title), used);
  if (lede === undefined) ctx.record(['lede'], { line: bodyStart.line, column: bodyStart.column });
  return { lede, sections };
}

export function parseBody(text: string): Root {
  return fromMarkdown(text);
}
