/**
 * Pure layout of `<plan-figures mode="chart">`: the measures that have two levels in the same unit — a 2020
 * starting value and a goal (GDP 2.8 → 4 万亿元, R&D intensity 4.93% → 5%), or a start and the outcome it grew to
 * (高校数量 9 → 15 所) — → one row of marks per measure. Rows are grouped by unit, and each unit has its OWN linear
 * scale (small multiples: 万亿元, % and 所 never share an axis; two rows of one unit share one). Every other figure is
 * listed by `notCharted` with its reason (a multiple, a rank, the only value of its measure). No DOM, no Lit, no measurement: text widths
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
  /** The starting value: the earlier baseline (gdp-2020, universities-before). */
  readonly from: Figure;
  /** The later value of the same measure and unit: a goal (gdp-2025), or the outcome a phrase says it grew to (universities). */
  readonly to: Figure;
}

/** A rank (居全国城市第二位, 居亚洲城市前五): unit 位, or the rank's qualifier 第 / 前 where the text writes no unit. */
export const isRank = (f: Pick<Figure, 'unit' | 'qualifier'>): boolean => f.unit === '位' || f.qualifier === '第' || f.qualifier === '前';

/** Multiples and doublings (unit 倍) are relative to a base, ranks are places: neither can share a scale with a level. */
const isLevel = (f: Figure) => f.unit !== '倍' && !isRank(f);

/**
 * Every measure with two levels in the same unit — a 2020 baseline and its goal (GDP 2.8 → 4 万亿元), or a start and
 * the outcome a phrase says it grew to (高校数量从9所增至15所) — as one pair: the first baseline (in registry order)
 * → the last target, or the last baseline if there is none. Pairs of the same unit come next to each other (in order
 * of the unit's first pair), each group in registry (reading) order.
 * (gdp-2035, 翻一番, is a multiple: it has no place on the 万亿元 scale and is left out, as in `<plan-target>`.)
 */
export function measurePairs(figures: readonly Figure[]): MeasurePair[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (!isLevel(f)) continue;
    const key = `${f.measure}\n${f.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const pairs: MeasurePair[] = [];
  for (const list of groups.values()) {
    const baselines = list.filter((f) => f.kind === 'baseline');
    const targets = list.filter((f) => f.kind === 'target');
    const from = baselines[0] ?? targets[0];
    const to = targets.at(-1) ?? baselines.at(-1);
    if (list.length > 1 && from && to && from !== to) pairs.push({ measure: from.measure, from, to });
  }
  const units = [...new Set(pairs.map((p) => p.from.unit))];
  return units.flatMap((u) => pairs.filter((p) => p.from.unit === u));
}

/** Why a figure has no row in the chart. */
export type NotChartedReason = 'multiple' | 'rank' | 'single';

/**
 * The figures the chart leaves out, each with its reason: a multiple (倍: relative to its own base), a rank, or a
 * level that is the only one of its measure and unit (nothing to draw it from or to). Registry order.
 */
export function notCharted(figures: readonly Figure[]): { readonly figure: Figure; readonly reason: NotChartedReason }[] {
  const charted = new Set(measurePairs(figures).flatMap((p) => [p.from, p.to]));
  return figures
    .filter((f) => !charted.has(f))
    .map((figure) => ({ figure, reason: figure.unit === '倍' ? 'multiple' : isRank(figure) ? 'rank' : 'single' }));
}

export interface FiguresRowInput {
  readonly measure: string;
  /** Rows of the same unit share one scale (their lengths compare); absent: a scale of its own. */
  readonly unit?: string;
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
  /** The unit whose scale the row shares, or undefined (a scale of its own). */
  readonly unit: string | undefined;
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

  // one scale per unit: rows of the same unit are drawn on the same domain, so their lengths compare
  const group = (r: FiguresRowInput, index: number) => (r.unit === undefined ? `#${index}` : `=${r.unit}`);
  const values = new Map<string, number[]>();
  rows.forEach((r, i) => values.set(group(r, i), [...(values.get(group(r, i)) ?? []), r.from.value, r.to.value]));
  const scaleOf = (key: string) => {
    const [lo = 0, hi = 0] = extent(values.get(key) ?? [], (v) => (Number.isFinite(v) ? v : undefined));
    // pad the span (or the value itself when both ends are equal) so neither end sits on the axis's end
    const pad = Math.max((hi - lo) * 0.35, Math.abs(hi) * 0.02, 1e-9);
    return scaleLinear()
      .domain([lo - pad, hi + pad])
      .range([left, right])
      .nice(4);
  };

  const out = rows.map((r, index): FiguresRow => {
    const y = index * ROW_HEIGHT;
    const axisY = y + 40;
    const x = scaleOf(group(r, index));
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
      unit: r.unit,
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
