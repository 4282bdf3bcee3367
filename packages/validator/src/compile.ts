import { checkDocument } from './check-document.js';
import { readConfig, resolveConfig } from './config.js';
import { detectFormat } from './detect-format.js';
import { DiagnosticSink } from './diagnostics.js';
import { compileMarkdown } from './markdown/compile-markdown.js';
import { LazyPositions, noPositions } from './positions.js';
import { guardInput } from './text/input-guards.js';
import type { CompileOptions, CompileResult, PositionMap, ValidatorConfig } from './types.js';
import { coerceYears } from './yaml/coerce-dates.js';
import type { SourcePositions } from './yaml/positions.js';
import { readJson } from './yaml/read-json.js';
import { readYaml } from './yaml/read-yaml.js';

function publicPositions(positions: SourcePositions): PositionMap {
  return {
    locate(path) {
      try {
        const place = positions.locate(Array.isArray(path) ? path : []);
        return place ? { line: place.line, column: place.column } : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * Compiles a brief source (`.brief.md`, `.brief.yaml` or `.brief.json` text) to the canonical Brief, with
 * diagnostics located in that text and a map from JSON paths back to it. Never throws.
 */
export function compileSource(text: string, options: CompileOptions = {}): CompileResult {
  const file = typeof options.file === 'string' ? options.file : '<input>';
  const format = options.format ?? detectFormat(file) ?? 'markdown';
  const config = resolveConfig(options.config);
  const sink = new DiagnosticSink(file, config);
  let positions: SourcePositions = noPositions;
  let brief: CompileResult['brief'];
  try {
    if (typeof text !== 'string') {
      sink.add({ rule: 'input-binary', message: 'the input is not text' });
      return { brief: undefined, diagnostics: sink.sorted(), positions: publicPositions(positions) };
    }
    // A byte-order mark is not part of the first line's columns.
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const guard = guardInput(source, config.limits.maxBytes);
    if (guard) {
      sink.add(guard);
      return { brief: undefined, diagnostics: sink.sorted(), positions: publicPositions(positions) };
    }
    if (options.config !== undefined) {
      for (const problem of readConfig(options.config).problems) {
        sink.add({ rule: 'config-invalid', message: `validator settings: ${problem.message}` });
      }
    }
    const limits = { maxAliasCount: config.limits.maxAliasCount, maxDepth: config.limits.maxDepth };
    const report = (d: Parameters<typeof sink.add>[0]) => sink.add(d);
    let value: unknown;
    let readable = true;
    let settings: ValidatorConfig | undefined;
    if (format === 'markdown') {
      const result = compileMarkdown(source, config, sink);
      value = result.value;
      readable = result.readable;
      positions = result.positions;
      settings = result.settings;
    } else if (format === 'yaml') {
      if (source.trim() === '') {
        sink.add({
          rule: 'yaml-syntax',
          message: 'the file is empty: a .brief.yaml holds the brief as a YAML mapping',
          at: { line: 1, column: 1 },
        });
        readable = false;
      } else {
        const read = readYaml(source, limits, report, 'YAML');
        readable = read.ok;
        value = read.value;
        if (read.positions) positions = read.positions;
        if (readable && typeof value === 'object' && value !== null && 'briefkit' in value) {
          const record = value as Record<string, unknown>;
          const { config: own, problems } = readConfig(record.briefkit, 'document');
          settings = own;
          for (const problem of problems)
            sink.add(
              {
                rule: problem.rule ?? 'config-invalid',
                message: `briefkit settings: ${problem.message}`,
                path: ['briefkit', ...problem.path],
              },
              positions,
            );
          delete record.briefkit;
        }
        coerceYears(value);
      }
    } else {
      const read = readJson(source, config.limits.maxDepth, report);
      readable = read.ok;
      value = read.value;
      positions = new LazyPositions(() => {
        const located = readYaml(source, limits, () => {}, 'JSON');
        return located.positions;
      });
    }
    if (settings) sink.config = resolveConfig(options.config, settings);
    if (readable) brief = checkDocument(value, sink.config, sink, positions);
  } catch (error) {
    sink.add({
      rule: 'internal-error',
      message: `the validator failed: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  return {
    brief: sink.hasErrors ? undefined : brief,
    diagnostics: sink.sorted(),
    positions: publicPositions(positions),
  };
}
