import { css } from 'lit';
import { hostStyles } from '../../styles/tokens.js';

/**
 * Public tokens (mapped to private `--_o-*`): --plan-outline-accent, --plan-outline-link-color,
 * --plan-outline-current-background, --plan-outline-indent. Global --plan-* tokens apply underneath.
 */
export const styles = [
  hostStyles,
  css`
    :host {
      --_o-accent: var(--plan-outline-accent, var(--_accent));
      --_o-link: var(--plan-outline-link-color, var(--_text));
      --_o-current-bg: var(--plan-outline-current-background, var(--_subtle));
      --_o-indent: var(--plan-outline-indent, 1.25em);
    }
    .base {
      background: var(--_surface);
    }
    ul,
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chapters > li + li {
      border-block-start: 1px solid var(--_border);
    }
    .heading {
      margin: 0;
      font-weight: 600;
      line-height: 1.4;
    }
    .chapter > .heading {
      padding-block: 0.375em;
    }
    .chapters .chapter > .heading {
      padding: 0;
    }
    .toggle {
      display: flex;
      gap: 0.5em;
      align-items: baseline;
      box-sizing: border-box;
      width: 100%;
      margin: 0;
      padding: 0.5em 0.25em;
      border: 0;
      border-radius: var(--_radius);
      background: none;
      color: inherit;
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    .toggle:hover {
      background: var(--_subtle);
    }
    /* the disclosure marker: a triangle pointing to the inline end, down when open */
    .toggle::before {
      content: '';
      flex: none;
      width: 0;
      height: 0;
      border-block: 0.3em solid transparent;
      border-inline-start: 0.45em solid var(--_muted);
      transition: rotate 0.15s;
    }
    .toggle[aria-expanded='true']::before {
      rotate: 90deg;
    }
    .toggle:dir(rtl)[aria-expanded='true']::before {
      rotate: -90deg;
    }
    .list {
      padding-block: 0 0.5em;
      padding-inline-start: var(--_o-indent);
    }
    .list[hidden] {
      display: none;
    }
    .link {
      display: block;
      padding: 0.25em 0.5em;
      border-inline-start: 3px solid transparent;
      border-radius: var(--_radius);
      color: var(--_o-link);
      text-decoration: none;
    }
    .link:hover .lead {
      text-decoration: underline;
    }
    .number {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .link[aria-current] {
      border-inline-start-color: var(--_o-accent);
      background: var(--_o-current-bg);
      color: var(--_o-accent);
      font-weight: 600;
    }
    .link[aria-current] .number {
      color: inherit;
    }
    @media (forced-colors: active) {
      .toggle::before {
        border-inline-start-color: CanvasText;
      }
      .link {
        color: LinkText;
      }
      .link[aria-current] {
        border-inline-start-color: Highlight;
      }
    }
    /* print: the whole tree, open, without the buttons' chrome */
    @media print {
      .list[hidden] {
        display: block;
      }
      .toggle {
        padding-inline: 0;
      }
      .toggle::before {
        display: none;
      }
      .link {
        border-inline-start-color: transparent;
        background: none;
        color: #000;
      }
      .chapter {
        break-inside: avoid-page;
      }
    }
  `,
];
