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
  .actor-list {
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: 0.75em 1.5em;
  }
  .actor {
    padding-block: 0.35em;
    border-block-start: 1px solid var(--_rule);
  }
  .actor dt {
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
`;
