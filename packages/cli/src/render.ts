import type { Brief } from '@briefkit/schema';

export interface PageOptions {
  lang?: string;
  title?: string;
  scriptSrc?: string;
}

/** `renderBriefPage` of @briefkit/elements/ssr: a complete HTML document with the brief server-rendered. */
export type RenderBriefPage = (brief: Brief, options?: PageOptions) => Promise<string>;

// A variable specifier keeps the renderer optional: the command line works for validation without it.
const SSR_ENTRY = '@briefkit/elements/ssr';

function isMissingModule(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' || /Cannot find|Failed to load url|does not provide an export/i.test(String(error));
}

/** The server renderer, or undefined when the installed @briefkit/elements does not provide one. */
export async function loadRenderer(): Promise<RenderBriefPage | undefined> {
  try {
    const module = (await import(/* @vite-ignore */ SSR_ENTRY)) as { renderBriefPage?: unknown };
    return typeof module.renderBriefPage === 'function' ? (module.renderBriefPage as RenderBriefPage) : undefined;
  } catch (error) {
    if (isMissingModule(error)) return undefined;
    throw error;
  }
}

export function pageOptions(brief: Brief): PageOptions {
  return { lang: brief.language, title: brief.title };
}
