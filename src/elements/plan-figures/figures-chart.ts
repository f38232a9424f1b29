/**
 * The chart of `<plan-figures mode="chart">`: its SVG, as Lit templates computed from a pure layout
 * (src/charts/figures-layout.ts), the same information as a visually hidden list beside it (the SVG is hidden
 * from assistive technology), and the list of the figures it leaves out with the reason for each. Rendered the same
 * on the server and in the browser.
 *
 * A chunk of its own: the element import()s this module (with figures-layout.ts and D3: d3-scale, d3-array,
 * d3-path) only when `mode="chart"` is used, so a table-only page never downloads it (see plan-figures.ts
 * `loadChart`). Nothing here may be imported statically by the element, only types.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import {
  layoutFigures,
  measurePairs,
  notCharted,
  MARKER_RADIUS,
  type EndMark,
  type FiguresLayout,
  type NotChartedReason,
} from '../../charts/figures-layout.js';
import { valueParts } from '../../data/figure-format.js';
import type { Figure } from '../../data/types.js';
import type { CommonStrings } from '../../i18n/sections/common.js';
import type { FiguresStrings } from '../../i18n/sections/figures.js';

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

/** What the chart needs from the element: the figures, their texts in the locale in effect, the number format. */
export interface ChartInput {
  readonly figures: readonly Figure[];
  /** A figure with its label (and unit …) in the locale in effect. */
  readonly local: (f: Figure) => Figure;
  /** A figure's row label in the locale in effect (naming its own quantity, as in the table). */
  readonly label: (f: Figure) => string;
  readonly t: FiguresStrings;
  readonly common: CommonStrings;
  /** A tick value as the locale writes numbers. */
  readonly tick: (v: number) => string;
}

/**
 * The chart (in `.chart-wrap`) and, for screen readers, a visually hidden list saying the same; then the figures the
 * chart leaves out, by reason (a multiple, a rank, the only value of its measure), each with its row label.
 */
export function renderChart({ figures, local, label, t, common, tick }: ChartInput): TemplateResult {
  const pairs = measurePairs(figures);
  const endText = (f: Figure): EndText => {
    const p = valueParts(local(f));
    return {
      prefix: f.year === null ? '' : t.dated(common.year(f.year), ''),
      before: p.before,
      main: p.number + p.unit,
      after: p.after,
      estimate: f.estimate ? t.estimate : '',
    };
  };
  const flat = (e: EndText) => e.prefix + e.before + e.main + e.after + e.estimate;
  const texts = pairs.map((p) => ({ label: local(p.to).label, from: endText(p.from), to: endText(p.to) }));
  const layout = layoutFigures(
    pairs.map((p, i) => ({
      measure: p.measure,
      unit: p.from.unit,
      from: p.from,
      to: p.to,
      label: texts[i].label,
      fromText: flat(texts[i].from),
      toText: flat(texts[i].to),
    })),
  );
  const left = notCharted(figures);
  const reasons: [NotChartedReason, string][] = [
    ['multiple', t.notChartedMultiple],
    ['rank', t.notChartedRank],
    ['single', t.notChartedSingle],
  ];
  return html`<div class="chart-wrap">${renderFiguresChart(layout, texts, tick)}</div>
    <ul class="visually-hidden">
      ${texts.map(
        (x, i) => html`<li>${(pairs[i].to.kind === 'target' ? t.chartRow : t.chartRowOutcome)(x.label, flat(x.from), flat(x.to))}</li>`,
      )}
    </ul>
    ${
      left.length
        ? html`<div class="not-charted" part="not-charted">
            <p class="not-charted-heading">${t.notChartedHeading}</p>
            <ul>
              ${reasons.map(([reason, text]) => {
                const labels = left.filter((n) => n.reason === reason).map((n) => label(n.figure));
                return labels.length ? html`<li data-reason=${reason}>${t.notChartedItem(text, labels)}</li>` : nothing;
              })}
            </ul>
          </div>`
        : nothing
    }`;
}
