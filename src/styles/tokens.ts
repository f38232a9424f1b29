import { css } from 'lit';

/**
 * Three levels of tokens: global `--plan-*` (set by the host page, shared by all elements), per-element public
 * `--plan-<element>-*` (declared in each element's styles), mapped to private `--_*` used inside shadow roots.
 *
 * Global tokens: --plan-accent, --plan-accent-contrast, --plan-text, --plan-muted, --plan-surface, --plan-subtle,
 * --plan-border, --plan-focus-ring, --plan-error, --plan-font-family, --plan-font-zh-hans, --plan-font-zh-hant-hk,
 * --plan-font-zh-hant-tw, --plan-radius. The same tokens apply in both schemes; the defaults differ.
 *
 * Colour scheme: each default is `light-dark(light, dark)`, resolved against the element's used `color-scheme`.
 * The host inherits `color-scheme` from the page, so a page that has not opted into dark (no `color-scheme: dark`
 * or `light dark` on its root, no `<meta name="color-scheme">`) gets light widgets whatever the OS prefers, and a
 * page that declares `light dark` gets widgets that follow the OS with it. The page switch `data-plan-theme`
 * (ThemeController) and the element's `theme` set the host's `color-scheme`; nothing reads `prefers-color-scheme`.
 * A host token may itself be `light-dark(…)` to give both schemes.
 *
 * Surfaces: widgets sit in the page, not on a box of their own. `--plan-surface` defaults to transparent (the
 * host's background shows through, whatever it is) and `--plan-subtle` to a translucent grey, `#8882`, which tints
 * whatever is behind it a little lighter or darker, so both suit any page in either scheme. A host that wants an
 * opaque box sets `--plan-surface` (and `--plan-subtle`). An element whose `theme` forces a scheme, which need not be
 * the page's, keeps an opaque surface (#fff / #1c1b1d) so that its text stays readable. Hollow markers, which must
 * hide the axis line under them, are filled with the scheme's `Canvas`.
 */
/** :host defaults, colour schemes, forced colours, reduced motion and print. Every element starts with this. */
export const hostStyles = css`
  :host {
    --_accent: var(--plan-accent, light-dark(#b3261e, #ffb4ab));
    --_accent-contrast: var(--plan-accent-contrast, light-dark(#ffffff, #2b0b08));
    --_text: var(--plan-text, light-dark(#1b1b1f, #ece7e6));
    --_muted: var(--plan-muted, light-dark(#56565e, #bdb6b5));
    --_surface: var(--plan-surface, var(--_box));
    --_subtle: var(--plan-subtle, #8882);
    --_border: var(--plan-border, light-dark(#c9c5c5, #57524f));
    --_focus: var(--plan-focus-ring, light-dark(#1a5fb4, #9ecaff));
    --_error: var(--plan-error, light-dark(#a1161b, #ffb4ab));
    --_radius: var(--plan-radius, 6px);
    --_hans: var(--plan-font-zh-hans, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC');
    --_cjk: var(--_hans);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    line-height: 1.6;
    -webkit-text-size-adjust: 100%;
  }
  /* Fonts: without --plan-font-family the declaration below is invalid at computed-value time, so font-family
     inherits: the host page's font, with the browser's own CJK fallback chosen by each part's lang. With it, the
     site's stack comes first and the CJK stack of each part's locale follows (lang is on every text part). */
  :host,
  [lang] {
    font-family: var(--plan-font-family), var(--_cjk), sans-serif;
  }
  [lang='zh-Hans'] {
    --_cjk: var(--_hans);
  }
  [lang='zh-Hant-HK'] {
    --_cjk: var(--plan-font-zh-hant-hk, 'PingFang HK', 'Microsoft JhengHei', 'Noto Sans CJK HK', 'Source Han Sans HC');
  }
  [lang='zh-Hant-TW'] {
    --_cjk: var(--plan-font-zh-hant-tw, 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC');
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* theme on the element beats the page switch (a sheet with :host { color-scheme } added by ThemeController) */
  /* a scheme forced on the element need not be the page's: it brings its own opaque surface (--_box; without it
     --_surface is unset, so backgrounds are transparent) */
  :host([theme='light']) {
    color-scheme: light;
    --_box: #ffffff;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_box: #1c1b1d;
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
  /* black on white whatever the theme, the page switch, the OS or the host's (screen) tokens */
  @media print {
    :host {
      color-scheme: light !important;
      --_accent: #000;
      --_accent-contrast: #fff;
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_subtle: #fff;
      --_border: #767676;
      --_focus: #000;
      --_error: #000;
      color: #000;
    }
  }
`;
