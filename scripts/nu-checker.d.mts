/** Why the Nu HTML Checker cannot run here (no Java runtime), or `undefined` if it can. */
export const nuCheckerUnavailable: string | undefined;
/** The checker's errors for the HTML files at `files`, as `file:line:column: message`; empty if all conform. */
export function nuCheckerErrors(files: string[]): Promise<string[]>;
