import type { CST } from 'yaml';

/**
 * The offset of the first node nested deeper than `max` in a YAML token stream, found without recursion: yaml
 * composes documents recursively, so a 10 000-deep document must be refused before that.
 */
export function firstTooDeep(tokens: readonly CST.Token[], max: number): number | undefined {
  const stack: { token: CST.Token | null | undefined; depth: number }[] = tokens.map((token) => ({
    token,
    depth: 0,
  }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token) continue;
    switch (token.type) {
      case 'document':
        stack.push({ token: token.value, depth });
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        if (depth + 1 > max) return token.offset;
        for (const item of token.items) {
          const entry = item as CST.CollectionItem;
          stack.push({ token: entry.key, depth: depth + 1 });
          stack.push({ token: entry.value, depth: depth + 1 });
        }
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}

/** The same for JSON text: the offset of the first bracket that opens deeper than `max`. */
export function firstTooDeepJson(text: string, max: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
}
