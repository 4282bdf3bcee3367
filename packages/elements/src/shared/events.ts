import type { Brief } from '@briefkit/schema';

/** Why a brief could not be shown. `kind` is stable; `message` is for people. */
export type BriefErrorKind =
  | 'not-found'
  | 'http'
  | 'timeout'
  | 'network'
  | 'invalid-json'
  | 'not-a-brief'
  | 'render';

/** The error behind a `security-brief-error` event. */
export class BriefLoadError extends Error {
  override name = 'BriefLoadError';
  constructor(
    readonly kind: BriefErrorKind,
    message: string,
    readonly details: { status?: number; url?: string; detail?: string } = {},
  ) {
    super(message);
  }
}

/** Fired when a brief from `src` has loaded and is about to render. Bubbles out of shadow roots. */
export class SecurityBriefLoadEvent extends Event {
  static readonly eventName = 'security-brief-load';
  constructor(readonly brief: Brief) {
    super(SecurityBriefLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when a brief cannot be loaded or shown; the element shows an error state too. */
export class SecurityBriefErrorEvent extends Event {
  static readonly eventName = 'security-brief-error';
  constructor(readonly cause: BriefLoadError) {
    super(SecurityBriefErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'security-brief-load': SecurityBriefLoadEvent;
    'security-brief-error': SecurityBriefErrorEvent;
  }
}
