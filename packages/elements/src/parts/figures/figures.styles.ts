import { css } from 'lit';

export const figuresStyles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12.5rem), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: flex;
    flex-direction: column;
    padding: 0.9rem 1rem 0.8rem;
    border-block-start: 4px solid var(--_accent);
    background: var(--_box);
    font-family: var(--_font-heading);
  }
  .card p {
    margin: 0;
  }
  .card.contested {
    grid-column: 1 / -1;
  }
  .contested .estimates {
    margin-block-start: 0.75rem;
  }
  .contested .estimate-value {
    font-size: 1.6rem;
  }
  .value {
    font-size: 1.9rem;
    font-weight: 700;
    line-height: 1.1;
    letter-spacing: -0.01em;
    font-variant-numeric: lining-nums tabular-nums;
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  .qualifier {
    font-size: 0.55em;
    font-weight: 600;
    letter-spacing: 0;
  }
  .rating-value {
    font-size: 1.3rem;
    line-height: 1.2;
  }
  .unit {
    margin-block-start: 0.1rem;
    font-size: 0.8rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .label {
    margin-block-start: 0.55rem;
    font-family: var(--_font-body);
    font-size: 0.98rem;
    line-height: 1.35;
  }
  .meta {
    margin-block-start: auto;
    padding-block-start: 0.6rem;
    font-size: 0.78rem;
    color: var(--_muted);
  }
  .scale {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    margin-block-start: 0.6rem;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .segments {
    display: flex;
    gap: 3px;
  }
  .segment {
    flex: 1;
    block-size: 0.5rem;
    border: 1px solid var(--_accent);
  }
  .segment.on {
    background: var(--_accent);
  }
  .bar {
    inline-size: 100%;
    block-size: 0.5rem;
  }
  .bar-track {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .bar-fill {
    fill: var(--_accent);
  }
  @media print {
    .card {
      break-inside: avoid;
      background: none;
      border: 1px solid #999;
      border-block-start: 3px solid #000;
    }
    .value {
      color: #000;
    }
    .segment,
    .bar-track {
      border-color: #000;
      stroke: #000;
    }
    .segment.on,
    .bar-fill {
      background: #000;
      fill: #000;
      print-color-adjust: exact;
    }
  }
`;
