/**
 * Pure layout of <plan-timeline>: stages + orientation → plain marks (numbers and path strings).
 * No DOM, no Lit, no measurement: unit-tested on its own and rendered by Lit `svg` templates, so server
 * rendering draws the same chart as the browser.
 *
 * D3 is the geometry: d3-scale's `scalePoint` gives the list's slots and `scaleLinear` the year axis, d3-array's
 * `ticks` the yearly minor ticks (and `extent`/`max` the domains), d3-shape's `linkVertical`/`linkHorizontal`
 * the connectors and d3-path the axis and tick paths (0.1 precision). Lit renders the result (timeline-chart.ts);
 * there is no d3-selection.
 *
 * **No width or height is needed.** Along the axis the chart is laid out on a nominal length `STRETCH` (1000)
 * that CSS stretches to the element's real size: the stage list is N equal slots (columns when horizontal,
 * rows when vertical), so every slot centre — and, through the linear year scale, every marker — sits at a
 * fixed *fraction* of that length. Lines (axis, ticks, connectors) are drawn in a `STRETCH`-long viewBox with
 * `preserveAspectRatio="none"` and non-scaling strokes; markers and labels, which must not be distorted, are
 * placed in percent of the same length. Across the axis every size is in px (label widths estimated from the
 * font size). So the first paint, and server-rendered HTML, are already final: no ResizeObserver, no re-layout
 * when the element is moved, hidden, shown or resized. Which orientation is used for `auto` is a CSS container
 * query (see plan-timeline.styles.ts).
 *
 * Tick labels are the stages' dataset labels (二〇二五年 … 本世纪中叶), the same words as the list below them;
 * mid-century's approximate position (2050) is never printed.
 * The axis is solid between stages with a year and dashed towards a stage without one.
 */
import { extent, max, min, ticks } from 'd3-array';
import { pathRound } from 'd3-path';
import { scaleLinear, scalePoint } from 'd3-scale';
import { linkHorizontal, linkVertical } from 'd3-shape';
import type { Stage, StageId } from '../data/types.js';
export { estimateTextWidth, round } from './text-metrics.js';
import { DIGITS, estimateTextWidth, round } from './text-metrics.js';

export type TimelineOrientation = 'horizontal' | 'vertical';

export interface TimelineLayoutOptions {
  orientation: TimelineOrientation;
  /** Tick label font size in px, used to estimate label widths (no DOM measurement). Default 12. */
  fontSize?: number;
}

export interface TickLabel {
  readonly text: string;
  /** Position in layout units (along the axis: 0…STRETCH). */
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
  /** Marker centre in layout units. */
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
  /**
   * Size of the layout box. Along the axis it is STRETCH (stretched by CSS to 100 % of the chart); across it,
   * px: horizontal → `height` px tall, vertical → `width` px wide (the gutter beside the list).
   */
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

/** Nominal length of the axis direction; positions along it are fractions of it (v / STRETCH × 100 %). */
export const STRETCH = 1000;
/** The tick labels' nominal font size, px: across the axis the layout is in px of this size (drawn in em of it). */
export const TICK_FONT_SIZE = 12;
export const MARKER_RADIUS = 6;
export const SELECTED_RADIUS = 8;
/** Line height of a tick label row, px. */
const LINE = 16;
/** Horizontal: space between the axis and the top of the list, px. */
const CONNECTOR_SPAN = 36;
/** Vertical: room for connectors between the axis and the list, px. */
const CONNECTOR_WIDTH = 28;
const MINOR_TICK = 4;
/** Stub either side of an axis with a single stage, layout units. */
const STUB = 40;

/** A position along the axis as a percentage of the stretched length, e.g. 347 → "34.7%". */
export function percent(v: number): string {
  return `${round((v / STRETCH) * 100)}%`;
}

/** The tick label of a stage: its dataset label, as in the list (二〇二五年, 本世纪中叶; never 2050). */
export function stageTickText(stage: Stage): string {
  return stage.label;
}

/** The list's slots: n equal slots along 0…STRETCH, a stage's point at the centre of its slot (d3 point scale). */
function slotScale(stages: readonly Stage[]) {
  const slot = scalePoint<number>()
    .domain(stages.map((_, i) => i))
    .range([0, STRETCH])
    .padding(0.5);
  return (i: number) => slot(i) ?? STRETCH / 2;
}

/** How far (a fraction of a slot) a marker may stand from its slot's centre: its tick label stays in its own column. */
const OWN_SLOT = 0.25;

/**
 * Where each stage's marker goes along the axis, and the year → position scale of the minor ticks. Stages with a
 * year are placed on a linear year scale (d3 `scaleLinear`) from the first to the last dated stage's slot centre;
 * a stage without a year (mid-century) sits at its own slot's centre, after a dashed segment whose length is not to
 * scale (the element says so). Every marker, and the tick label centred on it, must stand over its own stage's
 * column (or beside its own row): within OWN_SLOT of its slot's centre, so readers never pair a marker with another
 * stage's label. The plan's stages (2020, 2025, 2030, 2035) are five years apart and land exactly on their slot
 * centres; for a selection with uneven gaps (2020, 2030, 2035) the markers take their slot centres instead (evenly
 * spaced, order kept, no yearly ticks: the axis is then a sequence, not a scale).
 */
function placement(stages: readonly Stage[], slot: (i: number) => number) {
  const dated = stages.map((s, i) => ({ s, i })).filter(({ s }) => s.year !== null);
  const width = stages.length > 1 ? Math.abs(slot(1) - slot(0)) : STRETCH;
  const first = dated[0];
  const last = dated[dated.length - 1];
  const years =
    first && last && first !== last
      ? scaleLinear()
          .domain([first.s.position, last.s.position])
          .range([slot(first.i), slot(last.i)])
      : undefined;
  const proportional = stages.map((s, i) => (s.year !== null && years ? years(s.position) : slot(i)));
  const own = proportional.every((v, i) => Math.abs(v - slot(i)) <= OWN_SLOT * width + 1e-9);
  return {
    at: (i: number) => (own ? proportional[i] : slot(i)),
    /** The year scale for ticks, when markers follow it. */
    years: own ? years : undefined,
  };
}

type Point = readonly [number, number];
type Link = { source: Point; target: Point };
/** Connectors: a vertical link (horizontal chart, marker above its column) or a horizontal one (vertical chart). */
const verticalLink = linkVertical<unknown, Link, Point>().digits(DIGITS);
const horizontalLink = linkHorizontal<unknown, Link, Point>().digits(DIGITS);

/**
 * Path data of the solid and dashed axis segments along the axis (`at` turns a position into a point): solid
 * between the stages with a year, dashed from the last of them to the stages without one.
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
    else if (!undated.length) axis = segment(a - STUB, b + STUB);
    if (undated.length) approximateAxis = segment(b, max(undated)!);
  } else if (undated.length) {
    approximateAxis = segment(min(undated)! - STUB, max(undated)! + STUB);
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

/** One short tick per year from `offset` to the axis point of the year (d3-path). */
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
  const fontSize = options.fontSize ?? TICK_FONT_SIZE;
  const texts = stages.map(stageTickText);
  const slot = slotScale(stages);
  const { at, years } = placement(stages, slot);
  const along = (i: number) => at(i);
  const tickYears = years ? minorYears(stages) : [];

  if (options.orientation === 'vertical') {
    const maxLabel = max(texts, (t) => estimateTextWidth(t, fontSize)) ?? 0;
    const axisX = round(4 + maxLabel + 8 + MARKER_RADIUS);
    const width = round(axisX + MARKER_RADIUS + CONNECTOR_WIDTH);
    const x0 = round(axisX + MARKER_RADIUS + 3);
    const marks = stages.map((s, i): StageMark => {
      const cy = round(along(i));
      const sy = round(slot(i));
      return {
        id: s.id,
        index: i,
        approximate: s.year === null,
        cx: axisX,
        cy,
        slot: { x: width, y: sy },
        label: { text: texts[i], x: round(axisX - MARKER_RADIUS - 6), y: cy, anchor: 'end' },
        connector: horizontalLink({ source: [x0, cy], target: [width, sy] }) ?? '',
      };
    });
    const { axis, approximateAxis } = axisPaths(
      stages,
      (s) => along(stages.indexOf(s)),
      (v) => [axisX, v],
    );
    const minorTicks = years ? tickPath(tickYears, (yr) => [axisX, years(yr)], [-MINOR_TICK, 0]) : '';
    return { orientation: 'vertical', width, height: STRETCH, axis, approximateAxis, minorTicks, stages: marks };
  }

  // horizontal: one row of tick labels above the axis (the element only lays out horizontally where they fit)
  const axisY = 8 + LINE + 4;
  const height = axisY + MARKER_RADIUS + CONNECTOR_SPAN;
  const y0 = axisY + MARKER_RADIUS + 3;
  const marks = stages.map((s, i): StageMark => {
    const cx = round(along(i));
    const sx = round(slot(i));
    return {
      id: s.id,
      index: i,
      approximate: s.year === null,
      cx,
      cy: axisY,
      slot: { x: sx, y: height },
      label: { text: texts[i], x: cx, y: axisY - 10, anchor: 'middle' },
      connector: verticalLink({ source: [cx, y0], target: [sx, height] }) ?? '',
    };
  });
  const { axis, approximateAxis } = axisPaths(
    stages,
    (s) => along(stages.indexOf(s)),
    (v) => [v, axisY],
  );
  const minorTicks = years ? tickPath(tickYears, (yr) => [years(yr), axisY], [0, -MINOR_TICK]) : '';
  return { orientation: 'horizontal', width: STRETCH, height, axis, approximateAxis, minorTicks, stages: marks };
}
