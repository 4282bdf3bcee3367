import { open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { compileSource } from '../compile.js';
import { resolveConfig } from '../config.js';
import { detectFormat } from '../detect-format.js';
import { sizeProblem } from '../text/input-guards.js';
import type { CompileResult, Diagnostic, ValidatorConfig } from '../types.js';
import { loadConfig } from './load-config.js';

function failure(file: string, rule: string, message: string): CompileResult & { file: string } {
  const diagnostic: Diagnostic = { file, line: 1, column: 1, severity: 'error', rule, message };
  return { file, brief: undefined, diagnostics: [diagnostic], positions: { locate: () => undefined } };
}

function reason(error: unknown): string {
  const code = (error as { code?: string })?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/**
 * Reads and compiles a brief source file. The size limit is checked before reading; directories, unreadable and
 * binary files get one diagnostic. Without `options.config`, settings come from the nearest briefkit.config.*.
 * Never throws.
 */
export async function compileFile(
  path: string,
  options: { config?: ValidatorConfig } = {},
): Promise<CompileResult & { file: string }> {
  const file = String(path);
  try {
    const config = options.config ?? (await loadConfig(dirname(file)));
    const { maxBytes } = resolveConfig(config).limits;
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(file);
    } catch (error) {
      return failure(file, 'input-binary', `cannot read ${file}: ${reason(error)}`);
    }
    if (info.isDirectory())
      return failure(
        file,
        'input-binary',
        `${file} is a directory: give the path of a .brief.md, .brief.yaml or .brief.json file`,
      );
    if (!info.isFile()) return failure(file, 'input-binary', `${file} is not a regular file`);
    const tooLarge = sizeProblem(info.size, maxBytes);
    if (tooLarge) return failure(file, 'input-limit', tooLarge.message);
    let bytes: Uint8Array;
    const handle = await open(file, 'r');
    try {
      // Read at most one byte past the limit, in case the file grew since stat.
      const buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
    if (bytes.length > maxBytes)
      return failure(file, 'input-limit', sizeProblem(bytes.length, maxBytes)!.message);
    if (bytes.includes(0))
      return failure(
        file,
        'input-binary',
        `${file} contains NUL bytes: it looks like a binary file, not a brief source`,
      );
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return failure(file, 'input-binary', `${file} is not valid UTF-8 text: save it as UTF-8`);
    }
    const format = detectFormat(file) ?? 'markdown';
    return { ...compileSource(text, { file, format, config }), file };
  } catch (error) {
    return failure(file, 'internal-error', `the validator failed on ${file}: ${reason(error)}`);
  }
}
