import type { z } from 'zod';

/** One problem found in a document, located by its JSON path. */
export interface BriefIssue {
  /** JSON path from the document root, e.g. `["events", 3, "date"]`. */
  path: (string | number)[];
  /** Stable kebab-case code, e.g. `invalid-type`, `unknown-field`, `unsupported-format-version`. */
  code: string;
  /** What is wrong and what to do, in an author's words. */
  message: string;
  /** For `unknown-field`: the first unknown key, so an editor or a source map can point at it. */
  key?: string;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping of fields',
  array: 'a list',
};

function fieldName(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  return typeof last === 'string' ? `"${last}"` : 'this value';
}

function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** Turns a zod issue into author language: what is wrong and what to write instead. */
export function describeIssue(issue: z.core.$ZodIssue): BriefIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = fieldName(path);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        return { path, code: 'missing-field', message: `${field} is required` };
      }
      const expected = typeNames[issue.expected] ?? issue.expected;
      return { path, code: 'invalid-type', message: `${field} must be ${expected}` };
    }
    case 'unrecognized_keys':
      return {
        path,
        code: 'unknown-field',
        ...(issue.keys[0] === undefined ? {} : { key: issue.keys[0] }),
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${list(issue.keys)}: check the spelling or remove ${issue.keys.length > 1 ? 'them' : 'it'}`,
      };
    case 'invalid_value':
      return {
        path,
        code: 'invalid-value',
        message: `${field} must be one of ${list(issue.values)}`,
      };
    case 'invalid_union': {
      const disc = (issue as { discriminator?: string }).discriminator;
      if (disc) {
        const at = path[path.length - 1] === disc ? path : [...path, disc];
        return { path: at, code: 'invalid-value', message: `"${disc}" is missing or not a known kind` };
      }
      return { path, code: 'invalid-type', message: `${field} is not in any accepted form` };
    }
    case 'too_small': {
      if (issue.origin === 'array') {
        return { path, code: 'too-small', message: `${field} must have at least ${issue.minimum} item(s)` };
      }
      if (issue.origin === 'string') {
        return { path, code: 'empty-text', message: `${field} must not be empty` };
      }
      return { path, code: 'out-of-range', message: `${field} must be at least ${issue.minimum}` };
    }
    case 'too_big': {
      if (issue.origin === 'string' || issue.origin === 'array') {
        return { path, code: 'too-big', message: `${field} is too long (at most ${issue.maximum})` };
      }
      return { path, code: 'out-of-range', message: `${field} must be at most ${issue.maximum}` };
    }
    case 'invalid_format':
      return { path, code: 'invalid-format', message: `${field} ${issue.message}` };
    default:
      return { path, code: 'invalid', message: `${field} ${issue.message}` };
  }
}
