/** The format version this package writes. The package's major version equals the format's major. */
export const FORMAT_VERSION = '1.1';
/** Majors this package reads. */
export const SUPPORTED_MAJORS = [1] as const;
/** The `$id` of the shipped JSON Schema. */
export const SCHEMA_ID = 'https://briefkit.dev/schema/brief/1.1/brief.schema.json';
