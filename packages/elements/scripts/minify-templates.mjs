// An esbuild plugin for the browser bundles: minifies the CSS in `css` tagged templates with esbuild's own
// CSS minifier. Source files are read with the TypeScript parser, so only template text is touched.
// `html` templates are left exactly as written: hydration checks a digest of their strings, so the
// browser's templates must match the server's byte for byte.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import ts from 'typescript';

const CSS_TAGS = new Set(['css']);

function tagName(node) {
  return ts.isIdentifier(node.tag) ? node.tag.text : undefined;
}

async function minifyCss(text) {
  const out = await transform(text, { loader: 'css', minify: true, target: 'esnext', logLevel: 'silent' });
  return out.code.trim().replace(/`/g, '\\`');
}

/** Returns the minified source of a TypeScript module. */
export async function minifyTemplates(source, fileName) {
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
        pending.push(minifyCss(source.slice(start, end)).then((css) => edits.push([start, end, css])));
      }
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
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        if (args.path.includes('node_modules')) return undefined;
        const source = await readFile(args.path, 'utf8');
        return { contents: await minifyTemplates(source, args.path), loader: 'ts' };
      });
    },
  };
}
