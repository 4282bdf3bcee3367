import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { run } from './run.js';
import { MemoryStream, runCli } from './test-helpers.js';

describe('briefkit --help and --version', () => {
  it('lists every command, the exit codes and NO_COLOR', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const name of ['validate', 'new', 'fmt', 'build', 'schema', 'preview']) {
      expect(stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    }
    expect(stdout).toContain('Exit codes');
    expect(stdout).toContain('NO_COLOR');
  });

  it.each([
    ['validate', ['--format <format>', '--strict', '--watch']],
    ['new', ['--out <dir>', '--force']],
    ['fmt', ['--write', '--check']],
    ['build', ['--out <dir>']],
    ['schema', []],
    ['preview', ['--port <port>']],
  ])('describes "%s" and its options', async (name, options) => {
    const { code, stdout } = await runCli([name, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`$ briefkit ${name}`);
    for (const option of options) expect(stdout).toContain(option);
    expect(stdout).not.toContain('Exit codes');
  });

  it('prints the version from package.json', async () => {
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toContain(pkg.version);
  });
});

describe('usage errors exit 2 with one line and a hint', () => {
  it('names an unknown command and suggests the closest', async () => {
    const { code, stdout, stderr } = await runCli(['valdiate', 'x.brief.md']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe('error: unknown command "valdiate"');
    expect(stderr).toContain('Did you mean "briefkit validate"?');
  });

  it('names an unknown option of a command and suggests the closest', async () => {
    const { code, stderr } = await runCli(['validate', 'x.brief.md', '--stirct']);
    expect(code).toBe(2);
    expect(stderr).toContain('error: unknown option --stirct for "briefkit validate"');
    expect(stderr).toContain('Did you mean --strict?');
  });

  it('names an unknown global option', async () => {
    const { code, stderr } = await runCli(['--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown option --frobnicate');
  });

  it('reports a missing argument with the usage', async () => {
    const { code, stderr } = await runCli(['validate']);
    expect(code).toBe(2);
    expect(stderr).toContain('missing argument: usage is "briefkit validate <...files>"');
  });

  it('reports extra arguments', async () => {
    const { code, stderr } = await runCli(['schema', 'extra']);
    expect(code).toBe(2);
    expect(stderr).toContain('too many arguments: "extra"');
  });

  it('reports an option without its value', async () => {
    const { code, stderr } = await runCli(['new', 'KG', '--out']);
    expect(code).toBe(2);
    expect(stderr).toContain('--out <dir> needs a value');
  });

  it('refuses an unknown --format', async () => {
    const { code, stderr } = await runCli(['validate', 'x.brief.md', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toContain('--format must be one of pretty, json (got "xml")');
  });

  it('shows the help on stderr and exits 2 when no command is given', async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Commands:');
  });

  it('never prints a stack trace for a user error', async () => {
    const { stderr } = await runCli(['new', 'XX']);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('colours', () => {
  const colouredRun = async (env: Record<string, string>) => {
    const stderr = new MemoryStream(true);
    await run(['valdiate'], { stdout: new MemoryStream(true), stderr, env });
    return stderr.text;
  };

  it('are used on a terminal', async () => {
    expect(await colouredRun({})).toContain('\u001b[');
  });

  it('are never used under NO_COLOR', async () => {
    expect(await colouredRun({ NO_COLOR: '1' })).not.toContain('\u001b[');
  });
});
