import { svg, type SVGTemplateResult } from 'lit';
import type { Marker, ProgressMarks } from '../../charts/progress-layout.js';

const line = (m: Marker, cls: string) =>
  svg`<line class=${cls} x1=${m.x} x2=${m.x} y1=${m.y1} y2=${m.y2} vector-effect="non-scaling-stroke"></line>`;

/**
 * The progress bar as SVG marks (rendered inside an `<svg aria-hidden="true">`; the text equivalent is HTML next
 * to it). The viewBox is the layout box; CSS stretches it to the container's width, which is why every mark is a
 * rectangle or a vertical line with a non-scaling stroke (nothing that a horizontal stretch would distort).
 */
export function progressMarks(m: ProgressMarks): SVGTemplateResult {
  const { track: t, fill: f } = m;
  return svg`<rect class="track" x=${t.x} y=${t.y} width=${t.width} height=${t.height}></rect>
    <rect class="fill" x=${f.x} y=${f.y} width=${f.width} height=${f.height}></rect>
    ${m.ticks.map((k) => line(k, 'tick'))}
    ${m.baseline ? line(m.baseline, 'baseline') : null}
    ${line(m.target, 'target')}`;
}
