// React typings for the elements: `import type {} from '@briefkit/elements/jsx'` once in a React project.
// (Only that import needs React's types; nothing else in the package does.)
import type {
  SecurityBrief,
  SecurityBriefActors,
  SecurityBriefErrorEvent,
  SecurityBriefFigures,
  SecurityBriefLoadEvent,
  SecurityBriefMap,
  SecurityBriefSources,
  SecurityBriefThreats,
  SecurityBriefTimeline,
} from './index.js';

interface CommonProps<E> {
  brief?: E extends { brief?: infer B } ? B : never;
  'heading-level'?: number | string;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  hidden?: boolean;
  style?: Record<string, string | number> | string;
  children?: unknown;
  key?: string | number;
  ref?: unknown;
  'onsecurity-brief-error'?: (event: SecurityBriefErrorEvent) => void;
}

interface SecurityBriefProps extends CommonProps<SecurityBrief> {
  src?: string;
  toc?: boolean;
  timeout?: number | string;
  'onsecurity-brief-load'?: (event: SecurityBriefLoadEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'security-brief': SecurityBriefProps;
      'security-brief-actors': CommonProps<SecurityBriefActors>;
      'security-brief-sources': CommonProps<SecurityBriefSources>;
      'security-brief-timeline': CommonProps<SecurityBriefTimeline>;
      'security-brief-threats': CommonProps<SecurityBriefThreats>;
      'security-brief-figures': CommonProps<SecurityBriefFigures>;
      'security-brief-map': CommonProps<SecurityBriefMap>;
    }
  }
}
