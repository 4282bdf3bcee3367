import { util } from 'zod/v4/core';

/** A zod construct the generator does not know: the caller then leaves the whole check to zod's parser. */
export class UnsupportedSchema extends Error {}

interface ZodNode {
  _zod: { def: Def; values?: ReadonlySet<unknown> };
}

interface Def {
  type: string;
  coerce?: boolean;
  checks?: ZodNode[];
  shape?: Record<string, ZodNode>;
  catchall?: ZodNode;
  element?: ZodNode;
  innerType?: ZodNode;
  options?: ZodNode[];
  discriminator?: string;
  values?: unknown[];
}

interface CheckDef {
  check: string;
  fn?: unknown;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: unknown;
  inclusive?: boolean;
  when?: unknown;
}

// zod gives the size checks a default `when` (skip after an earlier issue); it does not change whether a value
// is valid. Any other `when` is the schema author's own condition, which a plain test cannot honour.
const SIZE_CHECKS = new Set(['min_length', 'max_length']);

function finite(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new UnsupportedSchema('a non-numeric bound');
  return value;
}

/**
 * Writes an allocation-free test of a zod schema as JavaScript: each object schema becomes one function that
 * returns false at the first thing zod would refuse. It accepts exactly what zod's parser accepts for the
 * constructs the brief schema uses (strict objects, strings with length and pattern checks, numbers with
 * bounds, enums, literals, optionals, arrays, unions); anything else throws `UnsupportedSchema`.
 */
class Generator {
  readonly constants: unknown[] = [];
  readonly functions: string[] = [];
  readonly #names = new Map<ZodNode, string>();
  #vars = 0;
  #functions = 0;

  constant(value: unknown): string {
    let i = this.constants.indexOf(value);
    if (i === -1) i = this.constants.push(value) - 1;
    return `k[${i}]`;
  }

  #var(): string {
    return `v${this.#vars++}`;
  }

  #name(node: ZodNode): string {
    const name = `f${this.#functions++}`;
    this.#names.set(node, name);
    return name;
  }

  /** The name of a function `(value) => boolean` for `node`, written once per schema (so recursion works). */
  fn(node: ZodNode): string {
    const type = node._zod.def.type;
    if (type === 'object') return this.#object(node);
    if (type === 'union') return this.#union(node);
    let name = this.#names.get(node);
    if (name) return name;
    name = this.#name(node);
    const lines: string[] = [];
    this.#check(node, 'v', lines);
    this.functions.push(`function ${name}(v) {\n${lines.join('\n')}\nreturn true;\n}`);
    return name;
  }

  /** Appends statements that return false when `at` (a variable) is not valid for `node`. */
  #check(node: ZodNode, at: string, out: string[]): void {
    const def = node._zod.def;
    if (def.coerce) throw new UnsupportedSchema('coercion');
    switch (def.type) {
      case 'string':
        out.push(`if (typeof ${at} !== "string") return false;`);
        if ((def as { format?: string }).format !== undefined) throw new UnsupportedSchema('a string format');
        this.#checks(def, at, out, 'string');
        return;
      case 'number':
        // zod's number refuses NaN and ±Infinity.
        out.push(`if (typeof ${at} !== "number" || !Number.isFinite(${at})) return false;`);
        if ((def as { check?: string }).check !== undefined) throw new UnsupportedSchema('a number format');
        this.#checks(def, at, out, 'number');
        return;
      case 'boolean':
        this.#plain(def);
        out.push(`if (typeof ${at} !== "boolean") return false;`);
        return;
      case 'enum': {
        this.#plain(def);
        const values = node._zod.values;
        if (!values) throw new UnsupportedSchema('an enum without values');
        out.push(`if (!${this.constant(values)}.has(${at})) return false;`);
        return;
      }
      case 'literal': {
        this.#plain(def);
        const values = def.values ?? [];
        if (values.length === 1 && typeof values[0] === 'string') {
          out.push(`if (${at} !== ${JSON.stringify(values[0])}) return false;`);
        } else out.push(`if (!${this.constant(new Set(values))}.has(${at})) return false;`);
        return;
      }
      case 'unknown':
      case 'any':
        this.#plain(def);
        return;
      case 'optional': {
        this.#plain(def);
        // An exact optional refuses an explicit `undefined`; this one accepts it, as zod's `.optional()` does.
        if ((node._zod as { traits?: Set<string> }).traits?.has('$ZodExactOptional'))
          throw new UnsupportedSchema('an exact optional');
        const inner = def.innerType!;
        // A default inside would substitute a value for `undefined`; a plain test cannot.
        if ((inner._zod as { optin?: string }).optin === 'defaulted')
          throw new UnsupportedSchema('a default');
        const body: string[] = [];
        this.#check(inner, at, body);
        out.push(`if (${at} !== undefined) {`, ...body, '}');
        return;
      }
      case 'array': {
        out.push(`if (!Array.isArray(${at})) return false;`);
        this.#checks(def, at, out, 'array');
        const element = def.element!;
        if (element._zod.def.type === 'unknown' || element._zod.def.type === 'any') {
          this.#plain(element._zod.def);
          return;
        }
        const i = this.#var();
        const item = this.#var();
        const body: string[] = [];
        this.#check(element, item, body);
        out.push(
          `for (let ${i} = 0; ${i} < ${at}.length; ${i}++) {`,
          `const ${item} = ${at}[${i}];`,
          ...body,
          '}',
        );
        return;
      }
      case 'object':
        out.push(`if (!${this.#object(node)}(${at})) return false;`);
        return;
      case 'union':
        out.push(`if (!${this.#union(node)}(${at})) return false;`);
        return;
      default:
        throw new UnsupportedSchema(`schema type ${def.type}`);
    }
  }

  /** A type without checks of its own (a check there would be an author's refinement). */
  /**
   * An object's `.refine()` checks, as constants to call: a refinement is a plain function of the value. One
   * with its own condition (`when`) or any other kind of check is left to zod.
   */
  #refinements(def: Def): string[] {
    return (def.checks ?? []).map((check) => {
      const c = check._zod.def as unknown as CheckDef;
      if (c.check !== 'custom' || typeof c.fn !== 'function' || c.when !== undefined)
        throw new UnsupportedSchema(`check ${c.check} on an object`);
      return this.constant(c.fn);
    });
  }

  #plain(def: Def): void {
    if (def.checks?.length) throw new UnsupportedSchema(`checks on ${def.type}`);
  }

  #checks(def: Def, at: string, out: string[], kind: 'string' | 'number' | 'array'): void {
    for (const check of def.checks ?? []) {
      const c = check._zod.def as unknown as CheckDef;
      if (c.when !== undefined && !SIZE_CHECKS.has(c.check))
        throw new UnsupportedSchema('a conditional check');
      if (kind === 'string' && (c.check === 'min_length' || c.check === 'max_length')) {
        // zod measures strings in code points; the UTF-16 length decides it unless surrogate pairs could matter.
        const length = this.constant(util.codePointLength);
        if (c.check === 'min_length') {
          const min = finite(c.minimum);
          out.push(
            `if (${at}.length < ${min} || (${at}.length < ${min * 2} && ${length}(${at}) < ${min})) return false;`,
          );
        } else {
          const max = finite(c.maximum);
          out.push(`if (${at}.length > ${max} && ${length}(${at}) > ${max}) return false;`);
        }
      } else if (kind === 'array' && c.check === 'min_length') {
        out.push(`if (${at}.length < ${finite(c.minimum)}) return false;`);
      } else if (kind === 'array' && c.check === 'max_length') {
        out.push(`if (${at}.length > ${finite(c.maximum)}) return false;`);
      } else if (kind === 'string' && c.check === 'string_format' && c.format === 'regex' && c.pattern) {
        const pattern = this.constant(c.pattern);
        if (c.pattern.global || c.pattern.sticky) out.push(`${pattern}.lastIndex = 0;`);
        out.push(`if (!${pattern}.test(${at})) return false;`);
      } else if (kind === 'number' && (c.check === 'greater_than' || c.check === 'less_than')) {
        const bound = finite(c.value);
        const op = c.check === 'greater_than' ? (c.inclusive ? '<' : '<=') : c.inclusive ? '>' : '>=';
        out.push(`if (${at} ${op} ${bound}) return false;`);
      } else throw new UnsupportedSchema(`check ${c.check} on ${kind}`);
    }
  }

  #object(node: ZodNode): string {
    const known = this.#names.get(node);
    if (known) return known;
    const def = node._zod.def;
    const refinements = this.#refinements(def);
    // Only strict objects: a plain z.object strips unknown keys, which a test that returns the input cannot do.
    if (def.catchall?._zod.def.type !== 'never') throw new UnsupportedSchema('a non-strict object');
    const name = this.#name(node);
    const shape = def.shape!;
    const keys = Object.keys(shape);
    const lines = ['if (typeof v !== "object" || v === null || Array.isArray(v)) return false;'];
    for (const key of keys) {
      const field = shape[key]!;
      const type = field._zod.def.type;
      if (type === 'unknown' || type === 'any') throw new UnsupportedSchema('an unknown field');
      const value = this.#var();
      lines.push(`const ${value} = v[${JSON.stringify(key)}];`);
      this.#check(field, value, lines);
    }
    // Unknown keys are refused. `for…in` also sees inherited enumerable keys, so it refuses a little more than
    // zod (never a plain parsed object); the caller then asks zod itself.
    lines.push(
      'for (const key in v) {',
      `switch (key) {${keys.map((k) => `case ${JSON.stringify(k)}:`).join(' ')} break; default: return false;}`,
      '}',
    );
    // zod runs an object's refinements on the value once its fields are valid; so does this test.
    for (const fn of refinements) lines.push(`if (${fn}(v) !== true) return false;`);
    this.functions.push(`function ${name}(v) {\n${lines.join('\n')}\nreturn true;\n}`);
    return name;
  }

  #union(node: ZodNode): string {
    const known = this.#names.get(node);
    if (known) return known;
    const def = node._zod.def;
    this.#plain(def);
    const name = this.#name(node);
    const options = def.options ?? [];
    const tests = options.map((option) => this.fn(option));
    let body: string;
    const discriminator = def.discriminator;
    if (discriminator !== undefined) {
      // One option per value of the discriminating field: read it once and test only that option.
      const cases = options.map((option, i) => {
        const field = option._zod.def.shape?.[discriminator]?._zod.def;
        const value = field?.type === 'literal' && field.values?.length === 1 ? field.values[0] : undefined;
        if (typeof value !== 'string')
          throw new UnsupportedSchema('a discriminator that is not a string literal');
        return `case ${JSON.stringify(value)}: return ${tests[i]}(v);`;
      });
      body = [
        'if (typeof v !== "object" || v === null) return false;',
        `switch (v[${JSON.stringify(discriminator)}]) {`,
        ...cases,
        'default: return false;',
        '}',
      ].join('\n');
    } else body = `return ${tests.map((t) => `${t}(v)`).join(' || ') || 'false'};`;
    this.functions.push(`function ${name}(v) {\n${body}\n}`);
    return name;
  }
}

/**
 * Compiles `schema` (a zod schema) into a test that is true exactly when zod would parse the value, without
 * building any output. Uses `new Function`: it throws where that is refused, and `UnsupportedSchema` for a
 * construct it does not know.
 */
export function compileAssert(schema: unknown): (value: unknown) => boolean {
  const generator = new Generator();
  const root = generator.fn(schema as ZodNode);
  const source = `${generator.functions.join('\n')}\nreturn ${root};`;
  return new Function('k', source)(generator.constants) as (value: unknown) => boolean;
}
