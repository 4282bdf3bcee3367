const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The href to render for a URL taken from a brief, or `undefined` when it must stay plain text.
 * Only absolute http:, https: and mailto: URLs pass. Parsing with the WHATWG URL parser (the one the browser
 * uses to follow the link) means whitespace, control characters, mixed case and entity tricks are judged
 * exactly as the browser would judge them; relative URLs have no base here and are refused.
 */
export function safeHref(url: unknown): string | undefined {
  const parsed = parse(url);
  if (!parsed || !LINK_SCHEMES.has(parsed.protocol)) return undefined;
  return parsed.href;
}

/** Image sources: http(s), or an inline `data:image/…` (scripts never run inside an `<img>`). */
export function safeImageSrc(url: unknown): string | undefined {
  const parsed = parse(url);
  if (!parsed) return undefined;
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
  if (parsed.protocol === 'data:' && /^image\/[a-z0-9.+-]+[;,]/i.test(parsed.pathname)) return parsed.href;
  return undefined;
}

function parse(url: unknown): URL | undefined {
  if (typeof url !== 'string') return undefined;
  // C0 controls and spaces are stripped by the URL parser; anything else odd makes it throw.
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.length > 4096) return undefined;
  try {
    return new URL(trimmed);
  } catch {
    return undefined;
  }
}
