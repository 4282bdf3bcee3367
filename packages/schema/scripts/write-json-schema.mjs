// Writes brief.schema.json from the built zod schema so the shipped file can never drift from it.
import { writeFileSync } from 'node:fs';
import { buildJsonSchema } from '../dist/json-schema.js';

const target = new URL('../brief.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(buildJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
