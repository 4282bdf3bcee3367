import { css } from 'lit';

/** Back matter (actors, sources, and any part shown below the text): a rule above, a small-caps heading. */
export const appendixStyles = css`
  .appendix {
    margin-block-start: 2.5em;
    padding-block-start: 0.6em;
    border-block-start: 2px solid var(--_accent);
  }
  .appendix > :is(h1, h2, h3, h4, h5, h6, [role='heading']) {
    margin-block-start: 0;
    font-size: 0.8em;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_accent);
  }
`;
