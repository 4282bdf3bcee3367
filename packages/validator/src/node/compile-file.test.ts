import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatBriefMarkdown } from '../format/format-markdown.js';
import { compileFile } from './compile-file.js';
import { findConfig, loadConfig } from './load-config.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefkit-validator-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function oneLine(result: Awaited<ReturnType<typeof compileFile>>, rule: string) {
  expect(result.brief).toBeUndefined();
  expect(result.diagnostics).toHaveLength(1);
  expect(result.diagnostics[0]).toMatchObject({ rule, line: 1, column: 1, severity: 'error' });
  expect(result.diagnostics[0]!.message).not.toContain('\n');
}

describe('compileFile', () => {
  test('compiles each format by its file name', async () => {
    await writeFile(join(dir, 'a.brief.md'), formatBriefMarkdown(fullBrief));
    await writeFile(join(dir, 'a.brief.json'), JSON.stringify(fullBrief));
    await writeFile(join(dir, 'a.brief.yaml'), JSON.stringify(fullBrief));
    for (const name of ['a.brief.md', 'a.brief.json', 'a.brief.yaml']) {
      const result = await compileFile(join(dir, name));
      expect(result.file).toBe(join(dir, name));
      expect(result.brief).toEqual(fullBrief);
      expect(result.diagnostics.every((d) => d.file === join(dir, name))).toBe(true);
    }
  });

  test('a 50 MB file is refused by the size limit without being read', async () => {
    const big = join(dir, 'big.brief.json');
    await writeFile(big, '');
    await truncate(big, 50 * 1024 * 1024);
    const result = await compileFile(big);
    oneLine(result, 'input-limit');
    expect(result.diagnostics[0]!.message).toContain('50.0 MB');
    expect(result.diagnostics[0]!.message).toContain('10.0 MB');
  });

  test('the size limit is configurable', async () => {
    await writeFile(join(dir, 'small.brief.md'), formatBriefMarkdown(minimalBrief));
    oneLine(
      await compileFile(join(dir, 'small.brief.md'), { config: { limits: { maxBytes: 100 } } }),
      'input-limit',
    );
  });

  test('a directory, a missing file, binary and non-UTF-8 bytes get one line each', async () => {
    await mkdir(join(dir, 'folder.brief.md'));
    oneLine(await compileFile(join(dir, 'folder.brief.md')), 'input-binary');
    oneLine(await compileFile(join(dir, 'missing.brief.md')), 'input-binary');
    await writeFile(join(dir, 'image.brief.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    oneLine(await compileFile(join(dir, 'image.brief.md')), 'input-binary');
    await writeFile(join(dir, 'latin1.brief.md'), new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
    oneLine(await compileFile(join(dir, 'latin1.brief.md')), 'input-binary');
  });

  test('settings come from the nearest briefkit.config file upward', async () => {
    const project = join(dir, 'project');
    await mkdir(join(project, 'briefs', 'tj'), { recursive: true });
    await writeFile(
      join(project, 'briefkit.config.yaml'),
      'rules:\n  unused-actor: off\n  source-link-unknown: warning\nledeMaxWords: 80\n',
    );
    expect(await loadConfig(join(project, 'briefs', 'tj'))).toEqual({
      rules: { 'unused-actor': 'off', 'source-link-unknown': 'warning' },
      ledeMaxWords: 80,
    });
    await writeFile(join(project, 'briefs', 'tj', 'tj.brief.md'), formatBriefMarkdown(fullBrief));
    const result = await compileFile(join(project, 'briefs', 'tj', 'tj.brief.md'));
    expect(result.diagnostics.some((d) => d.rule === 'unused-actor')).toBe(false);
    expect(
      result.diagnostics
        .filter((d) => d.rule === 'source-link-unknown')
        .every((d) => d.severity === 'warning'),
    ).toBe(true);
  });

  test('a broken or unknown setting is left out and reported by findConfig, never thrown', async () => {
    const project = join(dir, 'broken');
    await mkdir(project);
    await writeFile(
      join(project, 'briefkit.config.json'),
      '{"rules": {"no-such-rule": "off", "unused-actor": "loud"}}',
    );
    const found = await findConfig(project);
    expect(found.file).toBe(join(project, 'briefkit.config.json'));
    expect(found.problems.map((p) => p.path)).toEqual([
      ['rules', 'no-such-rule'],
      ['rules', 'unused-actor'],
    ]);
    await writeFile(join(project, 'briefkit.config.json'), '{ not json');
    expect(await loadConfig(project)).toEqual({});
    expect((await findConfig(project)).problems).toHaveLength(1);
  });
});
