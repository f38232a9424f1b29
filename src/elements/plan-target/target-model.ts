/**
 * Pure helpers of `<plan-target>`: which figures form a starting value → goal pair, the change between them,
 * and validation of host-supplied values. No DOM, no Lit. (How a value is written: src/data/figure-format.ts.)
 */
import type { ProgressActual } from '../../charts/progress-layout.js';
import type { Figure } from '../../data/types.js';

/** Qualifiers that state a value exactly; any other one (超过, 左右, 不低于 …) makes arithmetic approximate. */
const EXACT = ['达'];

/** Multiples and doublings (unit 倍) are relative to a base: no arithmetic with absolute values. */
export const isMultiple = (f: Figure): boolean => f.unit === '倍';

export interface Pair {
  readonly from: Figure;
  readonly to: Figure;
}

/**
 * The starting value → goal pair of a figure: another figure of the same measure with the same unit (so 万亿元
 * pairs with 万亿元, never with a 倍 doubling). Baselines come first, then registry (reading) order.
 * `related` is relatedFigures(f); `order` is allFigures.
 */
export function findPair(f: Figure, related: readonly Figure[], order: readonly Figure[]): Pair | undefined {
  const level = (x: Figure) => !isMultiple(x) && x.qualifier !== '新增';
  const other = level(f) ? related.find((r) => r.unit === f.unit && level(r)) : undefined;
  if (!other) return undefined;
  const rank = (x: Figure) => (x.kind === 'baseline' ? 0 : order.length) + order.indexOf(x);
  return rank(f) < rank(other) ? { from: f, to: other } : { from: other, to: f };
}

export interface Change {
  /** to − from, in the figures' unit (percentage points when the unit is %). */
  readonly delta: number;
  /** delta / from, or null for % units (a change of a share is given in points) and a zero start. */
  readonly relative: number | null;
  /** The unit is % (so delta is in percentage points). */
  readonly points: boolean;
  /** Decimal places of the more precise of the two values: the delta is not more precise than its inputs. */
  readonly digits: number;
  /** The qualifiers that make the values inexact (超过, 左右 …), each once. */
  readonly qualifiers: readonly string[];
  /** One of the values is an estimate (预计). */
  readonly estimate: boolean;
  readonly approximate: boolean;
}

const decimals = (v: number) => (String(v).split('.')[1] ?? '').length;

export function changeOf({ from, to }: Pair): Change {
  const delta = to.value - from.value;
  const points = to.unit === '%';
  const qualifiers = [...new Set([from.qualifier, to.qualifier])].filter((q): q is string => !!q && !EXACT.includes(q));
  const estimate = from.estimate || to.estimate;
  return {
    delta,
    relative: points || from.value === 0 ? null : delta / from.value,
    points,
    digits: Math.max(decimals(from.value), decimals(to.value)),
    qualifiers,
    estimate,
    approximate: qualifiers.length > 0 || estimate,
  };
}

/** A non-negative decimal number (3.46, "3.46"); anything else (−1, 1e3, "3,46", markup, NaN) → undefined. */
export function parseAmount(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  return typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : undefined;
}

/** A four-digit calendar year 1900…2100, as number or string; anything else → undefined. */
export function parseYear(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : undefined;
}

export interface ParsedActuals {
  readonly actuals: ProgressActual[];
  /** Rejected input, for the console warning: entries whose value is unusable (ignored) or year is (dropped). */
  readonly rejected: unknown[];
}

/**
 * Validates host-supplied values. An entry whose value is unusable is ignored; an entry whose year is unusable
 * keeps its value without a year (a value without a year misleads less than a wrong year). A missing year
 * (undefined, null, '') is not an error.
 */
export function parseActuals(list: unknown): ParsedActuals {
  const actuals: ProgressActual[] = [];
  const rejected: unknown[] = [];
  for (const item of Array.isArray(list) ? list : list == null ? [] : [list]) {
    const { value: v, year: y } = (item ?? {}) as { value?: unknown; year?: unknown };
    const value = parseAmount(v);
    const year = y == null || y === '' ? null : parseYear(y);
    if (value === undefined || year === undefined) rejected.push(value === undefined ? v : y);
    if (value !== undefined) actuals.push({ value, year: year ?? null });
  }
  return { actuals, rejected };
}

/**
 * A phrase ready to go inside quotation marks: its own quotation marks move one level down, so that quotes never
 * nest in the same form (“出口总额实现全国‘二十八连冠’”, not “出口总额实现全国“二十八连冠””). `marks` is the outer
 * pair then the inner pair (“”‘’ in zh-Hans: GB/T 15834—2011 4.4.3 puts 单引号 inside 双引号; 「」 are the
 * Traditional/vertical forms). A quote inside the inner level goes back to the outer pair.
 */
export function nestQuotes(phrase: string, marks: string): string {
  return phrase.replace(/./gu, (ch) => {
    const i = marks.indexOf(ch);
    return i < 0 ? ch : marks[(i + 2) % 4];
  });
}
