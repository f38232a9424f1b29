import { css } from 'lit';
import { hostStyles } from '../../styles/tokens.js';

/**
 * Public tokens (mapped to private `--_s-*`): --plan-search-accent, --plan-search-mark, --plan-search-active,
 * --plan-search-max-height. Global --plan-* tokens apply underneath.
 */
export const styles = [
  hostStyles,
  css`
    :host {
      --_s-accent: var(--plan-search-accent, var(--_accent));
      --_s-mark: var(--plan-search-mark, light-dark(#fff3b0, #5c4a00));
      --_s-active: var(--plan-search-active, var(--_subtle));
      max-width: 40em;
      min-inline-size: 0;
    }
    .base {
      display: grid;
      /* one column that may shrink below its content: nothing overflows a narrow sidebar */
      grid-template-columns: minmax(0, 1fr);
      gap: 0.375em;
      color: var(--_text);
      background: var(--_surface);
    }
    .label {
      font-weight: 600;
    }
    .input {
      box-sizing: border-box;
      inline-size: 100%;
      min-inline-size: 0;
      padding-block: 0.5em;
      padding-inline: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    .input:focus-visible {
      border-color: var(--_s-accent);
    }
    .input::placeholder {
      color: var(--_muted);
      opacity: 1;
    }
    .listbox {
      margin: 0;
      padding: 0;
      list-style: none;
      max-block-size: var(--plan-search-max-height, 24em);
      overflow-y: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .listbox[hidden] {
      display: none;
    }
    .option {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      overflow-wrap: anywhere;
      gap: 0.125em;
      padding-block: 0.5em;
      padding-inline: 0.75em;
      border-inline-start: 3px solid transparent;
      cursor: pointer;
    }
    .option + .option {
      border-block-start: 1px solid var(--_border);
    }
    .option[aria-selected='true'] {
      background: var(--_s-active);
      border-inline-start-color: var(--_s-accent);
    }
    .number,
    .snippet,
    .status {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .lead {
      font-weight: 600;
    }
    mark {
      background: var(--_s-mark);
      color: var(--_text);
      border-radius: 2px;
    }
    .status {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .show-all {
      justify-self: start;
      max-inline-size: 100%;
      padding-block: 0.375em;
      padding-inline: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_s-accent);
      font: inherit;
      cursor: pointer;
      overflow-wrap: anywhere;
    }
    .show-all:hover {
      background: var(--_s-active);
    }
    @media (forced-colors: active) {
      .option[aria-selected='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-inline-start-color: HighlightText;
      }
      .option[aria-selected='true'] .number,
      .option[aria-selected='true'] .snippet {
        color: HighlightText;
      }
      mark {
        background: Mark;
        color: MarkText;
      }
      .show-all {
        color: ButtonText;
        background: ButtonFace;
        border-color: ButtonText;
      }
    }
    @media print {
      .show-all {
        display: none;
      }
      .input,
      .listbox {
        border-color: #000;
        background: #fff;
        color: #000;
      }
      mark {
        background: none;
        font-weight: 700;
        text-decoration: underline;
      }
    }
  `,
];
