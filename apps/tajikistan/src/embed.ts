// The bundle a newsroom embeds with `<script type="module" src=".../embed/bundle.js">`: the elements, defined.
// The locator map's geodata stays in a lazy chunk next to it.
import '@briefkit/elements/define';
