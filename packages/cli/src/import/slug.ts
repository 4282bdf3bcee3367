/** Lower-case ASCII words joined by `-`, at most `max` characters, cut at a word: a valid brief id part. */
export function slugWords(text: string, max = 48): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let out = '';
  for (const word of words) {
    const next = out === '' ? word : `${out}-${word}`;
    if (next.length > max) break;
    out = next;
  }
  return out === '' ? (words[0]?.slice(0, max) ?? '') : out;
}

/** Hands out ids that are unique within one brief: `base`, then `base-2`, `base-3`, … */
export class IdPool {
  private readonly used = new Set<string>();
  /** The next number to try per base, so that the thousandth "src-announced" costs what the second did. */
  private readonly next = new Map<string, number>();

  take(base: string): string {
    let id = base;
    let n = this.next.get(base) ?? 2;
    if (this.used.has(id)) {
      do id = `${base}-${n++}`;
      while (this.used.has(id));
      this.next.set(base, n);
    }
    this.used.add(id);
    return id;
  }
}
