/** The id a heading gets when it names none: its title in lower-case ASCII words joined by `-`. */
export function slugBase(title: string): string {
  return (
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/g, '') || 'section'
  );
}

/** The first of base, base-2, base-3 … not in `used`; adds it to `used`. */
export function uniqueSlug(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** `Title {#id}` → title and explicit id. */
export function splitHeadingId(text: string): { title: string; id?: string } {
  const match = /\s*\{#([^{}\s]*)\}\s*$/.exec(text);
  if (!match) return { title: text.trim() };
  return { title: text.slice(0, match.index).trim(), id: match[1]! };
}
