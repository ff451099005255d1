/**
 * The chart's own styles: layout of summary, plot, legend, readout and table; the colour roles the
 * canvas reads (see read-palette.ts); the compact inline size; print and forced-colors rules.
 */
import { css } from 'lit';

export const fitChartStyles = css`
  :host {
    display: block;
    --_chart-mark: var(--fit-chart-outcome-color, var(--_mark));
    --_chart-alliance: var(--fit-chart-alliance-color, var(--_alliance));
    --_chart-collateral: var(--fit-chart-collateral-color, light-dark(#2f6b31, #8fd694));
    --_chart-alert: var(--_alert);
    --_chart-muted: var(--_muted);
    --_chart-text: var(--_text);
    --_chart-surface: var(--_surface);
    --_chart-band: var(--fit-chart-band-color, var(--_accent));
    --_chart-grid: var(--fit-chart-grid-color, light-dark(#d8dee4, #343b44));
    background: var(--_surface);
  }
  :host([compact]) {
    display: inline-block;
    vertical-align: middle;
    width: var(--fit-chart-compact-width, 8rem);
    height: var(--fit-chart-compact-height, 2rem);
  }
  [hidden] {
    display: none !important;
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 0.66);
  }
  .compact {
    display: block;
    width: 100%;
    height: 100%;
  }
  .summary {
    margin: 0;
    line-height: 1.4;
  }
  .plot {
    position: relative;
    height: var(--fit-chart-height, 20rem);
    min-width: 0;
    overflow: hidden;
    border-radius: var(--_radius);
  }
  .compact .plot {
    height: 100%;
  }
  .plot:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .legend svg {
    flex: none;
    overflow: visible;
  }
  .readout {
    margin: 0;
    min-height: 1.4em;
    font-size: 0.9375em;
  }
  .readout p {
    margin: 0;
  }
  .readout .alert,
  .error {
    color: var(--_alert);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    font: inherit;
    font-size: 0.875em;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.3em 0.75em;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .prompts {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    border-bottom: 1px solid var(--_line);
    padding: 0.2rem 0.5rem;
    text-align: end;
  }
  th:nth-child(-n + 4),
  td:nth-child(-n + 4) {
    text-align: start;
  }
  .error {
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .compact.error {
    padding: 0 0.25rem;
    font-size: 0.75em;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :host {
      --_chart-mark: CanvasText;
      --_chart-alliance: CanvasText;
      --_chart-collateral: CanvasText;
      --_chart-alert: Mark;
      --_chart-muted: GrayText;
      --_chart-text: CanvasText;
      --_chart-surface: Canvas;
      --_chart-band: Highlight;
      --_chart-grid: GrayText;
    }
    .plot:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
    button {
      color: ButtonText;
      border-color: ButtonText;
    }
    .legend svg * {
      stroke: CanvasText;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .actions {
      display: none;
    }
    .table-wrap[hidden] {
      display: block !important;
    }
  }
`;
