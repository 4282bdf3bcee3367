import { defineMeta } from './meta.js';

// Rules reported while reading the source text, before a canonical Brief exists.

export const yamlSyntax = defineMeta({
  id: 'yaml-syntax',
  severity: 'error',
  description: 'The YAML (front matter, .brief.yaml or a key-facts block) is not well-formed.',
  configurable: false,
});

export const jsonSyntax = defineMeta({
  id: 'json-syntax',
  severity: 'error',
  description: 'The .brief.json file is not well-formed JSON.',
  configurable: false,
});

export const frontMatter = defineMeta({
  id: 'front-matter',
  severity: 'error',
  description:
    'A .brief.md file starts with YAML front matter between two `---` lines, holding a mapping of fields.',
  configurable: false,
});

export const schema = defineMeta({
  id: 'schema',
  severity: 'error',
  description: 'A field is missing, unknown, of the wrong type or not in the accepted form.',
  configurable: false,
});

export const formatVersion = defineMeta({
  id: 'format-version',
  severity: 'error',
  description: 'The `formatVersion` major is not one this validator reads.',
  configurable: false,
});

export const inputLimit = defineMeta({
  id: 'input-limit',
  severity: 'error',
  description: 'The input is larger, deeper or uses more YAML aliases than the configured limits allow.',
  configurable: false,
});

export const inputBinary = defineMeta({
  id: 'input-binary',
  severity: 'error',
  description: 'The input is not text (NUL bytes or invalid UTF-8), or is not a file.',
  configurable: false,
});

export const markdownUnsupported = defineMeta({
  id: 'markdown-unsupported',
  severity: 'error',
  description:
    'A Markdown construct the brief format cannot hold: raw HTML, inline images, tables, thematic breaks, `#` headings, nested lists or quotes, footnotes, code blocks other than key-facts, a lede of more than one paragraph, mixed formatting inside a link.',
  configurable: true,
});

export const headingLevelSkip = defineMeta({
  id: 'heading-level-skip',
  severity: 'error',
  description: 'A heading skips a level (a `####` directly under a `##`).',
  configurable: true,
});

export const sourceDefinitionMismatch = defineMeta({
  id: 'source-definition-mismatch',
  severity: 'error',
  description: "A link definition `[source-id]: url` disagrees with that source's `url` in the front matter.",
  configurable: true,
});

export const configInvalid = defineMeta({
  id: 'config-invalid',
  severity: 'warning',
  description:
    'Validator settings (`briefkit:` in the front matter or briefkit.config.*) name an unknown rule or value.',
  configurable: true,
});

export const configLocked = defineMeta({
  id: 'config-locked',
  severity: 'warning',
  description:
    "A brief's own settings (`briefkit:`) try to turn down a safety rule (`url-scheme`, `text-control-characters`) or to set `limits`: the setting is ignored. Only the project's briefkit.config.* (or the caller's config) can.",
  configurable: true,
  safety: true,
});

export const internalError = defineMeta({
  id: 'internal-error',
  severity: 'error',
  description: 'The validator failed on this input. Please report it with the file.',
  configurable: false,
});

export const sourceRules = [
  yamlSyntax,
  jsonSyntax,
  frontMatter,
  schema,
  formatVersion,
  inputLimit,
  inputBinary,
  markdownUnsupported,
  headingLevelSkip,
  sourceDefinitionMismatch,
  configInvalid,
  configLocked,
  internalError,
] as const;
