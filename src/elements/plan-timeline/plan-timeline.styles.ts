import { css } from 'lit';
import { hostStyles } from '../../styles/tokens.js';

/**
 * Per-element public tokens (--plan-timeline-*) map to private ones (--_tl-*), which default to the global
 * --plan-* tokens (through the private --_* of hostStyles).
 */
export const styles = [
  hostStyles,
  css`
    :host {
      --_tl-accent: var(--plan-timeline-accent, var(--_accent));
      --_tl-axis: var(--plan-timeline-axis-color, var(--_muted));
      --_tl-marker: var(--plan-timeline-marker-fill, Canvas);
      --_tl-chip: var(--plan-timeline-chip-background, var(--_subtle));
      --_tl-gap: var(--plan-timeline-gap, 1rem);
    }
    /* the element's own width decides the orientation (orientation="auto"): a container query, no script */
    .base {
      display: grid;
      gap: calc(var(--_tl-gap) / 2);
      container: plan-timeline / inline-size;
      color: var(--_text);
      background: var(--_surface);
    }
    .chart {
      position: relative;
    }

    /* axis: two layered SVGs; "lines" is stretched along the axis, "marks" is placed in percent */
    .axis {
      position: relative;
    }
    /* tick labels 0.75em of the element's font (12 px on a 16 px page), growing with it: the chart's cross-axis
       geometry is in em of this size (timeline-chart.ts), so markers and the gutter grow along */
    .axis svg {
      display: block;
      overflow: visible;
      font-size: 0.75em;
    }
    .axis .marks {
      position: absolute;
      inset: 0;
    }
    .axis.vertical {
      position: absolute;
      inset-block: 0;
      inset-inline-start: 0;
    }
    .axis-line,
    .minor-ticks,
    .connector {
      fill: none;
      stroke: var(--_tl-axis);
      vector-effect: non-scaling-stroke;
    }
    .axis-line {
      stroke-width: 2;
    }
    .axis-line.approximate {
      stroke-dasharray: 4 4;
    }
    .minor-ticks {
      stroke-width: 1;
    }
    .connector {
      stroke-width: 1;
      stroke-opacity: 0.6;
    }
    .marker {
      fill: var(--_tl-marker);
      stroke: var(--_tl-axis);
      stroke-width: 2;
      transition:
        fill 0.15s,
        stroke 0.15s;
    }
    .mark {
      cursor: pointer;
    }
    .mark.approximate .marker {
      stroke-dasharray: 3 2;
    }
    .tick-label {
      fill: var(--_muted);
    }
    .mark.selected .marker {
      fill: var(--_tl-accent);
      stroke: var(--_tl-accent);
      stroke-dasharray: none;
    }
    .connector.selected {
      stroke: var(--_tl-accent);
      stroke-opacity: 1;
      stroke-width: 2;
    }
    .mark.selected .tick-label {
      fill: var(--_text);
      font-weight: 700;
    }

    /* the stages: N equal rows beside the axis (vertical, the default) or N columns under it (horizontal) */
    .stages {
      display: grid;
      grid-auto-rows: 1fr;
      padding-inline-start: var(--_gutter, 7rem);
    }
    .auto .axis.horizontal {
      display: none;
    }
    .horizontal .stages {
      grid-template-columns: repeat(var(--_n, 5), minmax(0, 1fr));
      padding: 0;
    }
    .horizontal .stage {
      text-align: center;
      justify-content: start;
      align-items: center;
    }
    @container plan-timeline (min-width: 45em) {
      .auto .axis.horizontal {
        display: block;
      }
      .auto .axis.vertical {
        display: none;
      }
      .auto .stages {
        grid-template-columns: repeat(var(--_n, 5), minmax(0, 1fr));
        padding: 0;
      }
      .auto .stage {
        text-align: center;
        justify-content: start;
        align-items: center;
      }
    }
    @container plan-timeline (min-width: 30em) {
      .auto.few .axis.horizontal {
        display: block;
      }
      .auto.few .axis.vertical {
        display: none;
      }
      .auto.few .stages {
        grid-template-columns: repeat(var(--_n, 5), minmax(0, 1fr));
        padding: 0;
      }
      .auto.few .stage {
        text-align: center;
        justify-content: start;
        align-items: center;
      }
    }
    .slot {
      display: flex;
      min-width: 0;
      padding: 2px;
    }
    .stage {
      display: flex;
      flex-direction: column;
      gap: 0.125em;
      width: 100%;
      margin: 0;
      padding: 0.375em 0.5em;
      border: 1px solid transparent;
      border-radius: var(--_radius);
      background: none;
      color: inherit;
      font: inherit;
      font-size: 0.875em;
      line-height: 1.5;
      justify-content: center;
      /* label and headline sit at the start, or in the middle where the stages are centred (rules above) */
      align-items: flex-start;
      text-align: start;
      cursor: pointer;
      transition: background-color 0.15s, border-color 0.15s;
    }
    .stage:hover .stage-headline {
      text-decoration: underline;
    }
    .stage.selected {
      border-color: var(--_tl-accent);
      background: var(--_subtle);
    }
    /* the label is a pill: the padding is cancelled by the margins, so the text stays aligned with the headline and
       nothing moves when the selection does */
    .stage-label {
      margin-inline: -0.375em;
      padding: 0 0.375em;
      border-radius: var(--_radius);
      color: var(--_muted);
      font-weight: 700;
      /* a label (二〇二五年, 本世纪中叶) never breaks inside */
      white-space: nowrap;
    }
    .stage.selected .stage-label {
      background: var(--_tl-accent);
      color: var(--_accent-contrast);
    }
    .stage-headline {
      overflow-wrap: anywhere;
    }
    @media screen {
      .compact .stage-headline {
        position: absolute;
        width: 1px;
        height: 1px;
        margin: -1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
    }
    .note {
      margin: 0;
      color: var(--_muted);
      font-size: 0.75em;
    }

    /* details panel */
    .details {
      display: grid;
      gap: 0.5em;
      padding: 0.75em 1em;
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--_tl-accent);
      border-radius: var(--_radius);
    }
    .details p,
    .details ul {
      margin: 0;
    }
    .details-label {
      color: var(--_muted);
      font-weight: 700;
    }
    .details-headline {
      font-size: 1.125em;
      font-weight: 700;
      line-height: 1.4;
    }
    .section-title {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .goals {
      padding-inline-start: 1.25em;
    }
    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      padding: 0;
      list-style: none;
    }
    .figure {
      display: flex;
      flex-direction: column;
      max-width: 16em;
      padding: 0.375em 0.625em;
      border-radius: var(--_radius);
      background: var(--_tl-chip);
      font-size: 0.875em;
      line-height: 1.4;
    }
    .figure-label,
    .figure-base,
    .figure-source {
      color: var(--_muted);
      font-size: 0.875em;
    }
    /* 超过4万亿元, 5%左右: the number stands out by colour and size only, with no gap inside the value */
    .figure-value .value {
      color: var(--_tl-accent);
      font-size: 1.25em;
    }
    .tag {
      align-self: flex-start;
      padding: 0 0.375em;
      border: 1px solid var(--_border);
      border-radius: 999px;
      font-size: 0.75em;
    }
    a[href] {
      color: var(--_tl-accent);
    }
    .share {
      margin: 0.5em 0 0;
    }
    .share-button {
      font: inherit;
      font-size: 0.875em;
      line-height: 1.4;
      min-height: 2em;
      padding: 0.2em 0.75em;
      border: 1px solid var(--_tl-accent);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      cursor: pointer;
    }
    .share-button:hover {
      background: var(--_subtle);
    }

    @media (forced-colors: active) {
      .share-button {
        border-color: ButtonText;
      }
      .mark.selected .marker {
        fill: Highlight;
        stroke: Highlight;
      }
      .connector.selected {
        stroke: Highlight;
      }
      .tick-label {
        fill: CanvasText;
      }
      .stage.selected {
        border: 2px solid Highlight;
      }
      .figure {
        border: 1px solid CanvasText;
      }
      a[href] {
        color: LinkText;
      }
    }
    /* on paper: no page break between the timeline and what precedes it (a heading: the page adds
       h2:has(+ plan-timeline) { break-after: avoid }, README), and a timeline that fits a page's rest instead of
       leaving it blank: across the page whatever its width (auto), one short row rather than a column as tall as the
       stages, kept whole (orientation="vertical" may break between stages); the details, which may be long, break
       where they must */
    @media print {
      :host {
        break-before: avoid;
      }
      .auto .axis.horizontal {
        display: block;
      }
      .auto .axis.vertical {
        display: none;
      }
      .auto .stages {
        grid-template-columns: repeat(var(--_n, 5), minmax(0, 1fr));
        padding: 0;
      }
      .auto .stage {
        text-align: center;
        justify-content: start;
        align-items: center;
      }
      .auto .chart,
      .horizontal .chart {
        break-inside: avoid;
      }
      .axis svg {
        max-width: 100%;
      }
      .details-label {
        break-after: avoid;
      }
      .base {
        background: none;
      }
      .stage {
        border: 0;
        cursor: default;
      }
      .stage.selected,
      .stage.selected .stage-label {
        background: none;
        color: var(--_text);
      }
      .share {
        display: none;
      }
    }
  `,
];
