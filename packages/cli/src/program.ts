import { CAC, type Command } from 'cac';
import pkg from '../package.json' with { type: 'json' };
import type { Context } from './context.js';

export const VERSION: string = pkg.version;

/** Sections appended to `briefkit --help`. */
const GLOBAL_HELP_SECTIONS = [
  {
    title: 'Exit codes',
    body: [
      '  0  success (warnings allowed unless --strict)',
      '  1  the brief has errors, or fails --strict or fmt --check; for diff: the editions differ',
      '  2  usage or I/O problem: unknown command or option, missing or unreadable file; for diff: a brief',
      '     that does not compile',
    ].join('\n'),
  },
  {
    title: 'Environment',
    body: [
      '  NO_COLOR     no colours in the output',
      '  FORCE_COLOR  colours even when not writing to a terminal',
    ].join('\n'),
  },
];

export type Action = (args: string[], options: Record<string, unknown>, ctx: Context) => Promise<number>;

/** Lazy so that `briefkit schema` or `briefkit --help` never load the validator or the renderer. */
const actions: Record<string, () => Promise<Action>> = {
  validate: async () => (await import('./commands/validate.js')).validateAction,
  new: async () => (await import('./commands/new.js')).newAction,
  fmt: async () => (await import('./commands/fmt.js')).fmtAction,
  build: async () => (await import('./commands/build.js')).buildAction,
  schema: async () => (await import('./commands/schema.js')).schemaAction,
  preview: async () => (await import('./commands/preview.js')).previewAction,
  diff: async () => (await import('./commands/diff.js')).diffAction,
  import: async () => (await import('./commands/import.js')).importAction,
};

export interface Program {
  cli: CAC;
  commandNames: string[];
}

/**
 * The command table: names, arguments, options, help text. Actions are attached by `run`, which decides how
 * each is called; this table is also what `--help` (and so docs/cli.md) is generated from.
 */
export function createProgram(): Program {
  const cli = new CAC('briefkit');
  cli.usage('<command> [options]');

  const commands: Command[] = [
    cli
      .command('validate <...files>', 'Check brief sources and report problems at their line')
      .option('--format <format>', 'Report as "pretty" (for people) or "json" (for tools)', {
        default: 'pretty',
      })
      .option('--strict', 'Fail on warnings too')
      .option('--watch', 'Validate again whenever a file changes, until interrupted')
      .example('  $ briefkit validate tj.brief.md')
      .example('  $ briefkit validate briefs/*.brief.md --format json > report.json')
      .example('  $ briefkit validate tj.brief.md --watch'),
    cli
      .command('new <country-code>', 'Start a brief for a country from a template (ISO 3166-1 alpha-2 code)')
      .option('--kind <kind>', 'country, thematic or crisis-update: the sections to start from', {
        default: 'country',
      })
      .option('--out <dir>', 'Directory to write <code>.brief.md in (default: the current directory)')
      .option('--force', 'Overwrite the file if it exists')
      .example('  $ briefkit new KG')
      .example('  $ briefkit new TJ --out briefs')
      .example('  $ briefkit new ML --kind crisis-update'),
    cli
      .command('fmt <file>', 'Print the brief as canonical .brief.md')
      .option('--write', 'Rewrite the .brief.md file in place instead of printing it')
      .option('--check', 'Print nothing; exit 1 if the file is not canonically formatted')
      .example('  $ briefkit fmt tj.brief.md --write')
      .example('  $ briefkit fmt tj.brief.json > tj.brief.md')
      .example('  $ briefkit fmt tj.brief.md --check'),
    cli
      .command(
        'build <...inputs>',
        'Write brief.json and index.html (readable without JavaScript); for a folder or several files, a series site',
      )
      .option('--out <dir>', 'Directory to write into (created if needed)')
      .option('--static', 'Write no script beside index.html: the page reads, but does not hydrate')
      .option(
        '--parts <list>',
        'Parts after the brief: map, figures, threats, timeline (comma-separated), all or none',
        { default: 'all' },
      )
      .option(
        '--base-url <url>',
        'Series: the address the site is published at, for canonical links, feed.xml and sitemap.xml',
      )
      .option(
        '--title <text>',
        'Series: the title of the index page and the feed (default: "Security briefs")',
      )
      .option('--keep-going', 'Series: build the other briefs when some have errors (still exits 1)')
      .example('  $ briefkit build tj.brief.md --out site')
      .example('  $ briefkit build tj.brief.md --out site --static')
      .example('  $ briefkit build tj.brief.md --out site --parts figures,timeline')
      .example('  $ briefkit build briefs --out site --base-url https://example.org/briefs/')
      .example('  $ briefkit build briefs --out site --keep-going'),
    cli
      .command('schema', 'Print the JSON Schema of the canonical brief format')
      .option('--front-matter', 'Print the schema of a .brief.md front matter instead (no lede or sections)')
      .example('  $ briefkit schema > brief.schema.json')
      .example('  $ briefkit schema --front-matter > brief-front-matter.schema.json'),
    cli
      .command('preview <file>', 'Serve the rendered brief locally and reload it whenever the file is saved')
      .option('--port <port>', 'Port on 127.0.0.1; 0 picks a free one', { default: 4280 })
      .example('  $ briefkit preview tj.brief.md')
      .example('  $ briefkit preview tj.brief.md --port 8080'),
    cli
      .command('diff <old> <new>', 'Show what changed between two editions of a brief')
      .option('--format <format>', 'Report as "pretty" (for people) or "json" (for tools)', {
        default: 'pretty',
      })
      .example('  $ briefkit diff tj-2016-02.brief.md tj-2016-06.brief.md')
      .example('  $ briefkit diff old/tj.brief.md tj.brief.md --format json > changes.json'),
    cli
      .command('import <file>', 'Turn an existing brief (.html, .docx, .md or .txt) into a .brief.md')
      .option('--out <file>', 'File to write (default: print the brief)')
      .option('--country <code>', 'The country (ISO 3166-1 alpha-2); guessed from the title when left out')
      .option('--force', 'Overwrite the --out file if it exists')
      .example('  $ briefkit import tajikistan.txt --out tj.brief.md')
      .example('  $ briefkit import report.docx --country KG --out kg.brief.md')
      .example('  $ briefkit import page.html > page.brief.md'),
  ];

  cli.option('--debug', 'Show stack traces of internal errors');
  cli.help((sections) => {
    const command = cli.matchedCommand;
    if (command === undefined) return [...sections, ...GLOBAL_HELP_SECTIONS];
    // cac shows a command's description only in the command list; its own help should say what it does.
    const [name, usage, ...rest] = sections;
    return [name!, { body: `${command.description}.` }, usage!, ...rest];
  });
  cli.version(VERSION);

  return { cli, commandNames: commands.map((c) => c.name) };
}

export async function loadAction(name: string): Promise<Action | undefined> {
  const load = actions[name];
  return load === undefined ? undefined : load();
}
