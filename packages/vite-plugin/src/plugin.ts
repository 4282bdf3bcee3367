import type { ValidatorConfig } from '@briefkit/validator';
import type { Plugin } from 'vite';
import { codeFrame } from './code-frame.js';
import { compileBrief } from './compile.js';

/** `.brief.md`, `.brief.markdown`, `.brief.yaml`, `.brief.yml` and `.brief.json`, with or without a query. */
export const BRIEF_FILE = /\.brief\.(?:md|markdown|ya?ml|json)$/i;

export interface BriefkitPluginOptions {
  /** Which module ids to compile (default: file names ending in `.brief.md`, `.brief.yaml`/`.yml`, `.brief.json`). */
  include?: RegExp;
  /** Validator settings; by default each brief uses its nearest briefkit.config.{json,yaml,yml}. */
  config?: ValidatorConfig;
  /** Fail on warnings too, like `briefkit validate --strict`. */
  strict?: boolean;
}

/** The file path of a module id: Vite ids may carry a query (`?import`) that is not part of the file name. */
function fileOf(id: string): string {
  const query = id.indexOf('?');
  return query === -1 ? id : id.slice(0, query);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Imports a country security brief as its validated canonical Brief:
 * `import brief from './tj.brief.md'`. A brief with errors fails the build, and in the dev server shows in
 * Vite's error overlay at the file, line and column; warnings are printed. Saving the brief updates the page.
 */
export function briefkit(options: BriefkitPluginOptions = {}): Plugin {
  const include = options.include ?? BRIEF_FILE;
  return {
    name: 'briefkit',
    // Before Vite's JSON plugin, which would otherwise read a .brief.json as plain JSON, unchecked.
    enforce: 'pre',
    async transform(source, id) {
      if (id.startsWith('\0')) return null;
      const file = fileOf(id);
      if (!include.test(file)) return null;
      const { brief, diagnostics, configFile } = await compileBrief(source, file, options.config);
      if (configFile !== undefined) this.addWatchFile(configFile);

      const failing = diagnostics.filter(
        (d) => d.severity === 'error' || (options.strict === true && d.severity === 'warning'),
      );
      for (const d of diagnostics) {
        if (d.severity !== 'warning' || options.strict === true) continue;
        this.warn({
          message: `${d.message} (${d.rule})`,
          id: d.file,
          loc: { file: d.file, line: d.line, column: d.column },
        });
      }
      if (failing.length > 0 || brief === undefined) {
        const first = failing[0] ?? diagnostics[0];
        const list = failing
          .map((d) => `  ${d.file}:${d.line}:${d.column}  ${d.message}  ${d.rule}`)
          .join('\n');
        const message = `${plural(failing.length, options.strict ? 'problem' : 'error')} in the brief:\n${list}`;
        this.error({
          message,
          id: first?.file ?? file,
          ...(first === undefined
            ? {}
            : {
                loc: { file: first.file, line: first.line, column: first.column },
                ...(first.file === file ? { frame: codeFrame(source, first.line, first.column) } : {}),
              }),
        });
      }
      // JSON is a JavaScript expression; the module is the brief and nothing else.
      return { code: `export default ${JSON.stringify(brief)};\n`, map: null, moduleType: 'js' };
    },
  };
}
