import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ProgressMarks } from '../../charts/progress-layout.js';

/** A mark at value v: CSS places it at v / max of the bar (`--_v`, `--_max`; see plan-target.styles.ts). */
const mark = (cls: string, v: number) => html`<span class=${cls} style=${styleMap({ '--_v': String(v) })}></span>`;

/**
 * The progress bar (decorative: aria-hidden, the text equivalent is the list next to it). Positions and the
 * fill's length are CSS `calc(var(--_v) / var(--_max) * …)`, so the bar follows its container's width with no
 * measurement. Custom properties go through `styleMap`, which sets them with the CSSOM in the browser (allowed
 * by a strict `style-src` CSP) and writes a style attribute only in server-rendered HTML.
 */
export function progressBar(m: ProgressMarks): TemplateResult {
  return html`<div class="bar" aria-hidden="true" style=${styleMap({ '--_max': String(m.max) })}>
    <span class="track"></span>${mark('fill', m.latest.value)}${m.earlier.map((a) => mark('tick', a.value))}${
      m.baseline === null ? null : mark('baseline', m.baseline)
    }${mark('target', m.target)}
  </div>`;
}
