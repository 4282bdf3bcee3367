import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { CliError, describeFsError } from './errors.js';
import { displayPath } from './paths.js';
import { terminalText } from './report/terminal-text.js';

export type WriteOutcome = 'written' | 'unchanged';

/**
 * Writes files under one output directory without ever following a link inside it: a symbolic link where a
 * file goes is replaced (never written through), one where a directory goes is refused. Each file is written
 * to a temporary name beside it and renamed into place, so a reader never sees half a file, and a file whose
 * content would not change is left alone (an incremental build rewrites only what changed).
 *
 * The output directory itself may be a link: the user named it.
 */
export class OutputWriter {
  readonly root: string;
  private readonly cwd: string;
  private readonly dirs = new Set<string>();
  /** Paths (relative to the root, `/`-separated) written or found unchanged, in order. */
  readonly written: string[] = [];
  readonly unchanged: string[] = [];

  constructor(root: string, cwd: string) {
    this.root = root;
    this.cwd = cwd;
  }

  /** `rel` as the user reads it, e.g. `site/tj/index.html`. */
  show(rel: string): string {
    return terminalText(displayPath(join(this.root, rel), this.cwd));
  }

  /** Creates the output directory itself (following a link there: the user chose it). */
  async open(): Promise<void> {
    try {
      await mkdir(this.root, { recursive: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const shown = terminalText(displayPath(this.root, this.cwd));
      if (code === 'EEXIST' || code === 'ENOTDIR') throw new CliError(`${shown}: is a file, not a directory`);
      throw describeFsError(error, shown);
    }
  }

  /** Makes every directory from the root down to `relDir`, refusing links and files on the way. */
  private async ensureDir(relDir: string): Promise<void> {
    if (relDir === '' || relDir === '.' || this.dirs.has(relDir)) return;
    await this.ensureDir(dirname(relDir) === '.' ? '' : dirname(relDir));
    const path = join(this.root, relDir);
    const info = await lstat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw describeFsError(error, this.show(relDir));
    });
    if (info === undefined) {
      try {
        await mkdir(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
          throw describeFsError(error, this.show(relDir));
        // Made meanwhile by someone else: check what it is on the next call.
        return this.ensureDir(relDir);
      }
    } else if (info.isSymbolicLink()) {
      throw new CliError(`${this.show(relDir)}: is a symbolic link; briefkit does not write through links`, {
        hint: 'Remove the link (or write to another --out directory) and build again.',
      });
    } else if (!info.isDirectory()) {
      throw new CliError(`${this.show(relDir)}: is a file where briefkit writes a directory`, {
        hint: 'Move the file away (or write to another --out directory) and build again.',
      });
    }
    this.dirs.add(relDir);
  }

  /** True when a regular file (not a link) at `path` already holds exactly `data`. */
  private async holds(path: string, data: Buffer): Promise<boolean> {
    const info = await lstat(path).catch(() => undefined);
    if (info === undefined || !info.isFile() || info.size !== data.length) return false;
    return (await readFile(path)).equals(data);
  }

  /** Writes `content` to `rel` (a path under the root), atomically, unless the file holds it already. */
  async write(rel: string, content: string | Uint8Array): Promise<WriteOutcome> {
    const normal = relative(this.root, join(this.root, rel));
    if (normal === '' || normal.startsWith('..')) throw new Error(`output path outside the output: ${rel}`);
    const key = normal.split(sep).join('/');
    const data = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
    await this.ensureDir(dirname(normal) === '.' ? '' : dirname(normal));
    const path = join(this.root, normal);
    if (await this.holds(path, data)) {
      this.unchanged.push(key);
      return 'unchanged';
    }
    // `wx` creates a new file and fails on anything already there, a link included: nothing is followed.
    const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.briefkit-tmp`);
    try {
      await writeFile(temp, data, { flag: 'wx' });
      // rename replaces a link at `path` by the file; it never writes to the link's target.
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') {
        throw new CliError(`${this.show(key)}: is a directory where briefkit writes a file`);
      }
      throw describeFsError(error, this.show(key));
    }
    this.written.push(key);
    return 'written';
  }

  /** Copies a file from outside the output to `rel`, through `write`. */
  async copy(from: string, rel: string): Promise<WriteOutcome> {
    let data: Buffer;
    try {
      data = await readFile(from);
    } catch (error) {
      throw describeFsError(error, from);
    }
    return this.write(rel, data);
  }
}
