/**
 * The SVG of `<plan-figures mode="chart">`, as Lit templates computed from a pure layout
 * (src/charts/figures-layout.ts). Hidden from assistive technology (aria-hidden): the element puts the same
 * information in a visually hidden list beside it. Rendered the same on the server and in the browser.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import { MARKER_RADIUS, type EndMark, type FiguresLayout } from '../../charts/figures-layout.js';

/** What the chart prints for one end of a row: the year prefix, the value in parts, the estimate note. */
export interface EndText {
  readonly prefix: string;
  readonly before: string;
  readonly main: string;
  readonly after: string;
  readonly estimate: string;
}

export interface RowText {
  readonly label: string;
  readonly from: EndText;
  readonly to: EndText;
}

const end = (m: EndMark, text: EndText, role: 'from' | 'to') =>
  svg`<g class="end ${role} ${m.bound}${m.estimate ? ' estimate' : ''}" data-bound=${m.bound}>
    ${m.arrow ? svg`<path class="arrow" d=${m.arrow}></path>` : nothing}
    ${m.tilde ? svg`<path class="tilde" d=${m.tilde}></path>` : nothing}
    <circle class="marker" cx=${m.x} cy=${m.y} r=${MARKER_RADIUS}></circle>
    <text class="value-text" x=${m.textX} y=${m.textY} text-anchor=${m.anchor}>${text.prefix}${
      text.before ? svg`<tspan class="qualifier">${text.before}</tspan>` : nothing
    }${text.main}${text.after ? svg`<tspan class="qualifier">${text.after}</tspan>` : nothing}${text.estimate}</text>
  </g>`;

/** The chart: one `<g class="row">` per measure, each with its own axis and ticks. */
export function renderFiguresChart(layout: FiguresLayout, texts: readonly RowText[], tick: (v: number) => string): TemplateResult {
  return html`<svg
    class="chart"
    part="chart"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 ${layout.width} ${layout.height}"
    width=${layout.width}
    height=${layout.height}
  >
    ${layout.rows.map((r, i) => {
      const t = texts[i];
      return svg`<g class="row" data-measure=${r.measure}>
        <text class="row-label" x=${r.labelX} y=${r.labelY}>${t.label}</text>
        <path class="axis-line" d=${r.axis}></path>
        <path class="ticks" d=${r.tickPath}></path>
        ${r.ticks.map((k) => svg`<text class="tick-label" x=${k.x} y=${r.tickLabelY} text-anchor="middle">${tick(k.value)}</text>`)}
        <path class="span" d=${r.span}></path>
        ${end(r.from, t.from, 'from')}
        ${end(r.to, t.to, 'to')}
      </g>`;
    })}
  </svg>`;
}
