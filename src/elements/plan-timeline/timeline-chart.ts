/**
 * The SVG of <plan-timeline>, as Lit templates computed from a pure layout (src/charts/timeline-layout.ts).
 * Decorative for assistive technology (aria-hidden): the element's radio group of stages is the accessible
 * equivalent. Rendered the same on the server (declarative shadow DOM) and in the browser.
 *
 * Two layers, one above the other: `lines` (axis, ticks, connectors) in a viewBox that CSS stretches along the
 * axis (`preserveAspectRatio="none"`, non-scaling strokes), and `marks` (markers, labels) placed in percent along
 * the axis so that circles and text are never distorted. Neither needs the element's size.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { MARKER_RADIUS, percent, SELECTED_RADIUS, TICK_FONT_SIZE, type TimelineLayout } from '../../charts/timeline-layout.js';

/**
 * Across the axis the layout is in px of a 12 px tick label; drawn in em of the labels' font (0.75em of the element's,
 * 12 px on a 16 px page), so that labels, markers and gutters grow with the page's font size (a reader's zoom or
 * larger text setting) instead of staying 12 px.
 */
export const em = (px: number): string => `${Math.round((px / TICK_FONT_SIZE) * 1000) / 1000}em`;
import type { StageId } from '../../data/types.js';

/** Renders one orientation's chart. `onSelect`, when given, lets a pointer select a stage by its marker or label. */
export function renderTimelineChart(
  layout: TimelineLayout,
  selected: StageId | undefined,
  onSelect?: (id: StageId) => void,
): TemplateResult {
  const horizontal = layout.orientation === 'horizontal';
  // along the axis: percent of the stretched length; across it: px
  const x = (v: number) => (horizontal ? percent(v) : em(v));
  const y = (v: number) => (horizontal ? em(v) : percent(v));
  const size = horizontal ? { w: '100%', h: em(layout.height) } : { w: em(layout.width), h: '100%' };
  return html`<div class="axis ${layout.orientation}" part="axis">
    <svg
      class="lines"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 ${layout.width} ${layout.height}"
      preserveAspectRatio="none"
      width=${size.w}
      height=${size.h}
    >
      ${layout.axis ? svg`<path class="axis-line" d=${layout.axis}></path>` : nothing}
      ${layout.approximateAxis ? svg`<path class="axis-line approximate" d=${layout.approximateAxis}></path>` : nothing}
      ${layout.minorTicks ? svg`<path class="minor-ticks" d=${layout.minorTicks}></path>` : nothing}
      ${layout.stages.map(
        (m) => svg`<path class="connector${m.id === selected ? ' selected' : ''}" data-stage=${m.id} d=${m.connector}></path>`,
      )}
    </svg>
    <svg class="marks" aria-hidden="true" focusable="false" width=${size.w} height=${size.h}>
      ${layout.stages.map((m) => {
        const on = m.id === selected;
        return svg`<g class="mark${on ? ' selected' : ''}${m.approximate ? ' approximate' : ''}" data-stage=${m.id} @click=${
          onSelect ? () => onSelect(m.id) : nothing
        }>
        <circle class="marker" cx=${x(m.cx)} cy=${y(m.cy)} r=${em(on ? SELECTED_RADIUS : MARKER_RADIUS)}></circle>
        <text class="tick-label" x=${x(m.label.x)} y=${y(m.label.y)} dy=${horizontal ? nothing : '0.35em'} text-anchor=${m.label.anchor}>${
          m.label.text
        }</text>
      </g>`;
      })}
    </svg>
  </div>`;
}
