/**
 * A linear scale: the one piece of d3-scale the charts use. d3-scale's `scaleLinear` gives the same numbers
 * (scale.test.ts checks that against d3-scale itself), but bundling it pulls d3-interpolate, d3-color, d3-format
 * and d3-array in with it: ≈ 10.6 KB gzip, more than half of an element's size budget, for one multiplication.
 */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  // a degenerate domain maps to the middle of the range, as d3-scale does
  const scale = ((v: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0))) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  return scale;
}
