import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { checkBrief } from './check.js';
import { contestedBrief, fullBrief, invalidFixtures, minimalBrief } from './fixtures/index.js';
import { buildJsonSchema } from './json-schema.js';
import { SCHEMA_ID } from './version.js';

const shipped = JSON.parse(readFileSync(new URL('../brief.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false, discriminator: true });
const validate = ajv.compile(shipped);

describe('brief.schema.json', () => {
  it('is the file generated from the zod schema, with an $id', () => {
    expect(shipped).toEqual(buildJsonSchema());
    expect(shipped.$id).toBe(SCHEMA_ID);
    expect(shipped.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('keeps the discriminator of discriminated unions', () => {
    expect(shipped.$defs.Block.discriminator).toEqual({ propertyName: 'type' });
    expect(shipped.$defs.Span.discriminator).toEqual({ propertyName: 'type' });
  });

  it.each([
    ['minimal', minimalBrief],
    ['full', fullBrief],
    ['contested', contestedBrief],
  ])('accepts the %s brief like zod does', (_name, doc) => {
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(checkBrief(doc).ok).toBe(true);
  });

  describe.each(invalidFixtures)('rejects like zod: $name', (fixture) => {
    it('both reject', () => {
      expect(checkBrief(fixture.doc).ok).toBe(false);
      expect(validate(fixture.doc)).toBe(false);
    });
  });

  it('gives a branch-specific error for a bad block, thanks to the discriminator', () => {
    const doc = structuredClone(minimalBrief) as unknown as { sections: { content: unknown[] }[] };
    doc.sections[0]!.content[0] = { type: 'figure', src: 'https://example.org/x.png' };
    expect(validate(doc)).toBe(false);
    expect(
      validate.errors?.some(
        (e) => e.params && 'missingProperty' in e.params && e.params.missingProperty === 'alt',
      ),
    ).toBe(true);
  });
});
