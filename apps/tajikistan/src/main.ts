// Order matters: hydration support must load before Lit defines any element, and the elements must hold
// their brief before `define` upgrades them.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './attach-brief.js';
import '@briefkit/elements/define';
import { setUpCopyButtons } from './site/copy-button.js';
import { localiseEmbedSnippet } from './site/embed-urls.js';

localiseEmbedSnippet();
setUpCopyButtons();
