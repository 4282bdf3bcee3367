// Editors find the brief's JSON Schema in the installed @briefkit/schema package (docs/editors.md): these tests
// prove that the file resolves there and that it validates what authors write.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_ID } from '@briefkit/schema';
import { compileSource } from '@briefkit/validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { starterBrief } from '../scaffold/template.js';
import { runCli, withTempDir } from '../test-helpers.js';
import { frontMatterSchema } from './front-matter-schema.js';

const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@briefkit/schema/brief.schema.json');
const shipped = JSON.parse(readFileSync(schemaPath, 'utf8'));
const ajv = () => new Ajv2020({ allErrors: true, strict: false, discriminator: true });
const validateBrief = ajv().compile(shipped);
const validateFrontMatter = ajv().compile(frontMatterSchema(shipped));

const tajikistanFile = fileURLToPath(
  new URL('../../../../apps/tajikistan/src/tajikistan.brief.md', import.meta.url),
);
const tajikistan = readFileSync(tajikistanFile, 'utf8');

/** The YAML between the opening and closing `---` lines of a .brief.md. */
function frontMatterOf(markdown: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown);
  if (!match) throw new Error('no front matter');
  return parse(match[1]!) as Record<string, unknown>;
}

const missing = (errors: typeof validateBrief.errors) =>
  (errors ?? []).map((e) => (e.params as { missingProperty?: string }).missingProperty ?? e.message);

describe('the JSON Schema for editors', () => {
  it('resolves from the CLI package to the file @briefkit/schema ships, with the $id editors are pointed at', () => {
    expect(schemaPath.endsWith(join('schema', 'brief.schema.json'))).toBe(true);
    expect(shipped.$id).toBe(SCHEMA_ID);
    // The path docs/editors.md gives for settings.json, as it exists beside an installed package.
    const documented = fileURLToPath(
      new URL('../../node_modules/@briefkit/schema/brief.schema.json', import.meta.url),
    );
    expect(existsSync(documented)).toBe(true);
    expect(JSON.parse(readFileSync(documented, 'utf8'))).toEqual(shipped);
  });

  it('resolves from a project that installed the packed @briefkit/schema tarball', () =>
    withTempDir(async (dir) => {
      const schemaPackage = fileURLToPath(new URL('../../../schema', import.meta.url));
      const [packed] = JSON.parse(
        execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
          cwd: schemaPackage,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      ) as { filename: string; files: { path: string }[] }[];
      expect(packed!.files.map((f) => f.path)).toContain('brief.schema.json');
      const installed = join(dir, 'project', 'node_modules', '@briefkit', 'schema');
      await mkdir(installed, { recursive: true });
      execFileSync('tar', ['-xzf', join(dir, packed!.filename), '-C', installed, '--strip-components=1']);
      await writeFile(join(dir, 'project', 'package.json'), '{ "type": "module" }\n');
      const fromProject = createRequire(join(dir, 'project', 'index.js'));
      const resolved = fromProject.resolve('@briefkit/schema/brief.schema.json');
      expect(resolved).toBe(join(installed, 'brief.schema.json'));
      expect(JSON.parse(readFileSync(resolved, 'utf8'))).toEqual(shipped);
    }));

  it('compiles with ajv and accepts the Tajikistan brief in its canonical form (.brief.json and .brief.yaml)', () => {
    const { brief } = compileSource(tajikistan, { file: 'tajikistan.brief.md' });
    expect(brief).toBeDefined();
    expect(validateBrief(brief), JSON.stringify(validateBrief.errors)).toBe(true);
    // A .brief.yaml holds the same model: what an editor parses from it must pass too.
    const asYaml = parse(stringify(brief));
    expect(validateBrief(asYaml), JSON.stringify(validateBrief.errors)).toBe(true);
  });

  it('validates the front matter of the Tajikistan brief once lede and sections are left to the body', () => {
    const front = frontMatterOf(tajikistan);
    // The canonical schema wants what only the Markdown body provides, and nothing else is wrong (the
    // `briefkit:` settings are the front matter's own, which its schema knows).
    expect(front.briefkit).toBeDefined();
    const { briefkit: _settings, ...fields } = front;
    expect(validateBrief(fields)).toBe(false);
    expect(missing(validateBrief.errors).sort()).toEqual(['lede', 'sections']);
    expect(validateFrontMatter(front), JSON.stringify(validateFrontMatter.errors)).toBe(true);
  });

  it('points at the mistakes an author makes in a front matter', () => {
    const front = frontMatterOf(tajikistan) as Record<string, unknown> & {
      threats: Record<string, unknown>[];
    };
    front.threats[0]!.likelihood = 'probable';
    front.titel = 'typo';
    front.briefkit = { rules: { 'no-such-rule': 'off' } };
    expect(validateFrontMatter(front)).toBe(false);
    const errors = validateFrontMatter.errors ?? [];
    expect(errors.some((e) => e.instancePath === '/threats/0/likelihood')).toBe(true);
    expect(
      errors.some((e) => (e.params as { additionalProperty?: string }).additionalProperty === 'titel'),
    ).toBe(true);
    expect(errors.some((e) => e.instancePath.startsWith('/briefkit/rules'))).toBe(true);
  });

  it('flags, as the validator does, a front matter that turns down its own safety rules or sets limits', () => {
    const front = frontMatterOf(tajikistan) as Record<string, unknown>;
    front.briefkit = { rules: { 'url-scheme': 'error', 'unused-actor': 'off' } };
    expect(validateFrontMatter(front), JSON.stringify(validateFrontMatter.errors)).toBe(true);
    for (const settings of [
      { rules: { 'url-scheme': 'off' } },
      { rules: { 'text-control-characters': 'warning' } },
      { limits: { maxAliasCount: 100000 } },
    ]) {
      front.briefkit = settings;
      expect(validateFrontMatter(front), JSON.stringify(settings)).toBe(false);
      expect(validateFrontMatter.errors?.[0]?.instancePath).toMatch(/^\/briefkit/);
    }
  });

  it('accepts the starter briefs of every kind, and `briefkit schema --front-matter` prints the same schema', async () => {
    for (const kind of ['country', 'thematic', 'crisis-update'] as const) {
      const text = starterBrief({
        country: { code: 'KG', name: 'Kyrgyzstan' },
        kind,
        published: kind === 'crisis-update' ? '2026-11-27' : '2026-11',
        examples: 'active',
      });
      expect(text).toContain(`# yaml-language-server: $schema=${SCHEMA_ID}`);
      expect(validateFrontMatter(frontMatterOf(text)), kind).toBe(true);
    }
    const { code, stdout } = await runCli(['schema', '--front-matter']);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed).toEqual(frontMatterSchema(shipped));
    expect(printed.$id).toBe(SCHEMA_ID.replace('brief.schema.json', 'brief-front-matter.schema.json'));
  });
});
