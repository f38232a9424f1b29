/**
 * The SVG of <plan-timeline>, as a Lit template computed from a pure layout (src/charts/timeline-layout.ts).
 * Decorative for assistive technology (aria-hidden): the element's ordered list of stages is the accessible
 * equivalent. Rendered the same on the server (declarative shadow DOM) and in the browser.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { SELECTED_RADIUS, MARKER_RADIUS, type TimelineLayout } from '../../charts/timeline-layout.js';
import type { StageId } from '../../data/types.js';

/** Renders the chart. `onSelect`, when given, lets a pointer select a stage by its marker or tick label. */
export function renderTimelineChart(
  layout: TimelineLayout,
  selected: StageId | undefined,
  onSelect?: (id: StageId) => void,
): TemplateResult {
  return html`<svg
    part="axis"
    class="chart-svg ${layout.orientation}"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 ${layout.width} ${layout.height}"
    width=${layout.width}
    height=${layout.height}
  >
    ${layout.axis ? svg`<path class="axis-line" d=${layout.axis}></path>` : nothing}
    ${layout.approximateAxis ? svg`<path class="axis-line approximate" d=${layout.approximateAxis}></path>` : nothing}
    ${layout.minorTicks ? svg`<path class="minor-ticks" d=${layout.minorTicks}></path>` : nothing}
    ${layout.stages.map((m) => {
      const isSelected = m.id === selected;
      return svg`<g class="mark${isSelected ? ' selected' : ''}${m.approximate ? ' approximate' : ''}" data-stage=${m.id} @click=${onSelect ? () => onSelect(m.id) : nothing}>
        <path class="connector" d=${m.connector}></path>
        <circle class="marker" cx=${m.cx} cy=${m.cy} r=${isSelected ? SELECTED_RADIUS : MARKER_RADIUS}></circle>
        <text class="tick-label" x=${m.label.x} y=${m.label.y} text-anchor=${m.label.anchor}>${m.label.text}</text>
      </g>`;
    })}
  </svg>`;
}
