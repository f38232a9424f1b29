/**
 * Layout of `<plan-target>`'s progress bar: the plan's target (and its starting value, when the plan gives one)
 * plus values supplied by the host page → plain marks in a `width × height` box. Pure: no DOM, no Lit.
 *
 * The x scale is linear from 0 (a bar's length must be proportional to its value) to the largest of target,
 * baseline and actuals, mapped to [PAD, width − PAD] so that the 2px marker lines at both ends are not clipped.
 * It is the project's `linearScale` (./scale.ts), which gives d3-scale's `scaleLinear` numbers without bundling
 * d3-interpolate/format/array (≈ 10 KB gzip, the whole of this element's budget).
 */
import { linearScale } from './scale.js';

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
  /**
   * Width of the layout box (the SVG viewBox); 0 or less uses DEFAULT_WIDTH. `<plan-target>` passes 0 and lets CSS
   * stretch the box, which the marks (rectangles, vertical lines) survive undistorted.
   */
  readonly width: number;
  /** Height in CSS px (default 16). */
  readonly height?: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A vertical marker line at x from y1 to y2. */
export interface Marker {
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
}

export interface ProgressMarks {
  readonly width: number;
  readonly height: number;
  /** Upper end of the value domain (the lower end is 0). */
  readonly max: number;
  /** The whole scale, 0 … max. */
  readonly track: Rect;
  /** 0 … latest actual. */
  readonly fill: Rect;
  /** Earlier actuals, as ticks inside the bar, in year order. */
  readonly ticks: readonly Marker[];
  readonly target: Marker;
  readonly baseline: Marker | null;
  /** The latest actual (the fill), after sorting. */
  readonly latest: ProgressActual;
  /** latest.value / target (may exceed 1); null when the target is 0. */
  readonly ratio: number | null;
}

export const DEFAULT_WIDTH = 320;
/** Half the marker line width: keeps end markers inside the box. */
export const PAD = 2;

const round = (n: number) => Math.round(n * 100) / 100;

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
  const width = input.width > 0 ? input.width : DEFAULT_WIDTH;
  const height = input.height ?? 16;
  const max = Math.max(...values) || 1;
  const scale = linearScale([0, max], [PAD, width - PAD]);
  const x = (v: number) => round(scale(v));
  const barY = round(height / 4);
  const barH = round(height / 2);
  const full = { y1: 0, y2: height };
  return {
    width,
    height,
    max,
    track: { x: x(0), y: barY, width: round(x(max) - x(0)), height: barH },
    fill: { x: x(0), y: barY, width: round(x(latest.value) - x(0)), height: barH },
    ticks: sorted.slice(0, -1).map((a) => ({ x: x(a.value), y1: barY, y2: round(barY + barH) })),
    target: { x: x(input.target), ...full },
    baseline: input.baseline == null ? null : { x: x(input.baseline), y1: round(height / 8), y2: round(height - height / 8) },
    latest,
    ratio: input.target > 0 ? latest.value / input.target : null,
  };
}
