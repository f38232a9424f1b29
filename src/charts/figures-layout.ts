/**
 * Pure layout of `<plan-figures mode="chart">`: the measures that have both a 2020 starting value and a goal in
 * the same unit (GDP 2.8 → 4 万亿元, R&D intensity 4.93% → 5%) → one row of marks per measure, each row on its
 * OWN linear scale (small multiples: 万亿元 and % never share an axis). No DOM, no Lit, no measurement: text widths
 * are estimated from the font size, so the server draws the same chart as the browser (figures-chart.ts renders it
 * with Lit `svg` templates).
 *
 * D3 is the geometry: d3-scale's `scaleLinear` (its `nice` domain and `ticks`) places values, d3-array's
 * `extent`/`max` give the domains and widths, d3-path (`pathRound`, 0.1) draws axis, ticks, the span, the
 * open-ended arrows and the tildes.
 *
 * A value is never drawn more precisely than the plan states it: a lower bound (超过, 突破, 不低于 …) gets an
 * open-ended dashed arrow towards higher values, an upper bound (以内, 以下) one towards lower values, an
 * approximate value (左右, 接近, 近) a tilde over its marker, an estimate (预计) a hollow marker; only a plain or
 * 达 value is a bare point. The element prints the qualifier itself beside the value (text, not only shape).
 */
import { extent, max } from 'd3-array';
import { pathRound } from 'd3-path';
import { scaleLinear } from 'd3-scale';
import type { Figure } from '../data/types.js';
import { DIGITS, estimateTextWidth, round } from './text-metrics.js';

/** How exactly the plan states a value, from its (zh-Hans, registry) qualifier. */
export type Bound = 'exact' | 'lower' | 'upper' | 'approx';

const LOWER = ['超过', '超', '突破', '不低于', '以上', '不少于'];
const UPPER = ['以内', '以下', '不超过', '不高于'];
const APPROX = ['左右', '接近', '近', '约'];

/** The kind of statement a qualifier makes (超过 → lower bound, 左右 → approximate, 达 or none → exact). */
export function boundOf(qualifier: string | null): Bound {
  const q = qualifier ?? '';
  return LOWER.includes(q) ? 'lower' : UPPER.includes(q) ? 'upper' : APPROX.includes(q) ? 'approx' : 'exact';
}

export interface MeasurePair {
  readonly measure: string;
  /** The 2020 starting value (a baseline with year 2020). */
  readonly from: Figure;
  /** The goal of the same measure and unit. */
  readonly to: Figure;
}

/** Multiples and doublings (unit 倍) and increments (新增) are not levels: they cannot share a scale with one. */
const isLevel = (f: Figure) => f.unit !== '倍' && f.qualifier !== '新增';

/**
 * Every measure with a 2020 baseline and a target of the same unit, in registry (reading) order of the baseline.
 * (gdp-2035, 翻一番, is a multiple: it has no place on the 万亿元 scale and is left out, as in `<plan-target>`.)
 */
export function measurePairs(figures: readonly Figure[]): MeasurePair[] {
  const pairs: MeasurePair[] = [];
  for (const from of figures) {
    if (from.kind !== 'baseline' || from.year !== 2020 || !isLevel(from)) continue;
    const to = figures.find((t) => t.measure === from.measure && t.kind === 'target' && t.unit === from.unit && isLevel(t));
    if (to) pairs.push({ measure: from.measure, from, to });
  }
  return pairs;
}

export interface FiguresRowInput {
  readonly measure: string;
  readonly from: Pick<Figure, 'value' | 'qualifier' | 'estimate'>;
  readonly to: Pick<Figure, 'value' | 'qualifier' | 'estimate'>;
  /** The texts the element will print (row label; each end's value as written), for width estimates only. */
  readonly label: string;
  readonly fromText: string;
  readonly toText: string;
}

export interface FiguresLayoutOptions {
  /** Font size of the value texts in px, for width estimates. Default 12. */
  fontSize?: number;
  /** Minimum width of the axis span, px. Default 220. */
  minAxis?: number;
}

export interface EndMark {
  readonly x: number;
  readonly y: number;
  readonly bound: Bound;
  readonly estimate: boolean;
  /** Open-ended arrow for a bound (path data), '' for other values. */
  readonly arrow: string;
  /** Tilde over the marker for an approximate value (path data), ''. */
  readonly tilde: string;
  /** Where the value text goes, and its anchor (away from the other end). */
  readonly textX: number;
  readonly textY: number;
  readonly anchor: 'start' | 'end';
}

export interface TickMark {
  readonly x: number;
  readonly value: number;
}

export interface FiguresRow {
  readonly measure: string;
  readonly index: number;
  /** Top of the row, px. */
  readonly y: number;
  readonly labelX: number;
  readonly labelY: number;
  readonly axisY: number;
  /** The axis line (path data). */
  readonly axis: string;
  /** Small tick marks below the axis (path data); their labels under them, the value texts under those. */
  readonly tickPath: string;
  readonly ticks: readonly TickMark[];
  readonly tickLabelY: number;
  /** The stretch from the start to the goal (path data). */
  readonly span: string;
  readonly from: EndMark;
  readonly to: EndMark;
  /** The row's scale domain after `nice()` (for tests and readers of the layout). */
  readonly domain: readonly [number, number];
}

export interface FiguresLayout {
  readonly width: number;
  readonly height: number;
  readonly rows: readonly FiguresRow[];
}

export const ROW_HEIGHT = 84;
export const MARKER_RADIUS = 5;
const PAD = 8;
const GAP = 10;
/** Length of an open-ended arrow, px. */
export const ARROW = 28;

function line(x0: number, y0: number, x1: number, y1: number): string {
  const p = pathRound(DIGITS);
  p.moveTo(x0, y0);
  p.lineTo(x1, y1);
  return p.toString();
}

/**
 * An open-ended arrow just above the marker (x, y), from the marker's centre in direction `dir` (+1 towards higher
 * values, −1 towards lower ones): a shaft and an open head, drawn dashed by CSS.
 */
function arrowPath(x: number, y: number, dir: 1 | -1): string {
  const p = pathRound(DIGITS);
  const ay = y - MARKER_RADIUS - 6;
  const tip = x + dir * ARROW;
  p.moveTo(x, y - MARKER_RADIUS - 1);
  p.lineTo(x, ay);
  p.lineTo(tip, ay);
  p.moveTo(tip - dir * 5, ay - 4);
  p.lineTo(tip, ay);
  p.lineTo(tip - dir * 5, ay + 4);
  return p.toString();
}

/** A small tilde centred above the marker (two cubic curves). */
function tildePath(x: number, y: number): string {
  const p = pathRound(DIGITS);
  const cy = y - MARKER_RADIUS - 7;
  p.moveTo(x - 7, cy + 1);
  p.bezierCurveTo(x - 5, cy - 3, x - 2, cy - 3, x, cy);
  p.bezierCurveTo(x + 2, cy + 3, x + 5, cy + 3, x + 7, cy - 1);
  return p.toString();
}

/**
 * Lays the rows out, one under the other, each on its own scale. The axis leaves room left of the lower end for
 * its value text and right of the higher end for its text and an arrow. Never throws; no rows → an empty chart.
 */
export function layoutFigures(rows: readonly FiguresRowInput[], options: FiguresLayoutOptions = {}): FiguresLayout {
  const fontSize = options.fontSize ?? 12;
  const minAxis = options.minAxis ?? 220;
  const w = (s: string) => estimateTextWidth(s, fontSize);
  // the lower end's text goes left of it, the higher end's right of it (plus an arrow's room): one width for all rows
  const lowText = (r: FiguresRowInput) => (r.from.value <= r.to.value ? r.fromText : r.toText);
  const highText = (r: FiguresRowInput) => (r.from.value <= r.to.value ? r.toText : r.fromText);
  const left = round(PAD + (max(rows, (r) => w(lowText(r))) ?? 0) + GAP);
  const rightRoom = (max(rows, (r) => w(highText(r))) ?? 0) + GAP + PAD;
  const labelWidth = max(rows, (r) => w(r.label) * (13 / 12)) ?? 0;
  const width = round(Math.max(left + minAxis + ARROW + rightRoom, PAD * 2 + labelWidth));
  const right = round(width - rightRoom - ARROW);

  const out = rows.map((r, index): FiguresRow => {
    const y = index * ROW_HEIGHT;
    const axisY = y + 40;
    const [lo = 0, hi = 0] = extent([r.from.value, r.to.value]);
    // pad the span (or the value itself when both ends are equal) so neither end sits on the axis's end
    const pad = Math.max((hi - lo) * 0.35, Math.abs(hi) * 0.02, 1e-9);
    const x = scaleLinear()
      .domain([lo - pad, hi + pad])
      .range([left, right])
      .nice(4);
    const ticks = x.ticks(4).map((value) => ({ x: round(x(value)), value }));
    const tp = pathRound(DIGITS);
    for (const t of ticks) {
      tp.moveTo(t.x, axisY);
      tp.lineTo(t.x, axisY + 4);
    }
    const end = (v: FiguresRowInput['from'], other: number): EndMark => {
      const bound = boundOf(v.qualifier);
      const cx = round(x(v.value));
      const higher = v.value > other || (v.value === other && v === r.to);
      return {
        x: cx,
        y: axisY,
        bound,
        estimate: v.estimate,
        arrow: bound === 'lower' ? arrowPath(cx, axisY, 1) : bound === 'upper' ? arrowPath(cx, axisY, -1) : '',
        tilde: bound === 'approx' ? tildePath(cx, axisY) : '',
        textX: round(higher ? cx - MARKER_RADIUS : cx + MARKER_RADIUS),
        textY: axisY + 32,
        anchor: higher ? 'start' : 'end',
      };
    };
    const [d0, d1] = x.domain();
    return {
      measure: r.measure,
      index,
      y,
      labelX: PAD,
      labelY: y + 14,
      axisY,
      axis: line(left, axisY, right, axisY),
      tickPath: tp.toString(),
      ticks,
      tickLabelY: axisY + 14,
      span: line(round(x(r.from.value)), axisY, round(x(r.to.value)), axisY),
      from: end(r.from, r.to.value),
      to: end(r.to, r.from.value),
      domain: [d0, d1],
    };
  });
  return { width, height: rows.length * ROW_HEIGHT, rows: out };
}
