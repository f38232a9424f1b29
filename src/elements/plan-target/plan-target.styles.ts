import { css } from 'lit';
import { hostStyles } from '../../styles/tokens.js';

/**
 * Public tokens (mapped to private `--_t-*`): --plan-target-accent, --plan-target-surface, --plan-target-border,
 * --plan-target-padding, --plan-target-max-width, --plan-target-value-size, --plan-target-progress-fill,
 * --plan-target-progress-track. Global --plan-* tokens apply underneath.
 */
export const styles = [
  hostStyles,
  css`
    :host {
      --_t-accent: var(--plan-target-accent, var(--_accent));
      --_t-surface: var(--plan-target-surface, var(--_surface));
      --_t-border: var(--plan-target-border, var(--_border));
      --_t-pad: var(--plan-target-padding, 0.75em 1em);
      --_t-fill: var(--plan-target-progress-fill, var(--_t-accent));
      --_t-track: var(--plan-target-progress-track, var(--_subtle));
      max-width: var(--plan-target-max-width, 28em);
    }
    :host([variant='inline']) {
      display: inline;
      max-width: none;
    }
    p,
    blockquote,
    ol {
      margin: 0;
    }
    /* quotation marks are text (nested ones already one level down): the browser adds none */
    q {
      quotes: none;
    }
    a[href] {
      color: var(--_t-accent);
    }
    .base {
      display: grid;
      gap: 0.25em;
      padding: var(--_t-pad);
      border: 1px solid var(--_t-border);
      border-radius: var(--_radius);
      background: var(--_t-surface);
    }
    .meta,
    .relative-to,
    .pair,
    .change,
    .progress,
    .source {
      font-size: 0.875em;
      color: var(--_muted);
    }
    .kind,
    .estimate {
      display: inline-block;
      margin-inline-end: 0.5em;
      padding: 0 0.4em;
      border: 1px solid currentColor;
      border-radius: var(--_radius);
    }
    .kind {
      color: var(--_t-accent);
    }
    .pair .estimate {
      margin-inline-start: 0.25em;
    }
    .label {
      font-weight: 600;
    }
    .value {
      font-size: var(--plan-target-value-size, 1.75em);
      line-height: 1.2;
      color: var(--_t-accent);
      font-variant-numeric: tabular-nums;
    }
    .note {
      display: block;
    }
    blockquote {
      padding-inline-start: 0.75em;
      border-inline-start: 3px solid var(--_t-border);
    }
    .progress {
      margin-block: 0.25em;
      padding: 0.5em;
      border: 1px dashed var(--_t-border);
      border-radius: var(--_radius);
    }
    /* the bar (progress-bar.ts): an SVG, marks placed in percent of its width */
    .bar {
      display: block;
      height: 1em;
      margin-block: 0.25em;
      overflow: visible;
      print-color-adjust: exact;
    }
    .bar:dir(rtl) {
      scale: -1 1;
    }
    .track {
      fill: var(--_t-track);
      stroke: var(--_t-border);
    }
    .fill {
      fill: var(--_t-fill);
    }
    .tick {
      fill: var(--plan-target-surface, Canvas);
    }
    .target {
      fill: var(--_text);
    }
    .baseline {
      fill: var(--_muted);
    }
    ol {
      padding-inline-start: 1.25em;
    }
    .legend span::before {
      content: '';
      display: inline-block;
      width: 0.75em;
      height: 0.75em;
      margin-inline: 0.5em 0.25em;
      vertical-align: -0.05em;
      background: var(--_t-fill);
    }
    .legend .key-target::before {
      width: 2px;
      background: var(--_text);
    }
    .legend .key-baseline::before {
      width: 0;
      border-inline-start: 2px solid var(--_muted);
      background: none;
    }
    /* compact: one dense block, label and value on one line */
    :host([variant='compact']) .base {
      --_t-pad: 0.375em 0.625em;
      display: block;
    }
    :host([variant='compact']) .base > * {
      margin-block: 0.125em;
    }
    :host([variant='compact']) .label,
    :host([variant='compact']) .value {
      display: inline;
      margin-inline-end: 0.5em;
      font-size: 1em;
    }
    :host([variant='compact']) .bar {
      height: 0.625em;
    }
    /* inline: everything flows inside the host's line of text */
    :host([variant='inline']) .base,
    :host([variant='inline']) .base *,
    :host([variant='inline']) .problem {
      display: inline;
      margin: 0;
      padding: 0;
      border: 0;
      background: none;
      font-size: inherit;
    }
    :host([variant='inline']) .value {
      color: inherit;
      font-weight: 600;
    }
    /* the source marker: small and raised like a note call, without opening the line spacing */
    :host([variant='inline']) .marker {
      margin-inline-start: 0.125em;
      font-size: 0.75em;
      line-height: 0;
      vertical-align: super;
      white-space: nowrap;
      color: var(--_muted);
    }
    :host([variant='inline']) .problem {
      border-bottom: 1px dashed var(--_error);
    }
    @media (forced-colors: active) {
      .bar {
        forced-color-adjust: none;
      }
      .fill,
      .target,
      .baseline {
        fill: CanvasText;
      }
      .track,
      .tick {
        fill: Canvas;
        stroke: CanvasText;
      }
      .legend span::before {
        forced-color-adjust: none;
        background: CanvasText;
      }
      .legend .key-baseline::before {
        background: none;
        border-color: CanvasText;
      }
    }
    @media print {
      .base {
        break-inside: avoid;
      }
    }
  `,
];
