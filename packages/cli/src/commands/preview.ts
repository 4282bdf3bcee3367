import { resolve } from 'node:path';
import { compileBriefFile, hasErrors } from '../compile.js';
import type { Context } from '../context.js';
import { elementsBundles, HYDRATE_SCRIPT } from '../elements-bundles.js';
import { CliError, EXIT_OK } from '../errors.js';
import { portOption } from '../options.js';
import { problemsFrom } from '../preview/overlay.js';
import { type Snapshot, startPreviewServer } from '../preview/server.js';
import { readSource } from '../read-source.js';
import { renderPage } from '../render.js';
import { terminalText } from '../report/terminal-text.js';
import { watchFiles } from '../watch.js';

export const DEFAULT_PREVIEW_PORT = 4280;

const ELEMENTS_PREFIX = '/__briefkit/elements/';

export async function previewAction(
  args: string[],
  raw: Record<string, unknown>,
  ctx: Context,
): Promise<number> {
  const file = args[0] ?? '';
  const port = portOption(raw.port, DEFAULT_PREVIEW_PORT);
  // A file that cannot be read at all is a usage error; one with errors is previewed with the overlay.
  await readSource(file, ctx.io.cwd);

  const compile = async (): Promise<Snapshot> => {
    try {
      const { brief, report } = await compileBriefFile(file, ctx.io.cwd);
      if (brief === undefined || hasErrors(report))
        return { ok: false, problems: problemsFrom(report.diagnostics) };
      return { ok: true, brief };
    } catch (error) {
      if (error instanceof CliError) return { ok: false, problems: [{ file, message: error.message }] };
      throw error;
    }
  };
  const bundles = elementsBundles();
  const server = await startPreviewServer({
    port,
    compile,
    render: (brief) =>
      renderPage(brief, bundles === undefined ? {} : { scriptSrc: `${ELEMENTS_PREFIX}${HYDRATE_SCRIPT}` }),
    ...(bundles === undefined
      ? {}
      : {
          scripts: {
            urlPrefix: ELEMENTS_PREFIX,
            directory: bundles,
            pattern: /^bundle-hydrate(?:\/[A-Za-z0-9_-]+)?\.js$/,
          },
        }),
  });

  const watcher = watchFiles(
    [resolve(ctx.io.cwd, file)],
    () => {
      void server.refresh().then((result) => {
        ctx.log(
          result.ok
            ? ctx.err.green(`Reloaded ${terminalText(file)}.`)
            : ctx.err.yellow(
                `${result.problems.length} error(s) in ${terminalText(file)}; showing the last good version.`,
              ),
        );
      });
    },
    ctx.io.signal,
  );
  // Announced once the watcher is attached, so a save after the URL appears is never missed.
  const c = ctx.out;
  ctx.print(`Previewing ${terminalText(file)} at ${c.cyan(server.url)}`);
  ctx.print(c.dim('The page reloads when the file is saved. Press Ctrl-C to stop.'));
  const first = server.initial;
  if (!first.ok)
    ctx.log(
      ctx.err.yellow(`${first.problems.length} error(s) in ${terminalText(file)}; the page shows them.`),
    );

  await watcher;
  await server.close();
  return EXIT_OK;
}
