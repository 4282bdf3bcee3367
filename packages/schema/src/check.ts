import { Brief } from './brief.js';
import { type BriefIssue, describeIssue } from './issues.js';
import { SUPPORTED_MAJORS } from './version.js';

export type CheckResult = { ok: true; brief: Brief; issues: [] } | { ok: false; issues: BriefIssue[] };

/** Deeper section nesting than this is refused before validation (no brief needs it; it guards the stack). */
export const MAX_SECTION_DEPTH = 32;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Finds a section nested deeper than the limit, iteratively (a cyclic object is caught the same way). */
function tooDeep(root: Record<string, unknown>): (string | number)[] | undefined {
  const stack: { node: unknown; path: (string | number)[]; depth: number }[] = [
    { node: root.sections, path: ['sections'], depth: 1 },
  ];
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop()!;
    if (!Array.isArray(node)) continue;
    if (depth > MAX_SECTION_DEPTH) return path;
    for (let i = 0; i < node.length; i++) {
      const child = node[i];
      if (isRecord(child) && 'sections' in child) {
        stack.push({ node: child.sections, path: [...path, i, 'sections'], depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/** Reads the major of a `formatVersion` and refuses unknown ones with the list of supported versions. */
export function checkFormatVersion(doc: unknown): BriefIssue | undefined {
  if (!isRecord(doc)) return undefined;
  const version = doc.formatVersion;
  if (typeof version !== 'string') return undefined;
  const major = Number(/^(\d+)\./.exec(version)?.[1]);
  if (Number.isInteger(major) && !(SUPPORTED_MAJORS as readonly number[]).includes(major)) {
    return {
      path: ['formatVersion'],
      code: 'unsupported-format-version',
      message: `formatVersion "${version}" is not supported; this version of @briefkit/schema reads ${SUPPORTED_MAJORS.map((m) => `${m}.x`).join(', ')}${major < 1 ? ' (run migrate() on pre-release documents)' : ' (upgrade @briefkit/schema to read it)'}`,
    };
  }
  return undefined;
}

/**
 * Checks any value against the canonical Brief schema. Never throws: malformed, cyclic or hostile input
 * comes back as issues with JSON paths.
 */
export function checkBrief(value: unknown): CheckResult {
  try {
    if (!isRecord(value)) {
      return {
        ok: false,
        issues: [
          { path: [], code: 'invalid-type', message: 'a brief must be a JSON object (a mapping of fields)' },
        ],
      };
    }
    const version = checkFormatVersion(value);
    if (version) return { ok: false, issues: [version] };
    const deep = tooDeep(value);
    if (deep) {
      return {
        ok: false,
        issues: [
          {
            path: deep,
            code: 'too-deep',
            message: `sections are nested more than ${MAX_SECTION_DEPTH} levels deep; flatten the outline`,
          },
        ],
      };
    }
    const result = Brief.safeParse(value);
    if (result.success) return { ok: true, brief: result.data, issues: [] };
    return { ok: false, issues: result.error.issues.map(describeIssue) };
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'unreadable',
          message: `the document could not be checked (${error instanceof Error ? error.message : String(error)})`,
        },
      ],
    };
  }
}

/** Type guard form of {@link checkBrief}. */
export function isBrief(value: unknown): value is Brief {
  return checkBrief(value).ok;
}
