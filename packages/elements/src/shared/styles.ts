import { css } from 'lit';

/**
 * Design tokens. Every public knob is a `--security-brief-*` custom property with a fallback, so a host page
 * themes the elements from outside; the private `--_*` names are what the stylesheets use.
 * Colours use `light-dark()`, so `color-scheme` (the `theme` attribute, or the reader's setting) picks them.
 */
export const tokens = css`
  :host {
    --_font-body: var(
      --security-brief-font-body,
      Charter, 'Iowan Old Style', 'Source Serif 4', Georgia, 'Liberation Serif', 'DejaVu Serif', serif
    );
    --_font-heading: var(
      --security-brief-font-heading,
      'Helvetica Neue', Arial, 'Liberation Sans', system-ui, sans-serif
    );
    --_font-mono: var(--security-brief-font-mono, ui-monospace, 'DejaVu Sans Mono', monospace);
    --_text: var(--security-brief-color-text, light-dark(#1d2329, #e4e6ea));
    --_muted: var(--security-brief-color-muted, light-dark(#55606e, #a3acb9));
    --_bg: var(--security-brief-color-background, light-dark(#fff, #14171b));
    --_accent: var(--security-brief-color-accent, light-dark(#0b3d78, #9cc2ff));
    --_accent-contrast: var(--security-brief-color-accent-contrast, light-dark(#fff, #0d1724));
    --_link: var(--security-brief-color-link, light-dark(#0b4f9c, #9cc8ff));
    --_rule: var(--security-brief-color-rule, light-dark(#c9d1dc, #3b434e));
    --_box: var(--security-brief-color-box, light-dark(#eef3f9, #1d242d));
    --_error: var(--security-brief-color-error, light-dark(#a3141c, #ff9b9b));
    --_measure: var(--security-brief-measure, 70ch);
    --_size: var(--security-brief-font-size, 1.0625rem);
    --_small: var(--security-brief-font-size-small, 0.875em);
    --_space: var(--security-brief-space, 1rem);
    --_radius: var(--security-brief-radius, 2px);
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;

/**
 * What every element shares: host box, type, links, citations, mention tooltips, states, print basics.
 * Use together with `tokens` (as `BriefElement.styles` does).
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font-body);
    font-size: var(--_size);
    line-height: 1.55;
    text-align: start;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    font-family: var(--_font-heading);
    line-height: 1.25;
    margin-block: 1.6em 0.5em;
    text-wrap: balance;
  }
  p {
    margin-block: 0 0.85em;
  }
  a {
    color: var(--_link);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: var(--_radius);
  }
  code {
    font-family: var(--_font-mono);
    font-size: 0.9em;
  }
  sup.cite,
  sup.cite-sep {
    font-family: var(--_font-heading);
    font-size: 0.7em;
    line-height: 0;
    vertical-align: super;
    margin-inline-start: 0.05em;
  }
  sup.cite-sep {
    margin-inline-end: 0.1em;
  }
  sup.cite a {
    text-decoration: none;
    padding-inline: 0.1em;
  }
  sup.cite a:hover {
    text-decoration: underline;
  }
  [id] {
    scroll-margin-block-start: 2rem;
  }
  .has-tip {
    position: relative;
  }
  .mention {
    color: inherit;
    text-decoration: underline dotted;
    text-decoration-color: var(--_muted);
    text-underline-offset: 0.2em;
  }
  a.mention:hover {
    color: var(--_link);
  }
  .tip {
    display: none;
    position: absolute;
    inset-block-end: calc(100% + 6px);
    inset-inline-start: 0;
    z-index: 10;
    inline-size: max-content;
    max-inline-size: min(22rem, 80vw);
    padding: 0.4em 0.6em;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_bg);
    font-family: var(--_font-heading);
    font-size: 0.8rem;
    font-weight: normal;
    font-style: normal;
    line-height: 1.35;
    white-space: normal;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    pointer-events: none;
  }
  .has-tip:hover > .tip,
  .mention:focus + .tip {
    display: block;
  }
  .quote {
    font-style: italic;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state {
    font-family: var(--_font-heading);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_rule);
    background: var(--_box);
  }
  .state.error {
    border-inline-start-color: var(--_error);
  }
  .state-title {
    font-weight: 700;
  }
  .error .state-title {
    color: var(--_error);
  }
  @media print {
    :host {
      color: #000;
      background: none;
      font-size: 10.5pt;
      color-scheme: light;
    }
    a,
    .mention {
      color: inherit;
      text-decoration: none;
    }
    .tip,
    .no-print {
      display: none !important;
    }
    a.link[href]::after {
      content: ' <' attr(href) '>';
      font-size: 0.85em;
      word-break: break-all;
    }
  }
`;
