import type { Brief } from '@briefkit/schema';
import { BriefLoadError } from '../shared/events.js';
import { msg } from '../shared/i18n.js';
import { briefShapeProblem } from './brief-shape.js';

// A module of its own, imported when an element first has a `src` to fetch: a page that gives its briefs as
// properties or server-renders them never downloads it, and one that fetches loads it beside the request.

/**
 * The brief at `src`, checked to have a brief's shape; rejects with a BriefLoadError saying what went wrong
 * (in `lang`), or with the fetch's own error when the request failed or was aborted.
 */
export async function fetchBrief(src: string, signal: AbortSignal, lang: string): Promise<Brief> {
  const response = await fetch(src, { signal, headers: { accept: 'application/json' } });
  if (response.status === 404 || response.status === 410) {
    throw new BriefLoadError('not-found', msg(lang, 'error.not-found'), {
      status: response.status,
      url: src,
    });
  }
  if (!response.ok) {
    throw new BriefLoadError('http', msg(lang, 'error.http', { status: response.status }), {
      status: response.status,
      url: src,
    });
  }
  const text = await response.text();
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new BriefLoadError('invalid-json', msg(lang, 'error.invalid-json'), {
      url: src,
      detail: String(error),
    });
  }
  const problem = briefShapeProblem(data);
  if (problem) {
    throw new BriefLoadError('not-a-brief', msg(lang, 'error.not-a-brief', { detail: problem }), {
      url: src,
      detail: problem,
    });
  }
  return data as Brief;
}
