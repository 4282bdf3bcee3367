import { css } from 'lit';

/**
 * Estimates of one contested quantity, side by side like the columns of a comparison table: who says it
 * on top, the number large, then what it counts, when, and the sources (or "unsourced"). The columns
 * wrap on narrow screens and never split across a printed page.
 */
export const estimatesStyles = css`
  .estimates {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9.5rem), 1fr));
    gap: 0 1.25rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-family: var(--_font-heading);
    break-inside: avoid;
  }
  /* Each estimate spans its six lines of the list's grid (who, number, group, when and sources, disputes,
     note), so the numbers of all claimants sit on one line even when a name wraps. */
  .estimate {
    display: grid;
    grid-row: span 6;
    grid-template-rows: subgrid;
    row-gap: 0.1rem;
    align-content: start;
    padding-block-end: 0.5rem;
    padding-block-start: 0.35rem;
    border-block-start: 2px solid var(--_rule);
    font-size: 0.8rem;
    line-height: 1.3;
  }
  .estimate-by {
    font-weight: 700;
    color: var(--_text);
  }
  .estimate-value {
    font-size: 1.35rem;
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: lining-nums tabular-nums;
    color: var(--_accent);
  }
  .estimate-group,
  .estimate-meta {
    color: var(--_muted);
  }
  .estimate-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4rem;
    align-items: baseline;
  }
  /* In a column of its own the number reads better on the line than raised: "Source 1". */
  .estimate-sources .cite {
    vertical-align: baseline;
    font-size: inherit;
  }
  .estimate-disputes,
  .estimate-note {
    font-style: italic;
    color: var(--_muted);
  }
  .unsourced {
    display: inline-block;
    padding: 0 0.3em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-family: var(--_font-heading);
    font-size: 0.7rem;
    font-style: normal;
    font-weight: 700;
    letter-spacing: 0.04em;
    line-height: 1.4;
    text-transform: uppercase;
    color: var(--_muted);
  }
  @media print {
    .estimate {
      border-block-start-color: #999;
    }
    .estimate-value {
      color: #000;
    }
  }
`;
