const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The href to render for a URL taken from a brief, or `undefined` when it must stay plain text.
 * Only absolute http:, https: and mailto: URLs pass. Parsing with the WHATWG URL parser (the one the browser
 * uses to follow the link) means whitespace, control characters, mixed case and entity tricks are judged
 * exactly as the browser would judge them; relative URLs have no base here and are refused.
 */
export function safeHref(url: unknown): string | undefined {
  return judged(hrefs, url, (parsed) => (LINK_SCHEMES.has(parsed.protocol) ? parsed.href : undefined));
}

/** Image sources: http(s), or an inline `data:image/…` (scripts never run inside an `<img>`). */
export function safeImageSrc(url: unknown): string | undefined {
  return judged(images, url, (parsed) => {
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
    if (parsed.protocol === 'data:' && /^image\/[a-z0-9.+-]+[;,]/i.test(parsed.pathname)) return parsed.href;
    return undefined;
  });
}

// A brief links the same few URLs on every render, and the URL parser is the dearest step of judging one:
// the verdicts are remembered by the URL's text (bounded; null stands for "refused").
const hrefs = new Map<string, string | null>();
const images = new Map<string, string | null>();

function judged(
  verdicts: Map<string, string | null>,
  url: unknown,
  judge: (parsed: URL) => string | undefined,
): string | undefined {
  if (typeof url !== 'string') return undefined;
  const known = verdicts.get(url);
  if (known !== undefined) return known ?? undefined;
  const parsed = parse(url);
  const verdict = parsed ? judge(parsed) : undefined;
  if (verdicts.size >= 1024) verdicts.clear();
  verdicts.set(url, verdict ?? null);
  return verdict;
}

function parse(url: string): URL | undefined {
  // C0 controls and spaces are stripped by the URL parser; anything else odd makes it throw.
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.length > 4096) return undefined;
  try {
    return new URL(trimmed);
  } catch {
    return undefined;
  }
}
