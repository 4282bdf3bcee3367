/** Exit codes of every command (documented in `briefkit --help`). */
export const EXIT_OK = 0;
/** The input has errors (or warnings under `--strict`, or needs formatting under `fmt --check`). */
export const EXIT_FAILED = 1;
/** Usage or I/O problem: bad arguments, a missing or unreadable file, a port in use. */
export const EXIT_USAGE = 2;

/**
 * A problem the user can fix, reported as one line without a stack trace. `hint` is a second line that says
 * what to do.
 */
export class CliError extends Error {
  readonly exitCode: number;
  readonly hint: string | undefined;

  constructor(message: string, options: { exitCode?: number; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CliError';
    this.exitCode = options.exitCode ?? EXIT_USAGE;
    this.hint = options.hint;
  }
}

/** Turns a Node system error into the words a user expects ("no such file"), keeping the path. */
export function describeFsError(error: unknown, path: string): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT'
      ? 'no such file or directory'
      : code === 'EISDIR'
        ? 'is a directory, not a file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOTDIR'
            ? 'a part of the path is not a directory'
            : code === 'EEXIST'
              ? 'already exists'
              : code === 'ENOSPC'
                ? 'no space left on the device'
                : error instanceof Error
                  ? error.message
                  : String(error);
  return new CliError(`${path}: ${reason}`, { cause: error });
}
