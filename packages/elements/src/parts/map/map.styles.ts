import { css } from 'lit';

export const mapStyles = css`
  :host {
    --_water: var(--security-brief-map-water, light-dark(#e6eef6, #121b25));
    --_land: var(--security-brief-map-land, light-dark(#f7f5f0, #252b33));
    --_neighbour: var(--security-brief-map-neighbour, light-dark(#e4e1da, #333b45));
    --_border: var(--security-brief-map-border, light-dark(#b9b3a8, #56606c));
    --_highlight: var(--security-brief-map-highlight, light-dark(#a9c6e8, #2f5b8c));
    --_highlight-edge: var(--security-brief-map-highlight-edge, var(--_accent));
    --_place: var(--security-brief-map-place, light-dark(#b3261e, #ff8a80));
    --_halo: var(--security-brief-map-halo, light-dark(rgb(255 255 255 / 0.85), rgb(20 23 27 / 0.85)));
  }
  figure {
    margin: 0;
  }
  .canvas {
    position: relative;
    inline-size: 100%;
    aspect-ratio: 8 / 5;
    overflow: hidden;
    border: 1px solid var(--_rule);
    background: var(--_water);
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .placeholder {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    padding: var(--_space);
    font-family: var(--_font-heading);
    font-size: var(--_small);
    color: var(--_muted);
    text-align: center;
  }
  /* Only with scripts running is the map actually on its way. */
  :host(:defined) .placeholder[data-label]::after {
    content: attr(data-label);
  }
  .sphere {
    fill: var(--_water);
  }
  .graticule {
    fill: none;
    stroke: var(--_border);
    stroke-opacity: 0.35;
    stroke-width: 0.5;
  }
  .others path,
  .neighbours path {
    fill: var(--_land);
    stroke: var(--_border);
    stroke-width: 0.6;
    stroke-linejoin: round;
  }
  .neighbours path {
    fill: var(--_neighbour);
  }
  .country {
    fill: var(--_highlight);
    stroke: var(--_highlight-edge);
    stroke-width: 1.4;
    stroke-linejoin: round;
  }
  text {
    font-family: var(--_font-heading);
    paint-order: stroke;
    stroke: var(--_halo);
    stroke-linejoin: round;
    dominant-baseline: central;
  }
  .country-labels text {
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.14em;
    text-transform: uppercase;
    text-anchor: middle;
    fill: var(--_muted);
    stroke-width: 3px;
  }
  .country-labels text.main {
    font-weight: 700;
    fill: var(--_accent);
  }
  .place circle {
    fill: var(--_place);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .place.capital circle {
    fill: var(--_bg);
    stroke: var(--_place);
    stroke-width: 2;
  }
  .place.capital circle.core {
    fill: var(--_place);
    stroke: none;
  }
  .place text {
    font-size: 13px;
    font-weight: 700;
    fill: var(--_text);
    stroke-width: 3.5px;
  }
  .scale-bar path {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .scale-bar text {
    font-size: 11px;
    fill: var(--_text);
    stroke-width: 3px;
  }
  figcaption {
    margin-block-start: 0.4rem;
    font-family: var(--_font-heading);
    font-size: 0.8rem;
    color: var(--_muted);
  }
  table {
    inline-size: 100%;
    margin-block-start: var(--_space);
    border-collapse: collapse;
    font-family: var(--_font-heading);
    font-size: 0.85rem;
  }
  caption {
    margin-block-end: 0.35rem;
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-align: start;
    text-transform: uppercase;
    color: var(--_muted);
  }
  th,
  td {
    padding: 0.35rem 0.75rem 0.35rem 0;
    border-block-end: 1px solid var(--_rule);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-block-end: 2px solid var(--_accent);
    font-size: 0.75rem;
    color: var(--_muted);
  }
  tbody th {
    font-weight: 700;
  }
  .coordinates {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .outside {
    display: block;
    font-weight: normal;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .date {
    color: var(--_muted);
  }
  @media print {
    .canvas {
      break-inside: avoid;
      print-color-adjust: exact;
    }
    .placeholder::after {
      content: none !important;
    }
    thead th {
      border-color: #000;
    }
  }
`;
