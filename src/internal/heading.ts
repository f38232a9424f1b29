import { html, type TemplateResult } from 'lit';

/**
 * A heading at a level chosen at run time (`heading-level` attributes), with `id`, `part` and a class named like
 * the part. Six static templates: cheaper than lit/static-html, and the same on the server. Levels outside 1…6 are
 * the callers' to validate; anything else renders an h6.
 */
export function heading(level: number, content: unknown, id: string, part: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class=${part} part=${part} id=${id}>${content}</h1>`;
    case 2:
      return html`<h2 class=${part} part=${part} id=${id}>${content}</h2>`;
    case 3:
      return html`<h3 class=${part} part=${part} id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 class=${part} part=${part} id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 class=${part} part=${part} id=${id}>${content}</h5>`;
    default:
      return html`<h6 class=${part} part=${part} id=${id}>${content}</h6>`;
  }
}
