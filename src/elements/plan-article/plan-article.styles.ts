import { css } from 'lit';

/**
 * Public tokens (with their private counterparts):
 * --plan-article-accent (--_a-accent): rule beside the article, buttons' text and border.
 * --plan-article-mark-background / --plan-article-mark-color (--_a-mark-bg / --_a-mark-fg): highlighted terms.
 * --plan-article-title-size (--_a-title-size), --plan-article-font-size (--_a-size).
 * --plan-article-rule-width (--_a-rule): width of the quotation rule (0 to remove it).
 * --plan-article-gap (--_a-gap): space between paragraphs.
 * Selectors are classes (and :host): `part` names are the public styling API and never used here.
 */
export const articleStyles = css`
  :host {
    --_a-accent: var(--plan-article-accent, var(--_accent));
    --_a-mark-bg: var(--plan-article-mark-background, light-dark(#fff0a0, #6b5900));
    --_a-mark-fg: var(--plan-article-mark-color, light-dark(#1b1b1f, #fffbe6));
    --_a-title-size: var(--plan-article-title-size, 1.15em);
    --_a-size: var(--plan-article-font-size, 1em);
    --_a-rule: var(--plan-article-rule-width, 3px);
    --_a-gap: var(--plan-article-gap, 0.75em);
    margin-block: 1em;
    font-size: var(--_a-size);
  }
  .base {
    margin: 0;
    padding: 0.25em 0 0.25em 1em;
    border-inline-start: var(--_a-rule) solid var(--_a-accent);
    background: var(--_surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .header {
    margin-block-end: var(--_a-gap);
  }
  .chapter {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .title {
    margin: 0.15em 0 0;
    font-size: var(--_a-title-size);
    font-weight: 700;
    line-height: 1.4;
  }
  .number {
    margin-inline-end: 0.5em;
    color: var(--_a-accent);
  }
  .paragraph {
    margin: 0 0 var(--_a-gap);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .highlight {
    background: var(--_a-mark-bg);
    color: var(--_a-mark-fg);
    border-radius: 2px;
    padding: 0 0.05em;
  }
  .controls,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: var(--_a-gap);
  }
  .button {
    font: inherit;
    font-size: 0.875em;
    line-height: 1.4;
    min-height: 2em;
    padding: 0.2em 0.75em;
    border: 1px solid var(--_a-accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_subtle);
  }
  .status {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .manual {
    display: block;
    margin-block-start: 0.5em;
    padding: 0.25em 0.5em;
    border: 1px dashed var(--_border);
    font-size: 0.875em;
    user-select: all;
    -webkit-user-select: all;
    overflow-wrap: anywhere;
  }
  .loading {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .highlight {
      background: Mark;
      color: MarkText;
      forced-color-adjust: none;
    }
    .button {
      border-color: ButtonText;
    }
  }
  @media print {
    .base {
      border-inline-start-color: #000;
    }
    .actions,
    .controls,
    .status,
    .manual,
    .excerpt {
      display: none !important;
    }
    .body[hidden] {
      display: block !important;
    }
    .highlight {
      background: none;
      color: inherit;
      font-weight: 700;
    }
  }
`;
