import { css } from 'lit';

export const timelineStyles = css`
  :host {
    container-type: inline-size;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .event {
    display: grid;
    grid-template-columns: minmax(7.5rem, 10rem) 1fr;
    column-gap: 1.25rem;
  }
  .when {
    padding-block-start: 0.15em;
    text-align: end;
    font-family: var(--_font-heading);
    font-size: 0.875rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
  }
  .what {
    position: relative;
    padding-inline-start: 1.35rem;
    padding-block-end: 1.4rem;
    border-inline-start: 2px solid var(--_rule);
    max-inline-size: var(--_measure);
  }
  .event:last-child .what {
    padding-block-end: 0.25rem;
    border-inline-start-color: transparent;
  }
  .what::before {
    content: '';
    position: absolute;
    inset-inline-start: -7px;
    inset-block-start: 0.3em;
    inline-size: 12px;
    block-size: 12px;
    border-radius: 50%;
    border: 3px solid var(--_accent);
    background: var(--_bg);
  }
  .event-title {
    margin-block: 0 0.3em;
    font-size: 1.05rem;
    text-wrap: pretty;
  }
  .description {
    margin-block-end: 0.4em;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15em 0.8em;
    margin-block: 0.3em 0.5em;
    font-size: var(--_small);
  }
  .facts > div {
    display: contents;
  }
  dt {
    padding-block-start: 0.2em;
    font-family: var(--_font-heading);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.05em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .casualties {
    font-weight: 600;
  }
  .claims {
    list-style: none;
    margin: 0.6em 0 0;
    padding: 0;
  }
  .claim {
    margin-block-end: 0.45em;
    padding: 0.45em 0.75em;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_box);
    font-size: var(--_small);
  }
  .claim-denial,
  .claim-allegation {
    border-inline-start-color: var(--_muted);
  }
  .attribution {
    display: block;
    font-family: var(--_font-heading);
    font-size: 0.78em;
    font-weight: 700;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .claim-quantity {
    font-weight: 700;
    font-variant-numeric: lining-nums tabular-nums;
  }
  .claim-text + .quote {
    margin-inline-start: 0.25em;
  }
  .disputes {
    display: block;
    font-style: italic;
    color: var(--_muted);
  }
  @container (max-width: 34rem) {
    .event {
      grid-template-columns: 1fr;
    }
    .when {
      padding-inline-start: 1.35rem;
      text-align: start;
      border-inline-start: 2px solid var(--_rule);
    }
  }
  @media print {
    .event {
      break-inside: avoid;
    }
    .when {
      color: #000;
    }
    .what::before {
      border-color: #000;
    }
    .claim {
      background: none;
      border-inline-start-color: #777;
    }
  }
`;
