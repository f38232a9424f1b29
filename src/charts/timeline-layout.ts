/**
 * Pure layout of <plan-timeline>: stages + size + orientation → plain marks (numbers and path strings).
 * No DOM, no Lit: unit-tested on its own and rendered by Lit `svg` templates, so server rendering draws the chart.
 *
 * D3 is the geometry: d3-scale's `scaleLinear` places the stages, d3-array's `ticks` gives the yearly minor ticks
 * (and `extent` the domain), d3-shape's `linkVertical`/`linkHorizontal` draw the connectors and d3-path the axis
 * and tick paths (all with 0.1 px precision). Lit renders the result (timeline-chart.ts); there is no d3-selection.
 *
 * The chart has two layers that must line up:
 *  - the year axis (SVG, aria-hidden): one marker per stage at `x(stage.position)`, a tick label per stage (years
 *    via `formatYear`; a stage without a year — mid-century, 本世纪中叶 — shows its dataset label and is never
 *    printed as its approximate layout position), minor yearly ticks;
 *  - the ordered list of stages (HTML), laid out as N equal slots (columns when horizontal, rows when
 *    vertical). Connectors join each marker to the centre of its slot.
 * The scale's range runs from the first slot centre to the last, so the first and last connectors are straight.
 * The axis is solid between stages with a year and dashed towards a stage without one (its position is only
 * approximate).
 */
import { extent, max, min, ticks } from 'd3-array';
import { pathRound } from 'd3-path';
import { scaleLinear, scalePoint } from 'd3-scale';
import { linkHorizontal, linkVertical } from 'd3-shape';
import type { Stage, StageId } from '../data/types.js';

export type TimelineOrientation = 'horizontal' | 'vertical';

export interface TimelineLayoutOptions {
  orientation: TimelineOrientation;
  /** Width of the chart in px (horizontal). 0 or less = unknown: DEFAULT_WIDTH (the SVG scales to fit). */
  width: number;
  /** Height of the stage list in px (vertical). 0, less or omitted = unknown: NOMINAL_ROW per stage. */
  height?: number;
  /** Tick label of a stage with a year, e.g. 2025 → 2025年 (i18n). Default: the number. */
  formatYear?: (year: number) => string;
  /** Tick label font size in px, used to estimate label widths (no DOM measurement). Default 12. */
  fontSize?: number;
}

export interface TickLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface StageMark {
  readonly id: StageId;
  /** Index in the input (= slot index = list index). */
  readonly index: number;
  /** True for a stage without a year (mid-century): drawn at an approximate position. */
  readonly approximate: boolean;
  /** Marker centre. */
  readonly cx: number;
  readonly cy: number;
  /** Centre of the stage's slot in the list (the connector's end). */
  readonly slot: { readonly x: number; readonly y: number };
  readonly label: TickLabel;
  /** SVG path data from the marker to the slot. */
  readonly connector: string;
}

export interface TimelineLayout {
  readonly orientation: TimelineOrientation;
  /** Size of the SVG's coordinate system (its viewBox is `0 0 width height`). */
  readonly width: number;
  readonly height: number;
  /** Solid axis between stages with a year (path data, '' if none). */
  readonly axis: string;
  /** Dashed axis towards stages without a year (path data, '' if none). */
  readonly approximateAxis: string;
  /** Minor yearly ticks between stages with a year (path data, '' if none). */
  readonly minorTicks: string;
  readonly stages: readonly StageMark[];
}

export const DEFAULT_WIDTH = 640;
/** Vertical: nominal height of one stage row before the list has been measured. */
export const NOMINAL_ROW = 96;
export const MARKER_RADIUS = 6;
export const SELECTED_RADIUS = 8;
/** Line height of a tick label row, px. */
const LINE = 16;
/** Horizontal: space between the axis and the top of the list, px. */
const CONNECTOR_SPAN = 36;
/** Vertical: room for connectors between the axis and the list, px. */
const CONNECTOR_WIDTH = 28;
const MINOR_TICK = 4;

/** Rounds to 0.1 px (and turns -0 into 0) so that output is stable across engines and readable in snapshots. */
export function round(v: number): number {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r;
}

/** Estimated advance width of a label: CJK characters are 1 em, others about 0.62 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.62;
  return em * fontSize;
}

/** The tick label of a stage: its year through `formatYear`, or its dataset label when it has no year. */
export function stageTickText(stage: Stage, formatYear: (year: number) => string = String): string {
  return stage.year === null ? stage.label : formatYear(stage.year);
}

/** Path precision: 0.1 px, stable across engines and readable in snapshots (d3-path's `digits`). */
const DIGITS = 1;

/** The list's slots: n equal slots across `length` px, a stage's point at the centre of its slot (d3 point scale). */
function slotScale(stages: readonly Stage[], length: number) {
  const slot = scalePoint<number>()
    .domain(stages.map((_, i) => i))
    .range([0, length])
    .padding(0.5);
  return (i: number) => slot(i) ?? length / 2;
}

/** The year scale: stage positions (mid-century at its approximate year) → [from, to] px. */
function yearScale(stages: readonly Stage[], from: number, to: number) {
  const [lo = 0, hi = 0] = extent(stages, (s) => s.position);
  return scaleLinear().domain([lo, hi]).range([from, to]);
}

type Point = readonly [number, number];
/** Connectors: a vertical link (horizontal chart, marker above its column) or a horizontal one (vertical chart). */
const verticalLink = linkVertical<unknown, { source: Point; target: Point }, Point>().digits(DIGITS);
const horizontalLink = linkHorizontal<unknown, { source: Point; target: Point }, Point>().digits(DIGITS);

/**
 * Path data of the solid and dashed axis segments along one coordinate (`at` turns a value into a point):
 * solid between the stages with a year, dashed from the last of them to the stages without one.
 */
function axisPaths(stages: readonly Stage[], pos: (s: Stage) => number, at: (v: number) => Point) {
  const dated = stages.filter((s) => s.year !== null).map(pos);
  const undated = stages.filter((s) => s.year === null).map(pos);
  const segment = (a: number, b: number) => {
    const p = pathRound(DIGITS);
    p.moveTo(...at(a));
    p.lineTo(...at(b));
    return p.toString();
  };
  let axis = '';
  let approximateAxis = '';
  const [a = 0, b = 0] = extent(dated);
  if (dated.length) {
    // a single dated stage alone still gets a short axis stub either side
    if (a !== b) axis = segment(a, b);
    else if (!undated.length) axis = segment(a - 24, b + 24);
    if (undated.length) approximateAxis = segment(b, max(undated)!);
  } else if (undated.length) {
    approximateAxis = segment(min(undated)! - 24, max(undated)! + 24);
  }
  return { axis, approximateAxis };
}

/** Minor ticks: every year strictly between the first and the last stage with a year, except stage years. */
function minorYears(stages: readonly Stage[]): number[] {
  const years = stages.filter((s) => s.year !== null).map((s) => s.position);
  const [first, last] = extent(years);
  if (first === undefined || last === undefined || first === last) return [];
  return ticks(first, last, last - first).filter((y) => !years.includes(y));
}

/** One short tick per year, `from` → `to` relative to the axis point of the year (d3-path). */
function tickPath(years: readonly number[], at: (year: number) => Point, offset: Point): string {
  const p = pathRound(DIGITS);
  for (const year of years) {
    const [x, y] = at(year);
    p.moveTo(x + offset[0], y + offset[1]);
    p.lineTo(x, y);
  }
  return p.toString();
}

/**
 * Lays the stages out. Stages are taken in the given (reading) order: slot i belongs to stages[i].
 * Never throws; an empty list gives an empty chart.
 */
export function layoutTimeline(stages: readonly Stage[], options: TimelineLayoutOptions): TimelineLayout {
  const formatYear = options.formatYear ?? String;
  const fontSize = options.fontSize ?? 12;
  const n = stages.length;
  const texts = stages.map((s) => stageTickText(s, formatYear));
  const widths = texts.map((t) => estimateTextWidth(t, fontSize));

  if (options.orientation === 'vertical') {
    const maxLabel = max(widths) ?? 0;
    const axisX = round(4 + maxLabel + 8 + MARKER_RADIUS);
    const width = round(axisX + MARKER_RADIUS + CONNECTOR_WIDTH);
    const height = round(options.height && options.height > 0 ? options.height : Math.max(n, 1) * NOMINAL_ROW);
    const slotY = slotScale(stages, height);
    const y = yearScale(stages, slotY(0), slotY(n - 1));
    let previousLabelY = -Infinity;
    const marks = stages.map((s, i): StageMark => {
      const cy = round(y(s.position));
      const sy = round(slotY(i));
      // dodge: keep tick labels at least one line apart (they are sorted, stages are chronological)
      const labelY = round(Math.max(cy + fontSize / 3, previousLabelY + LINE));
      previousLabelY = labelY;
      const x0 = round(axisX + MARKER_RADIUS + 3);
      return {
        id: s.id,
        index: i,
        approximate: s.year === null,
        cx: axisX,
        cy,
        slot: { x: width, y: sy },
        label: { text: texts[i], x: round(axisX - MARKER_RADIUS - 6), y: labelY, anchor: 'end' },
        connector: horizontalLink({ source: [x0, cy], target: [width, sy] }) ?? '',
      };
    });
    const { axis, approximateAxis } = axisPaths(
      stages,
      (s) => y(s.position),
      (v) => [axisX, v],
    );
    const minorTicks = tickPath(minorYears(stages), (yr) => [axisX, y(yr)], [-MINOR_TICK, 0]);
    return { orientation: 'vertical', width, height, axis, approximateAxis, minorTicks, stages: marks };
  }

  // horizontal
  const width = round(options.width > 0 ? options.width : DEFAULT_WIDTH);
  const slotX = slotScale(stages, width);
  const x = yearScale(stages, slotX(0), slotX(n - 1));
  const xs = stages.map((s) => round(x(s.position)));
  // tick label rows: row 0 sits just above the axis; a label that would overlap its left neighbour on a row
  // moves up a row (up to two rows)
  const rowEnds = [-Infinity, -Infinity];
  const rows = xs.map((cx, i) => {
    const start = cx - widths[i] / 2;
    const row = start >= rowEnds[0] + 6 ? 0 : start >= rowEnds[1] + 6 ? 1 : 0;
    rowEnds[row] = cx + widths[i] / 2;
    return row;
  });
  const rowCount = rows.some((r) => r === 1) ? 2 : 1;
  const axisY = 8 + rowCount * LINE + 4;
  const height = axisY + MARKER_RADIUS + CONNECTOR_SPAN;
  const marks = stages.map((s, i): StageMark => {
    const cx = xs[i];
    const sx = round(slotX(i));
    const half = widths[i] / 2;
    // keep labels inside the chart
    const label: TickLabel =
      cx - half < 0
        ? { text: texts[i], x: 0, y: axisY - 10 - rows[i] * LINE, anchor: 'start' }
        : cx + half > width
          ? { text: texts[i], x: width, y: axisY - 10 - rows[i] * LINE, anchor: 'end' }
          : { text: texts[i], x: cx, y: axisY - 10 - rows[i] * LINE, anchor: 'middle' };
    const y0 = axisY + MARKER_RADIUS + 3;
    return {
      id: s.id,
      index: i,
      approximate: s.year === null,
      cx,
      cy: axisY,
      slot: { x: sx, y: height },
      label,
      connector: verticalLink({ source: [cx, y0], target: [sx, height] }) ?? '',
    };
  });
  const { axis, approximateAxis } = axisPaths(
    stages,
    (s) => x(s.position),
    (v) => [v, axisY],
  );
  const minorTicks = tickPath(minorYears(stages), (yr) => [x(yr), axisY], [0, -MINOR_TICK]);
  return { orientation: 'horizontal', width, height, axis, approximateAxis, minorTicks, stages: marks };
}
