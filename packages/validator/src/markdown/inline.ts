import type { Mark, Span } from '@briefkit/schema';
import type { Link, LinkReference, Node, PhrasingContent, Text } from 'mdast';
import { describeKind, type Path } from '../rules/rule.js';
import { type BodyContext, placeOf, unsupported } from './context.js';
import { linkTarget, mentionSchemeOf } from './link-target.js';
import { normaliseMarks, sameMarks } from './marks.js';

/** Fields set by an empty link such as `[](claim:id)` in a quote attribution or figure caption. */
export interface Markers {
  speaker?: string;
  claim?: string;
  source?: string;
}

export interface InlineOptions {
  /** Which empty-link markers this inline accepts, and where they are collected. */
  markers?: { accept: readonly ('actor' | 'claim' | 'source')[]; found: Markers };
}

const MAX_MARK_DEPTH = 16;
const unresolvedPattern = /\[([^[\]\n]+)\]\[([^[\]\n]*)\]/g;

export function isComment(html: string): boolean {
  return /^\s*<!--[\s\S]*-->\s*$/.test(html);
}

function textSpan(text: string, marks: readonly Mark[]): Span {
  return marks.length ? { type: 'text', text, marks: [...marks] } : { type: 'text', text };
}

interface Flat {
  text: string;
  marks: Mark[];
  problem?: { node: Node; message: string };
}

/** The words of a link and their formatting, which must be uniform: a span has one set of marks. */
function flatten(nodes: readonly PhrasingContent[]): Flat {
  const pieces: { text: string; marks: Mark[] }[] = [];
  let problem: Flat['problem'];
  const walk = (list: readonly PhrasingContent[], marks: Mark[], depth: number) => {
    for (const node of list) {
      if (node.type === 'text') pieces.push({ text: node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' '), marks });
      else if (node.type === 'inlineCode')
        pieces.push({ text: node.value, marks: normaliseMarks([...marks, 'code']) });
      else if (node.type === 'break') pieces.push({ text: ' ', marks });
      else if ((node.type === 'emphasis' || node.type === 'strong') && depth < MAX_MARK_DEPTH) {
        walk(node.children, normaliseMarks([...marks, node.type]), depth + 1);
      } else if (node.type === 'html' && isComment(node.value)) continue;
      else
        problem ??= {
          node,
          message: `a ${node.type} inside link text is not supported: keep link text to words`,
        };
    }
  };
  walk(nodes, [], 0);
  const text = pieces.map((p) => p.text).join('');
  const first = pieces.find((p) => p.text.trim() !== '')?.marks ?? [];
  const uniform = pieces.every((p) => p.text.trim() === '' || sameMarks(p.marks, first));
  if (!uniform) {
    problem ??= {
      node: nodes[0] as Node,
      message: 'mixed formatting inside link text is not kept: format the whole link or none of it',
    };
  }
  return { text, marks: uniform ? first : [], ...(problem ? { problem } : {}) };
}

/** Maps Markdown phrasing content to spans, recording each span's position under `path`. */
export function toInline(
  nodes: readonly PhrasingContent[],
  ctx: BodyContext,
  path: Path,
  options: InlineOptions = {},
): Span[] {
  const out: Span[] = [];
  const push = (span: Span, node: Node) => {
    const last = out[out.length - 1];
    if (span.type === 'text' && last?.type === 'text' && sameMarks(last.marks, span.marks)) {
      last.text += span.text;
      return;
    }
    ctx.record([...path, out.length], node);
    out.push(span);
  };

  const scanUnresolved = (node: Text) => {
    if (!ctx.referencesKnown || !node.value.includes('][')) return;
    const start = node.position?.start;
    const exact =
      start && node.position?.end.offset !== undefined && start.offset !== undefined
        ? node.position.end.offset - start.offset === node.value.length
        : false;
    for (const match of node.value.matchAll(unresolvedPattern)) {
      const words = match[1]!;
      const label = match[2] ?? '';
      const id = (label || words).trim().toLowerCase();
      const kind = ctx.kinds.get(id);
      const before = node.value.slice(0, match.index);
      const at =
        start && exact && !before.includes('\n')
          ? {
              line: start.line,
              column: start.column + match.index,
              endLine: start.line,
              endColumn: start.column + match.index + match[0].length,
            }
          : placeOf(node);
      const scheme = kind ? mentionSchemeOf(kind) : undefined;
      ctx.report({
        rule: 'reference-unresolved',
        message: scheme
          ? `${match[0]} refers to ${describeKind(kind!)}: reference links are for sources; mention it with [${words}](${scheme}:${id})`
          : `${match[0]} cites no declared source: no source has the id "${id}"; add it to sources in the front matter or fix the id`,
        ...(at ? { at } : {}),
      });
    }
  };

  const link = (
    node: Link | LinkReference,
    url: string,
    title: string | null | undefined,
    marks: readonly Mark[],
    withText: boolean,
  ) => {
    const target = linkTarget(url);
    const markers = options.markers;
    if (markers && node.children.length === 0) {
      const scheme =
        target.kind === 'mention' ? target.scheme : target.kind === 'citation' ? 'source' : undefined;
      if (scheme === 'actor' || scheme === 'claim' || scheme === 'source') {
        if (markers.accept.includes(scheme) && target.kind !== 'quote' && target.kind !== 'web') {
          const field = scheme === 'actor' ? 'speaker' : scheme;
          markers.found[field] = target.id;
          ctx.record([...path.slice(0, -1), field], node);
          return;
        }
      }
    }
    const flat = flatten(node.children);
    if (flat.problem) unsupported(ctx, flat.problem.node, flat.problem.message);
    const all = normaliseMarks([...marks, ...flat.marks]);
    const markPart = all.length ? { marks: all } : {};
    const titled = () => {
      if (title) unsupported(ctx, node, `link titles ("${title}") are not kept: remove the quoted title`);
    };
    switch (target.kind) {
      case 'citation':
        push(
          {
            type: 'citation',
            source: target.id,
            ...(withText && flat.text !== '' ? { text: flat.text } : {}),
            ...markPart,
            ...(title ? { locator: title } : {}),
          },
          node,
        );
        break;
      case 'mention': {
        titled();
        const kind = ctx.kinds.get(target.id);
        if (kind !== undefined && mentionSchemeOf(kind) !== target.scheme) {
          ctx.report({
            rule: 'reference-kind',
            message: `"${target.id}" is ${describeKind(kind)}, not ${target.scheme === 'actor' || target.scheme === 'event' ? 'an' : 'a'} ${target.scheme}: write ${mentionSchemeOf(kind) ?? 'source'}:${target.id}`,
            ...(placeOf(node) ? { at: placeOf(node)! } : {}),
          });
        }
        push({ type: 'mention', entity: target.id, text: flat.text, ...markPart }, node);
        break;
      }
      case 'quote': {
        titled();
        if (all.length)
          unsupported(ctx, node, 'quoted words cannot carry emphasis, strong or code formatting: remove it');
        const fields: Markers = {};
        for (const id of target.ids) {
          const kind = ctx.kinds.get(id);
          const field =
            kind === 'actors'
              ? 'speaker'
              : kind === 'sources'
                ? 'source'
                : kind === 'claims' || kind === undefined
                  ? 'claim'
                  : undefined;
          if (field === undefined) {
            ctx.report({
              rule: 'reference-kind',
              message: `"${id}" is ${describeKind(kind!)}: quote: takes a claim, an actor (the speaker) and a source`,
              ...(placeOf(node) ? { at: placeOf(node)! } : {}),
            });
          } else if (fields[field] !== undefined) {
            unsupported(
              ctx,
              node,
              `quote:${target.ids.join(',')} names more than one ${field}: give one claim, one speaker and one source at most`,
            );
          } else fields[field] = id;
        }
        push(
          {
            type: 'quote',
            text: flat.text,
            ...(fields.speaker !== undefined ? { speaker: fields.speaker } : {}),
            ...(fields.claim !== undefined ? { claim: fields.claim } : {}),
            ...(fields.source !== undefined ? { source: fields.source } : {}),
          },
          node,
        );
        break;
      }
      case 'web':
        titled();
        push({ type: 'link', href: target.href, text: flat.text, ...markPart }, node);
        break;
    }
  };

  const visit = (list: readonly PhrasingContent[], marks: readonly Mark[], depth: number) => {
    for (const node of list) {
      switch (node.type) {
        case 'text': {
          scanUnresolved(node);
          const text = node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
          if (text !== '') push(textSpan(text, marks), node);
          break;
        }
        case 'emphasis':
        case 'strong':
          if (depth >= MAX_MARK_DEPTH) {
            unsupported(ctx, node, 'emphasis is nested too deeply: simplify the formatting');
            break;
          }
          visit(node.children, normaliseMarks([...marks, node.type]), depth + 1);
          break;
        case 'inlineCode':
          push(textSpan(node.value, normaliseMarks([...marks, 'code'])), node);
          break;
        case 'break':
          push(textSpan(' ', marks), node);
          break;
        case 'link':
          link(node, node.url, node.title, marks, true);
          break;
        case 'linkReference': {
          const id = node.identifier;
          if (ctx.sourceUrls.has(id)) {
            const flat = node.referenceType === 'full' ? flatten(node.children) : undefined;
            if (flat?.problem) unsupported(ctx, flat.problem.node, flat.problem.message);
            const all = normaliseMarks([...marks, ...(flat?.marks ?? [])]);
            push(
              {
                type: 'citation',
                source: id,
                ...(flat && flat.text !== '' ? { text: flat.text } : {}),
                ...(all.length ? { marks: all } : {}),
              },
              node,
            );
          } else if (id.startsWith('^')) {
            unsupported(
              ctx,
              node,
              'footnotes are not supported: cite a source with [words][source-id] instead',
            );
          } else {
            const definition = ctx.definitions.get(id);
            if (definition) link(node, definition.url, undefined, marks, node.referenceType === 'full');
          }
          break;
        }
        case 'image':
        case 'imageReference':
          unsupported(
            ctx,
            node,
            'images inside running text are not supported: put the image alone in its own paragraph to make a figure',
          );
          break;
        case 'html':
          // One report per element: its closing tag is not news.
          if (!isComment(node.value) && !node.value.startsWith('</'))
            unsupported(ctx, node, 'raw HTML is not allowed in a brief: write it in Markdown');
          break;
        default:
          unsupported(ctx, node, `${(node as Node).type} is not supported in running text`);
      }
    }
  };
  visit(nodes, [], 0);
  return out;
}

/** Phrasing content without the white space it starts with (attribution and caption lines). */
export function trimStartNodes(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const list = [...nodes];
  while (list[0]?.type === 'text') {
    const value = list[0].value.trimStart();
    if (value !== '') {
      list[0] = { ...list[0], value };
      break;
    }
    list.shift();
  }
  return list;
}

/** Drops trailing white space (only at the end, so recorded span positions stay valid). */
export function trimEndInline(spans: Span[]): Span[] {
  const last = spans[spans.length - 1];
  if (last?.type === 'text') {
    last.text = last.text.trimEnd();
    if (last.text === '') spans.pop();
  }
  return spans;
}
