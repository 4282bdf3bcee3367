// For server-rendered pages: hydration support must load before Lit itself, then the elements are defined
// and adopt the server's markup instead of rendering it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './define.js';
