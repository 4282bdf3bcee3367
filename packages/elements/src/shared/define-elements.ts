// Registration, guarded against a second copy of the package: shared by `define` and the prebuilt bundle.

/** An element class, with the package version it carries (to name both copies when two clash). */
export type ElementClass = CustomElementConstructor & { version?: string };

/**
 * Registers `elements` (tag → class), guarded: a tag already defined by the same class is left alone; a tag
 * defined by another class (a second copy of this package on the page) is left alone too, with one
 * console warning naming both versions. Never throws. Returns the tags this call defined.
 */
export function defineElements(elements: Record<string, ElementClass>): string[] {
  const registry = globalThis.customElements;
  if (!registry) return [];
  const defined: string[] = [];
  const clashes: string[] = [];
  for (const [tag, ctor] of Object.entries(elements)) {
    const existing = registry.get(tag) as ElementClass | undefined;
    if (existing === ctor) continue;
    if (existing) {
      clashes.push(
        `<${tag}> (defined: ${existing.version ?? 'unknown version'}, not defined: ${ctor.version ?? 'unknown version'})`,
      );
      continue;
    }
    try {
      registry.define(tag, ctor);
      defined.push(tag);
    } catch (error) {
      clashes.push(`<${tag}> (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (clashes.length > 0) {
    console.warn(
      `@briefkit/elements: another copy of the package already defined these elements, so this copy did not: ${clashes.join(', ')}. Load @briefkit/elements once per page.`,
    );
  }
  return defined;
}
