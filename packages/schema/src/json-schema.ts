import { z } from 'zod';
import { Brief } from './brief.js';
import { SCHEMA_ID } from './version.js';

type JsonObject = { [key: string]: unknown };

/**
 * Builds the JSON Schema (draft 2020-12) of the canonical Brief from the zod schema. Discriminated unions
 * keep an OpenAPI-style `discriminator` so validators such as ajv report the specific branch's errors.
 */
export function buildJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(Brief, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def as { type: string; discriminator?: string };
      if (def.type === 'union' && typeof def.discriminator === 'string') {
        (jsonSchema as JsonObject).discriminator = { propertyName: def.discriminator };
      }
    },
  }) as JsonObject;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Country security brief (briefkit format 1.x)',
    ...rest,
  };
}
