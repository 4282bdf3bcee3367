// An esbuild plugin for the browser bundles: minifies the CSS in `css` tagged templates with esbuild's own
// CSS minifier, then tightens what esbuild leaves alone. Source files are read with the TypeScript parser, so
// only template text is touched. `html` templates are left exactly as written: hydration checks a digest of
// their strings, so the browser's templates must match the server's byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';
import ts from 'typescript';

const CSS_TAGS = new Set(['css']);

// The stylesheets' private custom properties (`--_accent`; the public knobs are `--security-brief-*`).
const PRIVATE_NAME = /--_[\w-]+/g;
const HAS_PRIVATE_NAME = /--_[\w-]/;

function tagName(node) {
  return ts.isIdentifier(node.tag) ? node.tag.text : undefined;
}

/** Applies `edit` to the parts of `css` outside quoted strings (whose contents must stay as written). */
function outsideStrings(css, edit) {
  return css
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((piece, i) => (i % 2 ? piece : edit(piece)))
    .join('');
}

/**
 * What esbuild's minifier keeps: custom property values verbatim (`--_x: var( --a, light-dark(#fff, #000))`,
 * since it cannot know where they will be used) and quotes around attribute values. Whitespace next to a
 * comma or inside parentheses separates nothing in any value or selector, so it goes; the space around `+`
 * and `-` in `calc()` is kept, as it must be.
 */
function tighten(css) {
  const unquoted = css.replace(/\[([\w-]+)([~|^$*]?=)"([a-zA-Z_][\w-]*)"\]/g, '[$1$2$3]');
  return outsideStrings(unquoted, (text) =>
    text
      .replace(/(--[\w-]+):\s+/g, '$1:')
      .replace(/\s*,\s*/g, ',')
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')'),
  );
}

async function minifyCss(text, rename) {
  const out = await transform(text, { loader: 'css', minify: true, target: 'esnext', logLevel: 'silent' });
  return tighten(out.code.trim()).replace(PRIVATE_NAME, rename).replace(/`/g, '\\`');
}

/**
 * Short names for the private custom properties, the same in every file of a build (`var(--_font-heading)`
 * and its like recur all through the stylesheets). Assigned from every name in `srcDir`, sorted, so a build
 * does not depend on the order esbuild loads files in. Nothing outside the stylesheets may name them: no
 * page sets them (they are private), and `minifyTemplates` refuses a source that names one anywhere else.
 */
export function privateNames(srcDir) {
  const names = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(PRIVATE_NAME)) names.add(m[0]);
      }
    }
  };
  walk(srcDir);
  const short = new Map();
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const name of [...names].sort()) {
    const i = short.size;
    const suffix = i < letters.length ? '' : Math.floor(i / letters.length);
    short.set(name, `--_${letters[i % letters.length]}${suffix}`);
  }
  return (name) => {
    const s = short.get(name);
    if (!s) throw new Error(`${name} is not among the private custom properties found in ${srcDir}`);
    return s;
  };
}

/** Returns the minified source of a TypeScript module (private custom properties renamed by `rename`). */
export async function minifyTemplates(source, fileName, rename = undefined) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const pending = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = tagName(node);
      const tpl = node.template;
      if (tag && CSS_TAGS.has(tag) && ts.isNoSubstitutionTemplateLiteral(tpl)) {
        const start = tpl.getStart(file) + 1;
        const end = tpl.getEnd() - 1;
        const css = minifyCss(source.slice(start, end), rename ?? ((name) => name));
        pending.push(css.then((text) => edits.push([start, end, text])));
        return;
      }
    }
    // Renaming is safe only while the stylesheets are the one place the names occur: a name in an `html`
    // template (an inline style) or in a string would keep its long form and no longer match.
    if (
      rename &&
      (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) &&
      HAS_PRIVATE_NAME.test(node.text)
    ) {
      throw new Error(`${fileName}: a private custom property outside a css template: ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  await Promise.all(pending);
  edits.sort((a, b) => b[0] - a[0]);
  let out = source;
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

export function minifyTemplatesPlugin() {
  return {
    name: 'minify-lit-templates',
    setup(build) {
      const rename = privateNames(join(build.initialOptions.absWorkingDir ?? process.cwd(), 'src'));
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        if (args.path.includes('node_modules')) return undefined;
        const source = await readFile(args.path, 'utf8');
        return { contents: await minifyTemplates(source, args.path, rename), loader: 'ts' };
      });
    },
  };
}
