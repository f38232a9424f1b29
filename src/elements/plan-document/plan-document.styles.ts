import { css } from 'lit';

export const styles = css`
  :host {
    --_aside: var(--plan-document-aside-width, 18rem);
    --_measure: var(--plan-document-max-width, 44rem);
  }
  .base {
    container: plan-document / inline-size;
    color: var(--_text);
    background: var(--_surface);
  }
  .header {
    max-width: var(--_measure);
  }
  .header h1,
  .header h2,
  .header h3,
  .header h4 {
    margin: 0 0 0.25em;
    line-height: 1.4;
  }
  .adoption {
    margin: 0 0 1.5em;
    color: var(--_muted);
  }
  .translation {
    max-width: var(--_measure);
    margin: 0 0 1.5em;
    color: var(--_muted);
  }
  .button {
    font: inherit;
    font-size: 0.875em;
    line-height: 1.4;
    min-height: 2em;
    padding: 0.2em 0.75em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_subtle);
  }
  .chapter-title:focus {
    scroll-margin-top: 1em;
  }
  .layout {
    display: grid;
    gap: 1.5em;
  }
  .aside summary {
    cursor: pointer;
    font-weight: 700;
  }
  .body {
    max-width: var(--_measure);
    min-width: 0;
  }
  .body p {
    margin: 0 0 0.75em;
  }
  .chapter {
    margin-block: 2em;
    scroll-margin-top: 1em;
  }
  .chapter > :is(h2, h3, h4, h5, h6) {
    margin: 0 0 0.75em;
    line-height: 1.4;
  }
  .article {
    margin-block: 1.25em;
    scroll-margin-top: 1em;
  }
  /* wide: the outline beside the text, sticky; its disclosure stays open and its summary is a plain heading */
  @container plan-document (min-width: 60em) {
    .layout {
      grid-template-columns: var(--_aside) minmax(0, 1fr);
      align-items: start;
    }
    .aside {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
  @media print {
    .translation .button,
    .aside {
      display: none;
    }
    .base {
      background: none;
    }
    .chapter {
      break-before: page;
    }
    .chapter > :is(h2, h3, h4, h5, h6) {
      break-after: avoid;
    }
  }
`;
