/**
 * Data of `<plan-target>`'s progress bar: the plan's target (and its starting value, when the plan gives one) plus
 * values supplied by the host page → the values to mark and the domain's upper end. Pure: no DOM, no Lit.
 *
 * This is a bar, not a chart with axes: a value is drawn at its share of 0 … max of the bar's width, a plain
 * percentage (`shareOf`) that SVG lengths take as they are (`width="86.5%"`, see progress-bar.ts). No scale,
 * hand-written or from D3: the bar stretches with its container, needs no measurement and no ResizeObserver,
 * renders the same on the server and sets no style, so a strict `style-src` CSP has nothing to block.
 */

export interface ProgressActual {
  /** Calendar year of the value, or null when the host did not give one. */
  readonly year: number | null;
  /** A finite, non-negative number in the figure's unit (validated by the caller). */
  readonly value: number;
}

export interface ProgressInput {
  /** The plan's target value (figure.value), in the same unit as the actuals. */
  readonly target: number;
  /** The plan's starting value of the same measure and unit, if any (e.g. 2.8 for GDP 2020). */
  readonly baseline?: number | null;
  /** Host-supplied values, in any order; the latest year (or the last given) is the bar's fill. */
  readonly actuals: readonly ProgressActual[];
}

export interface ProgressMarks {
  /** Upper end of the value domain (the lower end is 0): the largest of target, baseline and actuals, or 1. */
  readonly max: number;
  /** The latest actual (the fill), after sorting. */
  readonly latest: ProgressActual;
  /** Earlier actuals (ticks inside the bar), in year order. */
  readonly earlier: readonly ProgressActual[];
  readonly target: number;
  readonly baseline: number | null;
  /** latest.value / target (may exceed 1); null when the target is 0. */
  readonly ratio: number | null;
}

/** A value's share of the bar as an SVG length: `v / max` in percent, to 0.01 %. */
export function shareOf(m: Pick<ProgressMarks, 'max'>, v: number): string {
  return `${Math.round((v / m.max) * 10000) / 100}%`;
}

/** Actuals sorted by year (year-less values keep their given order, after the dated ones). */
export function sortActuals(actuals: readonly ProgressActual[]): ProgressActual[] {
  return actuals
    .map((a, i) => [a, i] as const)
    .sort(([a, i], [b, j]) => (a.year ?? Infinity) - (b.year ?? Infinity) || i - j)
    .map(([a]) => a);
}

/** The marks, or null when there is nothing to draw (no actuals) or the input is not drawable. */
export function layoutProgress(input: ProgressInput): ProgressMarks | null {
  const sorted = sortActuals(input.actuals);
  const latest = sorted[sorted.length - 1];
  const values = [input.target, input.baseline ?? 0, ...sorted.map((a) => a.value)];
  if (!latest || !values.every((v) => Number.isFinite(v) && v >= 0)) return null;
  return {
    max: Math.max(...values) || 1,
    latest,
    earlier: sorted.slice(0, -1),
    target: input.target,
    baseline: input.baseline ?? null,
    ratio: input.target > 0 ? latest.value / input.target : null,
  };
}
