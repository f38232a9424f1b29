/**
 * Numbers and text sizes the chart layouts share (src/charts/timeline-layout.ts, figures-layout.ts): no DOM, no D3,
 * so each layout (and the figures chart's own chunk) imports only this.
 */

/** Path precision: 0.1 layout units (d3-path's `digits`), stable across engines and readable in snapshots. */
export const DIGITS = 1;

/** Rounds to 0.1 (and turns -0 into 0) so that output is stable across engines and readable in snapshots. */
export function round(v: number): number {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r;
}

/** Estimated advance width of a text: CJK characters are 1 em, others about 0.62 em (no DOM measurement). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.62;
  return em * fontSize;
}
