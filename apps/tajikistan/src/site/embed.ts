export interface EmbedOptions {
  /** URL of the prebuilt element bundle. */
  bundleUrl: string;
  /** URL of the brief's canonical JSON. */
  briefUrl: string;
  /** The brief's title, for the comment line. */
  title: string;
}

/**
 * The three lines a newsroom pastes into its page: a comment naming the brief, the element bundle, the element.
 * The result is HTML *source* to be shown as text, so attribute values are escaped for HTML here.
 */
export function embedSnippet({ bundleUrl, briefUrl, title }: EmbedOptions): string {
  const comment = title.replace(/--/g, '‐‐').replace(/[<>]/g, '');
  return [
    `<!-- ${comment} -->`,
    `<script type="module" src="${escapeAttribute(bundleUrl)}"></script>`,
    `<security-brief src="${escapeAttribute(briefUrl)}"></security-brief>`,
  ].join('\n');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Joins a base URL and a path relative to it, keeping the base's path (`https://x.org/briefs/` + `brief.json`). */
export function siteUrl(base: string, path: string): string {
  return new URL(path, base.endsWith('/') ? base : `${base}/`).href;
}
