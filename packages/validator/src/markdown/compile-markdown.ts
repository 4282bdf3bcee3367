import { Brief, ENTITY_COLLECTIONS } from '@briefkit/schema';
import type { Node } from 'mdast';
import { type ResolvedConfig, readConfig } from '../config.js';
import type { DiagnosticInput, DiagnosticSink, Place } from '../diagnostics.js';
import { MarkdownPositions, RecordedPositions } from '../positions.js';
import type { IdKind } from '../rules/rule.js';
import type { ValidatorConfig } from '../types.js';
import { coerceYears } from '../yaml/coerce-dates.js';
import { readYaml } from '../yaml/read-yaml.js';
import { compileBody, parseBody, withSourceDefinitions } from './body.js';
import type { BodyContext } from './context.js';
import { placeOf } from './context.js';
import { firstCrowdedParagraph } from './delimiter-guard.js';
import { firstTooDeepLine } from './depth-guard.js';
import { splitFrontMatter } from './front-matter.js';

/** Markdown allows one level of quote or list; this bound only keeps hostile nesting away from the parser. */
const MAX_MARKDOWN_NESTING = 16;
/** Far more emphasis markers or brackets than any paragraph of prose has; beyond it parsing turns quadratic. */
const MAX_PARAGRAPH_DELIMITERS = 2_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own property even for a name like `__proto__`, which `=` would treat as the prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The Brief's fields in the order the schema declares them, then anything else (which the schema reports).
 * Only own keys count: `toString` or `__proto__` written in the front matter is a field to report, not
 * something every object already has.
 */
export function orderLikeBrief(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(Brief.shape)) if (Object.hasOwn(value, key)) setOwn(out, key, value[key]);
  for (const key of Object.keys(value)) if (!Object.hasOwn(out, key)) setOwn(out, key, value[key]);
  return out;
}

export interface MarkdownResult {
  value: unknown;
  /** Whether the front matter was read (else the schema check would only repeat that it is missing). */
  readable: boolean;
  positions: MarkdownPositions;
  /** Settings from the front matter's `briefkit:` key. */
  settings: ValidatorConfig | undefined;
}

/** `.brief.md` → the candidate Brief value (not yet checked), its positions and its own settings. */
export function compileMarkdown(text: string, config: ResolvedConfig, sink: DiagnosticSink): MarkdownResult {
  const report = (d: DiagnosticInput) => sink.add(d);
  const limits = { maxAliasCount: config.limits.maxAliasCount, maxDepth: config.limits.maxDepth };
  const split = splitFrontMatter(text);
  const bodyStart: Place = { line: split.bodyStartLine, column: 1 };
  const recorded = new RecordedPositions();
  if (split.problem)
    report({
      rule: 'front-matter',
      message: split.problem.message,
      at: { line: split.problem.line, column: 1 },
    });

  let front: Record<string, unknown> = {};
  let frontOk = false;
  let settings: ValidatorConfig | undefined;
  const read = split.yaml !== undefined ? readYaml(split.yaml, limits, report, 'front matter') : undefined;
  const positions = new MarkdownPositions(read?.positions, recorded, bodyStart);
  if (read?.ok) {
    if (isRecord(read.value)) {
      front = read.value;
      frontOk = true;
    } else {
      report({
        rule: 'front-matter',
        message: 'the front matter must be a mapping of fields (formatVersion: "1.0", id: …, title: …)',
        at: { line: 2, column: 1 },
      });
    }
  }
  if ('briefkit' in front) {
    const { config: own, problems } = readConfig(front.briefkit, 'document');
    settings = own;
    for (const problem of problems) {
      report({
        rule: problem.rule ?? 'config-invalid',
        message: `briefkit settings: ${problem.message}`,
        at: positions.locate(['briefkit', ...problem.path]) ?? bodyStart,
      });
    }
    delete front.briefkit;
  }
  for (const key of ['lede', 'sections']) {
    if (key in front) {
      report({
        rule: 'front-matter',
        message: `"${key}" comes from the Markdown body (${key === 'lede' ? 'the paragraph before the first heading' : 'the ## headings'}): remove it from the front matter`,
        at: read?.positions?.locateKey([], key) ?? { line: 1, column: 1 },
      });
      delete front[key];
    }
  }
  coerceYears(front);

  // What the body may refer to.
  const kinds = new Map<string, IdKind>();
  const sourceUrls = new Map<string, string | undefined>();
  for (const collection of ENTITY_COLLECTIONS) {
    const list = front[collection];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!isRecord(item) || typeof item.id !== 'string') continue;
      if (!kinds.has(item.id)) kinds.set(item.id, collection);
      if (collection === 'sources')
        sourceUrls.set(item.id, typeof item.url === 'string' ? item.url : undefined);
    }
  }

  let lede: unknown;
  let sections: unknown = [];
  let bodyRead = true;
  const deep = firstTooDeepLine(split.body, MAX_MARKDOWN_NESTING);
  const crowded =
    deep === undefined ? firstCrowdedParagraph(split.body, MAX_PARAGRAPH_DELIMITERS) : undefined;
  if (deep !== undefined) {
    report({
      rule: 'input-limit',
      message: `quotes or lists are nested more than ${MAX_MARKDOWN_NESTING} levels deep here: a brief allows one level`,
      at: { line: deep, column: 1 },
    });
    bodyRead = false;
  } else if (crowded !== undefined) {
    report({
      rule: 'input-limit',
      message: `this paragraph has more than ${MAX_PARAGRAPH_DELIMITERS} emphasis markers (* _) or brackets ([): split it into paragraphs or escape them with \\`,
      at: { line: crowded, column: 1 },
    });
    bodyRead = false;
  } else {
    const tree = parseBody(withSourceDefinitions(split.body, sourceUrls.keys()));
    const definitions = new Map<string, { url: string; line: number }>();
    for (const node of tree.children) {
      if (node.type !== 'definition' || (node.position?.start.line ?? 0) > split.lineCount) continue;
      const at = placeOf(node as Node);
      if (node.identifier.startsWith('^')) {
        report({
          rule: 'markdown-unsupported',
          message: 'footnotes are not supported: cite a source with [words][source-id] instead',
          ...(at ? { at } : {}),
        });
        continue;
      }
      if (!definitions.has(node.identifier))
        definitions.set(node.identifier, { url: node.url, line: at?.line ?? 1 });
      if (sourceUrls.has(node.identifier)) {
        const url = sourceUrls.get(node.identifier);
        if (node.url !== `source:${node.identifier}` && node.url !== url) {
          report({
            rule: 'source-definition-mismatch',
            message: url
              ? `this definition links "${node.identifier}" to ${node.url}, but the source's url is ${url}: make them agree or delete this line`
              : `this definition links "${node.identifier}" to ${node.url}, but the source has no url: add url: ${node.url} to the source or delete this line`,
            ...(at ? { at } : {}),
          });
        }
      }
    }
    const ctx: BodyContext = {
      kinds,
      sourceUrls,
      definitions,
      referencesKnown: frontOk,
      authorLines: split.lineCount,
      limits,
      report,
      record: (path, node) => recorded.record(path, 'type' in node ? placeOf(node) : node),
      delegate: (prefix, inner, map) => recorded.delegate(prefix, inner, map),
    };
    const body = compileBody(tree, ctx, bodyStart, kinds.keys());
    lede = body.lede;
    sections = body.sections;
  }
  const value = orderLikeBrief({ ...front, ...(lede !== undefined ? { lede } : {}), sections });
  return { value, readable: frontOk && bodyRead, positions, settings };
}
