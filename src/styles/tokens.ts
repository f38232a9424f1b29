import { css } from 'lit';

/**
 * Three levels of tokens: global `--plan-*` (set by the host page, shared by all elements), per-element public
 * `--plan-<element>-*` (declared in each element's styles), mapped to private `--_*` used inside shadow roots.
 *
 * Global tokens: --plan-accent, --plan-text, --plan-muted, --plan-surface, --plan-border, --plan-focus-ring,
 * --plan-error, --plan-font-family, --plan-radius. The same tokens apply in both schemes; the defaults differ.
 */
const LIGHT = css`
  --_accent: var(--plan-accent, #b3261e);
  --_accent-contrast: var(--plan-accent-contrast, #ffffff);
  --_text: var(--plan-text, #1b1b1f);
  --_muted: var(--plan-muted, #56565e);
  --_surface: var(--plan-surface, #ffffff);
  --_subtle: var(--plan-subtle, #f4f2f2);
  --_border: var(--plan-border, #c9c5c5);
  --_focus: var(--plan-focus-ring, #1a5fb4);
  --_error: var(--plan-error, #a1161b);
`;
const DARK = css`
  --_accent: var(--plan-accent, #ffb4ab);
  --_accent-contrast: var(--plan-accent-contrast, #2b0b08);
  --_text: var(--plan-text, #ece7e6);
  --_muted: var(--plan-muted, #bdb6b5);
  --_surface: var(--plan-surface, #1c1b1d);
  --_subtle: var(--plan-subtle, #2a2829);
  --_border: var(--plan-border, #57524f);
  --_focus: var(--plan-focus-ring, #9ecaff);
  --_error: var(--plan-error, #ffb4ab);
`;

/** :host defaults, colour schemes, forced colours, reduced motion and print. Every element starts with this. */
export const hostStyles = css`
  :host {
    ${LIGHT}
    --_font: var(--plan-font-family, inherit);
    --_radius: var(--plan-radius, 6px);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.6;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${DARK}
    }
  }
  :host([theme='dark']) {
    ${DARK}
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .problem {
    display: inline-block;
    margin: 0;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
    font-size: 0.875em;
  }
  .problem strong {
    color: var(--_error);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_accent: CanvasText;
      --_accent-contrast: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_subtle: Canvas;
      --_border: CanvasText;
      --_focus: Highlight;
      --_error: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      ${LIGHT}
      --_surface: #ffffff;
      --_text: #000000;
      color: #000000;
    }
  }
`;
