import { Brief, type BriefIssue, checkBrief, MAX_SECTION_DEPTH, Section } from '@briefkit/schema';
import { z } from 'zod';
import { compileAssert } from './compile-assert.js';

/** A schema problem with its JSON path; `key` names an unknown field so it can be pointed at. */
export type SchemaIssue = BriefIssue;

export type SchemaResult = { brief: Brief; issues: [] } | { brief: undefined; issues: SchemaIssue[] };

type Validator = (input: unknown) => boolean;

let fast: { brief: Validator; section: Validator } | null | undefined;

/**
 * Tests compiled from the schema for the brief with its sections left open, and for one section: sections are
 * walked here, iteratively, so their depth is bounded before anything recurses. The tests only answer valid or
 * not, building nothing (zod's own compiled parser copies every span and list). Compiling uses `new Function`;
 * where that is refused (strict CSP, `z.config({ jitless: true })`) or the schema uses a construct the compiler
 * does not know, the runtime parser does everything.
 */
function fastValidators(): typeof fast {
  if (fast !== undefined) return fast;
  fast = null;
  try {
    if (z.config().jitless) return fast;
    const shallowBrief = Brief.extend({ sections: z.array(z.unknown()) });
    const shallowSection = (Section as unknown as z.ZodObject).extend({
      sections: z.array(z.unknown()).optional(),
    });
    fast = {
      brief: compileAssert(shallowBrief),
      section: compileAssert(shallowSection),
    };
  } catch {
    fast = null;
  }
  return fast;
}

/** True when the fast path proves the value a valid Brief; false means "ask the full parser". */
function quickCheck(value: unknown): boolean {
  const v = fastValidators();
  if (!v) return false;
  if (!v.brief(value)) return false;
  const stack: { list: unknown[]; depth: number }[] = [{ list: (value as Brief).sections, depth: 1 }];
  while (stack.length > 0) {
    const { list, depth } = stack.pop()!;
    if (depth > MAX_SECTION_DEPTH) return false;
    for (const section of list) {
      if (!v.section(section)) return false;
      const sub = (section as { sections?: unknown[] }).sections;
      if (sub) stack.push({ list: sub, depth: depth + 1 });
    }
  }
  return true;
}

/**
 * Checks a value against the canonical Brief schema. A valid value is returned as it is (the schema only
 * accepts plain data, so there is nothing to copy or strip). Never throws.
 */
export function checkSchema(value: unknown): SchemaResult {
  try {
    if (quickCheck(value)) return { brief: value as Brief, issues: [] };
    // Everything else (wrong types, unknown versions, nesting too deep) is worded by the schema package itself.
    const result = checkBrief(value);
    return result.ok ? { brief: result.brief, issues: [] } : { brief: undefined, issues: result.issues };
  } catch (error) {
    return {
      brief: undefined,
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
