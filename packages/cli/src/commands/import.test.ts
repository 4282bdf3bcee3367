import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, withTempDir } from '../test-helpers.js';

const seed = fileURLToPath(
  new URL('../../../../apps/tajikistan/seed/tajikistan-new-challenges-to-security.txt', import.meta.url),
);
const htmlFixture = fileURLToPath(new URL('../import/fixtures/antarctica-fiction.html', import.meta.url));
const NOW = () => new Date(2026, 11, 3);

/** A failure the user can act on: one message, a non-zero exit, no stack trace. */
function expectCleanFailure(result: { code: number; stdout: string; stderr: string }, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).not.toContain('internal error');
  expect(result.stdout).toBe('');
}

describe('briefkit import', () => {
  it('prints the brief on stdout and what it did on stderr', async () => {
    const result = await runCli(['import', seed], { now: NOW });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^---\n# yaml-language-server/);
    expect(result.stdout).toContain('title: "Tajikistan: New challenges to security"');
    expect(result.stdout).toContain('country: { code: TJ, name: "Tajikistan" }');
    expect(result.stdout).toContain('# The country was guessed from the title, which names Tajikistan');
    expect(result.stdout).toContain('published: "2026-12"');
    expect(result.stderr).toContain('65 citations of 65 sources');
    expect(result.stderr).toMatch(
      /tajikistan-new-challenges-to-security\.txt:25:1 {2}warning {2}this paragraph goes on/,
    );
  });

  it('writes --out, refuses to overwrite it, and overwrites it with --force', () =>
    withTempDir(async (dir) => {
      const first = await runCli(['import', seed, '--out', 'tj.brief.md'], { cwd: dir, now: NOW });
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('Wrote tj.brief.md: 6 sections');
      expect(await readFile(join(dir, 'tj.brief.md'), 'utf8')).toContain('[civil war][src-civil-war]');
      expectCleanFailure(
        await runCli(['import', seed, '--out', 'tj.brief.md'], { cwd: dir }),
        /tj\.brief\.md already exists/,
      );
      expect((await runCli(['import', seed, '--out', 'tj.brief.md', '--force'], { cwd: dir })).code).toBe(0);
    }));

  it('uses --country instead of guessing, and refuses a code that is not a country', async () => {
    const result = await runCli(['import', seed, '--country', 'kg'], { now: NOW });
    expect(result.stdout).toContain('country: { code: KG, name: "Kyrgyzstan" }');
    expect(result.stdout).not.toContain('was guessed');
    expectCleanFailure(
      await runCli(['import', seed, '--country', 'XX']),
      /--country: "XX" is not an assigned ISO 3166-1[^\n]*\nGive two letters, for example: --country TJ/,
    );
  });

  it('asks for --country when neither the title nor the text names a country', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'note.txt'), 'A note\n\nThe text names no country at all.\n');
      expectCleanFailure(
        await runCli(['import', 'note.txt'], { cwd: dir }),
        /could not tell which country[\s\S]*--country XX/,
      );
      expect((await runCli(['import', 'note.txt', '--country', 'TJ'], { cwd: dir })).code).toBe(0);
    }));

  it('drops scripts and javascript: links from HTML with a warning at each line', async () => {
    const result = await runCli(['import', htmlFixture], { now: NOW });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/antarctica-fiction\.html:6:3 {2}warning {2}a <script> was left out/);
    expect(result.stderr).toMatch(
      /antarctica-fiction\.html:18:28 {2}warning {2}a javascript: link was left out/,
    );
    expect(result.stdout).not.toMatch(/alert|javascript|onclick|steal/);
    expect(result.stdout).toContain('The Adélie Front held a march across the shelf');
    expect(result.stdout).toContain('language: en-GB');
  });

  it('says what it is doing on stderr while importing a long file, and nothing extra for a short one', () =>
    withTempDir(async (dir) => {
      const paragraph =
        'Tajikistan is named in this paragraph, which is long enough to be prose and not a heading.';
      await writeFile(join(dir, 'long.txt'), `A long brief\n\n${`${paragraph}\n\n`.repeat(4000)}`);
      const long = await runCli(['import', 'long.txt', '--out', 'long.brief.md'], { cwd: dir });
      expect(long.code).toBe(0);
      expect(long.stderr).toMatch(
        /^Importing long\.txt \(0\.\d MB\): reading…\nRead 4001 blocks; writing the brief…\n/,
      );
      const short = await runCli(['import', seed, '--out', 'short.brief.md'], { cwd: dir });
      expect(short.stderr).not.toContain('Importing');
    }));
});

describe('briefkit import with input it cannot use', () => {
  it('refuses an empty file and one of white space only', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'empty.txt'), '');
      await writeFile(join(dir, 'blank.html'), ' \n\t\n');
      expectCleanFailure(await runCli(['import', 'empty.txt'], { cwd: dir }), /empty\.txt: is empty/);
      expectCleanFailure(
        await runCli(['import', 'blank.html'], { cwd: dir }),
        /blank\.html: has only white space/,
      );
    }));

  it('refuses a page with no paragraph of text', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'scripts.html'), '<script>alert(1)</script><h1>Tajikistan</h1>');
      expectCleanFailure(
        await runCli(['import', 'scripts.html'], { cwd: dir }),
        /no paragraph of text to import/,
      );
    }));

  it('refuses binary content, naming where it starts', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'binary.txt'), Buffer.from([0x41, 0x0a, 0x42, 0x00, 0xff]));
      await writeFile(join(dir, 'latin1.md'), Buffer.from('Caf\xe9\n', 'latin1'));
      expectCleanFailure(
        await runCli(['import', 'binary.txt'], { cwd: dir }),
        /binary\.txt: not a text file \(a NUL byte at line 2, column 2\)/,
      );
      expectCleanFailure(await runCli(['import', 'latin1.md'], { cwd: dir }), /latin1\.md: not UTF-8 text/);
    }));

  it('refuses a .docx that is not a Word document, or a broken one', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'fake.docx'), 'just text');
      await writeFile(
        join(dir, 'broken.docx'),
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]),
      );
      expectCleanFailure(
        await runCli(['import', 'fake.docx'], { cwd: dir }),
        /fake\.docx: is not a Word \.docx document/,
      );
      expectCleanFailure(
        await runCli(['import', 'broken.docx'], { cwd: dir }),
        /broken\.docx: could not be read as a Word document/,
      );
    }));

  it('refuses a 50 MB file before reading it', () =>
    withTempDir(async (dir) => {
      // A sparse file: 50 MB long without writing 50 MB.
      const handle = await open(join(dir, 'huge.html'), 'w');
      await handle.truncate(50 * 1024 * 1024);
      await handle.close();
      expectCleanFailure(
        await runCli(['import', 'huge.html'], { cwd: dir }),
        /huge\.html: 50 MB is too large to import \(at most 10 MB\)/,
      );
    }));

  it('refuses kinds of file it does not read, and says what to do', () =>
    withTempDir(async (dir) => {
      await mkdir(join(dir, 'folder.html'));
      for (const name of ['report.pdf', 'old.doc', 'data.csv', 'tj.brief.md'])
        await writeFile(join(dir, name), 'x');
      expectCleanFailure(
        await runCli(['import', 'report.pdf'], { cwd: dir }),
        /cannot import this kind of file\nSave it as \.docx/,
      );
      expectCleanFailure(await runCli(['import', 'old.doc'], { cwd: dir }), /Save it as \.docx/);
      expectCleanFailure(
        await runCli(['import', 'data.csv'], { cwd: dir }),
        /imports \.html, \.htm, \.docx, \.md and \.txt/,
      );
      expectCleanFailure(await runCli(['import', 'tj.brief.md'], { cwd: dir }), /already a brief source/);
      expectCleanFailure(
        await runCli(['import', 'folder.html'], { cwd: dir }),
        /folder\.html: is a directory/,
      );
      expectCleanFailure(
        await runCli(['import', 'missing.txt'], { cwd: dir }),
        /missing\.txt: no such file or directory/,
      );
    }));
});
