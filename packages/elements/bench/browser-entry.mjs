// The bench page's script: every element, as `define` ships them, and the Lit `render` they share, so the
// benchmark can also time Lit alone committing a brief's templates (the first-render floor).
import { render } from 'lit';
import '../src/define.ts';

globalThis.litRender = render;
