import { css } from 'lit';

/** The publication: a strong title block, a bold lede, a clear hierarchy, text at a readable measure. */
export const securityBriefStyles = css`
  .brief {
    max-inline-size: calc(var(--_measure) + 2rem);
    padding-block: 0 1.5rem;
    hyphens: auto;
    overflow-wrap: break-word;
  }
  .masthead {
    border-block-start: 0.5rem solid var(--_accent);
    padding-block: 0.9rem 1rem;
    margin-block-end: 1.25rem;
    border-block-end: 1px solid var(--_rule);
  }
  .kicker {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.9em;
    margin: 0 0 0.6rem;
    font-family: var(--_font-heading);
    font-size: 0.78rem;
    font-weight: 700;
    letter-spacing: 0.12em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .kicker .series {
    padding-inline: 0.5em;
    padding-block: 0.1em;
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .kicker .country {
    padding-block: 0.1em;
  }
  .title {
    margin: 0;
    font-size: clamp(1.6rem, 1.2rem + 1.8vw, 2.3rem);
    font-weight: 800;
    line-height: 1.12;
    letter-spacing: -0.01em;
    color: var(--_text);
  }
  .subtitle {
    margin: 0.45rem 0 0;
    font-family: var(--_font-heading);
    font-size: 1.1rem;
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1.4em;
    margin: 0.8rem 0 0;
    font-family: var(--_font-heading);
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .meta .authors {
    color: var(--_text);
    font-weight: 600;
  }
  .lede {
    font-weight: 700;
    font-size: 1.06em;
    line-height: 1.5;
    margin-block-end: 1.5rem;
  }
  .lede p {
    margin: 0;
  }
  .toc {
    font-family: var(--_font-heading);
    font-size: 0.9rem;
    padding: 0.8rem 1rem;
    margin-block-end: 1.5rem;
    background: var(--_box);
    border-inline-start: 3px solid var(--_accent);
  }
  .toc > :first-child {
    margin-block: 0 0.4rem;
    font-size: 0.78rem;
    letter-spacing: 0.1em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .toc ol,
  .toc ul {
    margin: 0;
    padding-inline-start: 1.3em;
  }
  .toc ol ol {
    list-style: lower-alpha;
  }
  .toc-appendix {
    list-style: none;
    padding-inline-start: 0 !important;
    margin-block-start: 0.4rem !important;
    display: flex;
    gap: 1.2em;
  }
  .body > .section:first-child > :first-child {
    margin-block-start: 0.5rem;
  }
  .section > :is(h2, h3, h4, h5, h6, [role='heading']) {
    color: var(--_accent);
  }
  .section.depth-0 > :first-child {
    font-size: 1.35em;
  }
  .section.depth-1 > :first-child {
    font-size: 1.12em;
  }
  .section:is(.depth-2, .depth-3) > :first-child {
    font-size: 1em;
    font-style: italic;
  }
  ul,
  ol {
    padding-inline-start: 1.4em;
    margin-block: 0 0.9em;
  }
  li + li {
    margin-block-start: 0.2em;
  }
  .key-facts {
    margin-block: 1.2rem;
    padding: 0.8rem 1rem 0.6rem;
    background: var(--_box);
    border-block-start: 3px solid var(--_accent);
    font-family: var(--_font-heading);
    font-size: 0.9rem;
  }
  .key-facts-title {
    margin: 0 0 0.5rem;
    font-size: 0.78rem;
    font-weight: 700;
    letter-spacing: 0.1em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .key-facts dl {
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.8rem 1.2rem;
  }
  .fact dt {
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .fact dd {
    margin: 0.1rem 0 0;
    line-height: 1.35;
  }
  .fact-value {
    font-weight: 700;
    font-size: 1.05rem;
  }
  .fact-when {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .fact:focus {
    outline: none;
  }
  .quote-block {
    margin: 1.2rem 0;
    padding-inline-start: 1rem;
    border-inline-start: 3px solid var(--_accent);
  }
  .quote-block blockquote {
    margin: 0;
    font-size: 1.04em;
    font-style: italic;
  }
  .quote-block figcaption {
    font-family: var(--_font-heading);
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .quote-block figcaption .mention {
    color: var(--_text);
  }
  .figure {
    margin: 1.2rem 0;
  }
  .figure img {
    display: block;
    block-size: auto;
    inline-size: 100%;
    border: 1px solid var(--_rule);
  }
  .figure figcaption {
    margin-block-start: 0.35rem;
    font-family: var(--_font-heading);
    font-size: 0.82rem;
    color: var(--_muted);
  }
  .figure .credit {
    font-style: italic;
  }
  .figure-missing {
    padding: 1rem;
    border: 1px dashed var(--_rule);
    color: var(--_muted);
  }
  .colophon {
    margin-block-start: 2rem;
    padding-block-start: 0.6rem;
    border-block-start: 1px solid var(--_rule);
    font-family: var(--_font-heading);
    font-size: 0.78rem;
    color: var(--_muted);
  }
  .colophon p {
    margin: 0 0 0.2rem;
  }
  .section:focus,
  .appendix:focus {
    outline: none;
  }
  @media print {
    .brief {
      max-inline-size: none;
      padding: 0;
    }
    .masthead {
      border-block-start-width: 4mm;
    }
    .kicker .series {
      print-color-adjust: exact;
    }
    .title {
      font-size: 22pt;
    }
    .section > :is(h2, h3, h4, h5, h6, [role='heading']) {
      break-after: avoid;
    }
    .key-facts,
    .quote-block,
    .figure {
      break-inside: avoid;
      print-color-adjust: exact;
    }
  }
`;
