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
    a {
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
    [part='relative-to'],
    [part='pair'],
    [part='change'],
    .progress,
    .source {
      font-size: 0.875em;
      color: var(--_muted);
    }
    [part='kind'],
    [part='estimate'] {
      display: inline-block;
      margin-inline-end: 0.5em;
      padding: 0 0.4em;
      border: 1px solid currentColor;
      border-radius: var(--_radius);
    }
    [part='kind'] {
      color: var(--_t-accent);
    }
    [part='pair'] [part='estimate'] {
      margin-inline-start: 0.25em;
    }
    [part='label'] {
      font-weight: 600;
    }
    [part='value'] {
      font-size: var(--plan-target-value-size, 1.75em);
      line-height: 1.2;
      color: var(--_t-accent);
      font-variant-numeric: tabular-nums;
    }
    [part='note'] {
      display: block;
    }
    .current {
      color: var(--_text);
      font-weight: 600;
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
    /* the bar: a value v sits at v / max of the width (--_v, --_max set by progress-bar.ts) */
    .bar {
      position: relative;
      height: 1em;
      margin-block: 0.25em;
      print-color-adjust: exact;
    }
    .bar > span {
      position: absolute;
      inset-block: 0;
      inset-inline-start: calc(var(--_v) / var(--_max) * (100% - 2px));
      width: 2px;
    }
    .bar > .track,
    .bar > .fill {
      inset-block: 25%;
      inset-inline-start: 0;
    }
    .bar > .track {
      inset-inline-end: 0;
      width: auto;
      box-sizing: border-box;
      background: var(--_t-track);
      border: 1px solid var(--_t-border);
    }
    .bar > .fill {
      width: calc(var(--_v) / var(--_max) * 100%);
      background: var(--_t-fill);
    }
    .bar > .tick {
      inset-block: 25%;
      background: var(--_t-surface);
    }
    .target {
      background: var(--_text);
    }
    .bar > .baseline {
      inset-block: 12.5%;
      border-inline-start: 2px dashed var(--_muted);
      box-sizing: border-box;
    }
    .actuals {
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
      border-inline-start: 2px dashed var(--_muted);
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
    :host([variant='compact']) [part='label'],
    :host([variant='compact']) [part='value'] {
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
    :host([variant='inline']) .problem,
    :host([variant='inline']) details,
    :host([variant='inline']) summary,
    :host([variant='inline']) .ids {
      display: inline;
      margin: 0;
      padding: 0;
      border: 0;
      background: none;
      font-size: inherit;
    }
    :host([variant='inline']) [part='value'] {
      color: inherit;
      font-weight: 600;
    }
    :host([variant='inline']) .meta {
      color: var(--_muted);
      font-size: 0.875em;
    }
    :host([variant='inline']) .problem {
      border-bottom: 1px dashed var(--_error);
    }
    .ids {
      display: block;
      word-break: break-all;
    }
    @media (forced-colors: active) {
      .bar > span {
        forced-color-adjust: none;
      }
      .bar > .fill,
      .target {
        background: CanvasText;
      }
      .track {
        background: Canvas;
        border-color: CanvasText;
      }
      .bar > .tick {
        background: Canvas;
      }
      .bar > .baseline {
        border-color: CanvasText;
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
