import { svg, type TemplateResult } from 'lit';
import { shareOf, type ProgressMarks } from '../../charts/progress-layout.js';

/**
 * The progress bar (decorative: aria-hidden, the text equivalent is the list next to it): an SVG whose marks are
 * placed in percent of its width (progress-layout.ts `shareOf`), so it follows its container with no measurement,
 * and uses attributes only (no style, nothing for a strict CSP to block). Marks are 2 px wide, centred on their
 * value; the fill runs from 0 to the latest page value.
 */
export function progressBar(m: ProgressMarks): TemplateResult {
  const at = (v: number) => shareOf(m, v);
  const mark = (cls: string, v: number, y: string, h: string) =>
    svg`<rect class=${cls} x=${at(v)} y=${y} width="2" height=${h} transform="translate(-1)"></rect>`;
  return svg`<svg class="bar" aria-hidden="true" focusable="false" width="100%">
    <rect class="track" width="100%" y="25%" height="50%"></rect>
    <rect class="fill" width=${at(m.latest.value)} y="25%" height="50%"></rect>
    ${m.earlier.map((a) => mark('tick', a.value, '25%', '50%'))}
    ${m.baseline === null ? null : mark('baseline', m.baseline, '12.5%', '75%')}
    ${mark('target', m.target, '0', '100%')}
  </svg>`;
}
