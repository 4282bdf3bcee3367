import { css } from 'lit';

/** The actors list: names in the heading face, roles muted, claims attributed in small type. */
export const actorsStyles = css`
  .actor-group + .actor-group {
    margin-block-start: 1em;
  }
  .actor-group > :first-child {
    margin-block: 0 0.4em;
    font-size: 0.85rem;
    font-weight: 700;
    color: var(--_muted);
  }
  /* Balanced columns, not a grid: a grid row is as tall as its longest card, leaving holes beside it. A long
     card may go on in the next column, as in print, but never inside a name or one entry, nor between a name
     and what follows it. */
  .actor-list {
    margin: 0;
    columns: 17rem;
    column-gap: 1.5em;
  }
  .actor {
    padding-block: 0.35em;
    margin-block-end: 0.75em;
    border-block-start: 1px solid var(--_rule);
  }
  .actor dt,
  .actor dd {
    break-inside: avoid;
  }
  .actor dt {
    break-after: avoid;
    font-family: var(--_font-heading);
    font-weight: 700;
    font-size: 0.95em;
  }
  .actor dd {
    margin: 0.15em 0 0;
    font-size: var(--_small);
  }
  .actor .role {
    color: var(--_muted);
  }
  .actor .claim,
  .actor .rating {
    padding-inline-start: 0.6em;
    border-inline-start: 2px solid var(--_rule);
    margin-block-start: 0.35em;
  }
  .claim-text,
  .rating-value {
    font-style: italic;
  }
  .attribution {
    color: var(--_muted);
  }
  .claim-quantity {
    font-weight: 700;
    font-variant-numeric: lining-nums tabular-nums;
  }
`;
