import { html, type TemplateResult } from 'lit';

/**
 * The locales the Languages stories show side by side (the toolbar's Locale switch has all four, zh-Hant-TW too).
 * Each caption is written in its own language; the wrapper's `lang` is what the element inside follows.
 */
export const SIDE_BY_SIDE = [
  { lang: 'zh-Hans', caption: '简体中文（默认）' },
  { lang: 'zh-Hant-HK', caption: '繁體中文（香港）' },
  { lang: 'en', caption: 'English (unofficial translation)' },
] as const;

/** A host page's sans-serif, so the three read alike (the elements inherit the page's font). */
const FONT = 'font-family: system-ui, sans-serif';

const LAYOUT = {
  /** Three columns while they fit, for the narrower elements. */
  columns: `${FONT}; display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); align-items: start`,
  /** One under the other, for an element that needs the width (the timeline). */
  rows: `${FONT}; display: grid; gap: 2rem`,
};

/**
 * The same element once per locale, each in its own `lang` wrapper (a `<figure>`) with a visible caption naming
 * the language and the attribute. A story's own `lang` beats the page's (the toolbar's), so these stay as they are
 * whatever Locale the toolbar is set to.
 */
export function inLanguages(render: () => TemplateResult, layout: keyof typeof LAYOUT = 'columns'): TemplateResult {
  return html`<div style=${LAYOUT[layout]}>
    ${SIDE_BY_SIDE.map(
      (l) => html`<figure lang=${l.lang} style="margin: 0; min-width: 0">
        <figcaption style="margin: 0 0 0.5rem; font: 600 0.875rem/1.4 system-ui, sans-serif">
          ${l.caption} · <code>lang="${l.lang}"</code>
        </figcaption>
        ${render()}
      </figure>`,
    )}
  </div>`;
}
