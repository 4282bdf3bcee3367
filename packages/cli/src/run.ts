import type { Command } from 'cac';
import { protectArgv } from './argv.js';
import { type Context, createContext } from './context.js';
import { CliError, EXIT_USAGE } from './errors.js';
import type { CliIo } from './io.js';
import { createProgram, loadAction } from './program.js';
import { terminalText } from './report/terminal-text.js';
import { closest } from './suggest.js';

/**
 * cac prints help and version with console.info; capturing it (synchronously, so nothing else can interleave)
 * lets `run` send them to the io it was given.
 */
function captureConsoleInfo(fn: () => void): string {
  const original = console.info;
  let captured = '';
  console.info = (...parts: unknown[]) => {
    captured += `${parts.map(String).join(' ')}\n`;
  };
  try {
    fn();
  } finally {
    console.info = original;
  }
  return captured;
}

function isCacError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'CACError';
}

/** cac's messages ("Unknown option `--fomat`") in the CLI's own voice, with a hint where one helps. */
function usageError(error: Error, command: Command | undefined): CliError {
  const help = command ? `briefkit ${command.name} --help` : 'briefkit --help';
  const unknown = /^Unknown option `(-{1,2})([^`]+)`/.exec(error.message);
  if (unknown && command) {
    const names = [...command.options, ...command.cli.globalCommand.options].flatMap((o) => o.names);
    const guess = closest(unknown[2]!, names);
    const suggestion = guess === undefined ? '' : `Did you mean --${guess}? `;
    return new CliError(`unknown option ${unknown[1]}${unknown[2]} for "briefkit ${command.name}"`, {
      hint: `${suggestion}Run "${help}" to see its options.`,
    });
  }
  if (unknown) {
    return new CliError(`unknown option ${unknown[1]}${unknown[2]}`, { hint: `Run "${help}" for usage.` });
  }
  const message = error.message
    .replace(/^missing required args for command `([^`]+)`/, 'missing argument: usage is "briefkit $1"')
    .replace(/^Unused args: /, 'too many arguments: ')
    .replace(/^option `([^`]+)` value is missing/, 'option $1 needs a value')
    .replace(/`/g, '"');
  return new CliError(message, { hint: `Run "${help}" for usage.` });
}

function reportError(error: unknown, ctx: Context): number {
  const c = ctx.err;
  if (error instanceof CliError) {
    ctx.log(`${c.red(c.bold('error'))}: ${terminalText(error.message)}`);
    if (error.hint) ctx.log(c.dim(terminalText(error.hint)));
    if (ctx.debug && error.cause instanceof Error && error.cause.stack) ctx.log(c.dim(error.cause.stack));
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.log(`${c.red(c.bold('error'))}: internal error: ${terminalText(message)}`);
  if (ctx.debug && error instanceof Error && error.stack) ctx.log(c.dim(error.stack));
  else ctx.log(c.dim('Run the command again with --debug to see where it happened.'));
  return EXIT_USAGE;
}

/**
 * Runs the `briefkit` command line in-process and resolves with its exit code; it never throws and never
 * calls `process.exit`. `argv` excludes the node and script paths: `run(['validate', 'tj.brief.md'])`.
 */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const fullIo: CliIo = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
    ...(io.signal ? { signal: io.signal } : {}),
    ...(io.now ? { now: io.now } : {}),
  };
  const ctx = createContext(fullIo, argv.includes('--debug'));
  let command: Command | undefined;
  const input = protectArgv(argv);
  try {
    const { cli, commandNames } = createProgram();
    const printed = captureConsoleInfo(() => {
      cli.parse(['node', 'briefkit', ...input.argv], { run: false });
    });
    input.restore(cli.args);
    input.restore(cli.options);
    if (printed !== '') {
      ctx.print(printed.replace(/ +$/gm, ''));
      return 0;
    }
    command = cli.matchedCommand;
    if (command === undefined) {
      const name = cli.args[0];
      if (name !== undefined) {
        const guess = closest(String(name), commandNames);
        throw new CliError(`unknown command "${name}"`, {
          hint: `${guess ? `Did you mean "briefkit ${guess}"? ` : ''}Run "briefkit --help" for the list of commands.`,
        });
      }
      cli.globalCommand.checkUnknownOptions();
      ctx.log(captureConsoleInfo(() => cli.outputHelp()).replace(/ +$/gm, ''));
      return EXIT_USAGE;
    }
    command.checkUnknownOptions();
    command.checkOptionValue();
    command.checkRequiredArgs();
    command.checkUnusedArgs();
    const action = await loadAction(command.name);
    if (action === undefined) throw new Error(`no action for command ${command.name}`);
    const args = cli.args.map(String);
    return await action(args, cli.options, ctx);
  } catch (error) {
    if (error instanceof Error) error.message = input.restore(error.message);
    return reportError(isCacError(error) ? usageError(error, command) : error, ctx);
  }
}
