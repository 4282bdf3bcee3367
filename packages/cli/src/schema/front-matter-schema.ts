import { ruleCatalog } from '@briefkit/validator';

type JsonObject = { [key: string]: unknown };

const SEVERITY_OR_OFF = { enum: ['error', 'warning', 'info', 'off'] };
const POSITIVE = { type: 'integer', minimum: 1 };

/**
 * The per-document validator settings a front matter may hold under `briefkit:`. As in the validator, a
 * document may not turn its safety rules down nor set limits: those are the project's (briefkit.config.*).
 */
function settingsSchema(): JsonObject {
  const configurable = ruleCatalog.filter((r) => r.configurable).map((r) => r.id);
  const safety = ruleCatalog.filter((r) => r.configurable && r.safety);
  return {
    description: 'Validator settings for this document only, e.g. { rules: { unused-actor: off } }.',
    type: 'object',
    additionalProperties: false,
    properties: {
      rules: {
        type: 'object',
        propertyNames: { enum: configurable },
        properties: Object.fromEntries(
          safety.map((r) => [
            r.id,
            {
              enum: [r.severity],
              description: `A safety rule: only the project's briefkit.config.* can turn it down.`,
            },
          ]),
        ),
        additionalProperties: SEVERITY_OR_OFF,
      },
      ledeMaxWords: POSITIVE,
    },
  };
}

/**
 * The JSON Schema of a `.brief.md` front matter, derived from the shipped schema of the canonical Brief: the
 * same fields, less `lede` and `sections` (the Markdown body writes those), plus the `briefkit:` settings key.
 */
export function frontMatterSchema(briefSchema: JsonObject): JsonObject {
  const schema = structuredClone(briefSchema);
  const defs = schema.$defs as Record<string, JsonObject> | undefined;
  const brief = defs?.Brief;
  if (brief === undefined || typeof brief.properties !== 'object' || brief.properties === null)
    throw new Error('the JSON Schema has no $defs.Brief with properties');
  const properties = brief.properties as JsonObject;
  delete properties.lede;
  delete properties.sections;
  properties.briefkit = settingsSchema();
  if (Array.isArray(brief.required))
    brief.required = brief.required.filter((key) => key !== 'lede' && key !== 'sections');
  const id = typeof schema.$id === 'string' ? schema.$id : undefined;
  return {
    ...schema,
    ...(id === undefined
      ? {}
      : { $id: id.replace(/brief\.schema\.json$/, 'brief-front-matter.schema.json') }),
    title: 'Front matter of a .brief.md file (briefkit format 1.x)',
  };
}
