import { css } from 'lit';

/** The sources list in small type, numbered like the superscripts that point at it. */
export const sourcesStyles = css`
  .source-list {
    margin: 0;
    padding-inline-start: 2.2em;
    font-size: var(--_small);
    line-height: 1.45;
  }
  .source {
    margin-block-end: 0.4em;
    padding-inline-start: 0.2em;
  }
  .source::marker {
    font-family: var(--_font-heading);
    font-weight: 700;
    color: var(--_muted);
  }
  .source-title {
    font-style: italic;
  }
  .no-link,
  .accessed {
    color: var(--_muted);
  }
  .backlink {
    text-decoration: none;
    font-family: var(--_font-heading);
    padding-inline: 0.2em;
  }
  .source:target,
  .source:focus {
    outline: none;
    background: var(--_box);
  }
  @media print {
    .source-link[href]::after {
      content: ' <' attr(href) '>';
      word-break: break-all;
    }
  }
`;
