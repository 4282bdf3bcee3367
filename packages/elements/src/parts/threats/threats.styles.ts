import { css } from 'lit';

export const threatsStyles = css`
  :host {
    container-type: inline-size;
    --_up: var(--security-brief-color-trend-up, light-dark(#a3141c, #ff9b9b));
    --_down: var(--security-brief-color-trend-down, light-dark(#1d6b3a, #8fd6a4));
  }
  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 19rem), 1fr));
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    align-items: start;
  }
  .group-heading {
    margin-block: 0 0.75rem;
    padding-block-end: 0.35rem;
    border-block-end: 3px solid var(--_accent);
    font-size: 0.8rem;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .list,
  .responses ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .threat {
    padding-block: 0.2rem 1.1rem;
  }
  .threat + .threat {
    padding-block-start: 0.9rem;
    border-block-start: 1px solid var(--_rule);
  }
  .threat-title {
    margin-block: 0 0.5rem;
    font-size: 1.05rem;
  }
  .assessment {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1.4rem;
    margin-block: 0 0.6rem;
    font-family: var(--_font-heading);
    font-size: 0.85rem;
  }
  .field dt,
  .facts dt,
  .responses-label {
    font-family: var(--_font-heading);
    font-size: 0.7rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .field dd {
    display: flex;
    align-items: center;
    gap: 0.35rem;
    font-weight: 600;
  }
  .trend-icon {
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .trend-icon:dir(rtl) {
    transform: scaleX(-1);
  }
  .trend-increasing dd {
    color: var(--_up);
  }
  .trend-decreasing dd {
    color: var(--_down);
  }
  .steps {
    display: inline-flex;
    gap: 2px;
  }
  .step {
    inline-size: 0.45rem;
    block-size: 0.7rem;
    border: 1px solid var(--_accent);
    border-radius: 1px;
  }
  .step.on {
    background: var(--_accent);
  }
  .description {
    margin-block-end: 0.5rem;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15em 0.8em;
    margin-block: 0 0.5rem;
    font-size: var(--_small);
  }
  .facts > div {
    display: contents;
  }
  .facts dt {
    padding-block-start: 0.25em;
  }
  dd {
    margin: 0;
  }
  .responses {
    margin-block-start: 0.5rem;
    padding: 0.5rem 0.75rem;
    background: var(--_box);
    border-inline-start: 3px solid var(--_rule);
    font-size: var(--_small);
  }
  .responses-label {
    margin-block: 0 0.2rem;
  }
  .responses li + li {
    margin-block-start: 0.3rem;
  }
  .actor {
    font-weight: 700;
  }
  .actor::after {
    content: ':';
  }
  @media print {
    .threat {
      break-inside: avoid;
    }
    .group-heading {
      color: #000;
      border-color: #000;
    }
    .responses {
      background: none;
    }
    .step {
      border-color: #000;
    }
    .step.on {
      background: #000;
      print-color-adjust: exact;
    }
  }
`;
