import { css } from 'lit';
import { hostStyles } from '../../styles/tokens.js';

/**
 * Public tokens (mapped to private `--_f-*`): --plan-figures-accent, --plan-figures-border, --plan-figures-stripe.
 * Global --plan-* tokens apply underneath.
 */
export const styles = [
  hostStyles,
  css`
    :host {
      --_f-accent: var(--plan-figures-accent, var(--_accent));
      --_f-border: var(--plan-figures-border, var(--_border));
      --_f-stripe: var(--plan-figures-stripe, var(--_subtle));
    }
    p {
      margin: 0;
    }
    .base {
      display: grid;
      gap: 0.5em;
      background: var(--_surface);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1em;
    }
    .control {
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      max-inline-size: 100%;
    }
    select,
    button {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_f-border);
      border-radius: var(--_radius);
      padding-block: 0.125em;
      padding-inline: 0.375em;
    }
    select {
      min-inline-size: 0;
      max-inline-size: 16em;
      text-overflow: ellipsis;
    }
    button {
      cursor: pointer;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5em;
    }
    .count,
    .note,
    .not-charted,
    .est {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .downloads {
      display: flex;
      gap: 0.5em;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.25em;
    }
    th,
    td {
      padding-block: 0.25em;
      padding-inline: 0.5em;
      border-block-end: 1px solid var(--_f-border);
      text-align: start;
      vertical-align: top;
    }
    thead th {
      background: var(--_f-stripe);
      white-space: nowrap;
      padding: 0;
    }
    th[scope='row'] {
      font-weight: normal;
    }
    th a {
      color: inherit;
    }
    /* the row a share link points at (hash-bookmark); an outline stays in forced colours */
    [aria-current] > * {
      background: var(--_subtle);
    }
    [aria-current] > th {
      outline: 2px solid var(--_f-accent);
      outline-offset: -2px;
    }
    thead button {
      display: inline-flex;
      align-items: center;
      gap: 0.25em;
      inline-size: 100%;
      border: 0;
      border-radius: 0;
      background: none;
      padding-block: 0.25em;
      padding-inline: 0.5em;
      font-weight: 600;
      text-align: start;
    }
    .sort-icon {
      flex: none;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.5;
      opacity: 0.5;
    }
    .sort-icon.on {
      opacity: 1;
    }
    .value {
      color: var(--_f-accent);
      font-weight: 600;
    }
    a[href] {
      color: var(--_f-accent);
    }
    /* chart */
    .chart-heading {
      font-weight: 600;
    }
    .not-charted-heading {
      margin-block-end: 0.25em;
      font-weight: 600;
    }
    .not-charted ul {
      margin-block-start: 0;
      padding-inline-start: 1.25em;
    }
    .chart-wrap {
      overflow-x: auto;
    }
    .chart {
      display: block;
      max-inline-size: 100%;
      block-size: auto;
      overflow: visible;
      font-size: 12px;
    }
    .chart text {
      fill: var(--_text);
    }
    .chart .row-label {
      font-size: 13px;
      font-weight: 600;
    }
    .chart .tick-label {
      fill: var(--_muted);
      font-size: 10px;
    }
    .chart .axis-line,
    .chart .ticks {
      stroke: var(--_muted);
      fill: none;
    }
    .chart .span {
      stroke: var(--_f-accent);
      stroke-width: 3;
      fill: none;
    }
    .chart .marker {
      fill: var(--_muted);
      stroke: var(--_muted);
      stroke-width: 2;
    }
    .chart .to .marker {
      fill: var(--_f-accent);
      stroke: var(--_f-accent);
    }
    .chart .estimate .marker {
      fill: Canvas;
    }
    .chart .arrow,
    .chart .tilde {
      fill: none;
      stroke: var(--_f-accent);
      stroke-width: 1.5;
    }
    .chart .arrow {
      stroke-dasharray: 3 2;
    }
    .chart .qualifier {
      font-weight: 600;
    }
    .chart-wrap:dir(rtl) .chart {
      direction: ltr;
    }
    @media (forced-colors: active) {
      .chart {
        forced-color-adjust: none;
      }
      .chart text {
        fill: CanvasText;
      }
      .chart .axis-line,
      .chart .ticks,
      .chart .span,
      .chart .arrow,
      .chart .tilde,
      .chart .marker,
      .chart .to .marker {
        stroke: CanvasText;
      }
      .chart .marker,
      .chart .to .marker {
        fill: CanvasText;
      }
      .chart .estimate .marker {
        fill: Canvas;
      }
      .sort-icon {
        stroke: ButtonText;
      }
    }
    @media print {
      .filters,
      .downloads,
      .sort-icon {
        display: none;
      }
      thead th {
        background: none;
      }
      tr {
        break-inside: avoid;
      }
    }
  `,
];
