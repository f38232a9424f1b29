/**
 * How the plan writes a figure's value, shared by every element that shows one (<plan-target>'s card and quote,
 * <plan-timeline>'s chips): qualifier before or after the number, and the unit only where the text writes it.
 */
import type { Figure } from './types.js';

/** Qualifiers written after the value (5%左右); all others go before it (超过4万亿元). */
const AFTER = ['左右', '以上', '以内', '以下'];

export interface ValueParts {
  readonly before: string;
  readonly number: string;
  readonly unit: string;
  readonly after: string;
}

/**
 * The value as the plan writes it, in parts: 超过 + 4 + 万亿元, 5 + % + 左右, 翻一番 (the word already says 倍). An English
 * qualifier ("more than", "No.": it ends in an ASCII character) keeps a space before the number; English units
 * carry their own (" trillion yuan").
 */
export function valueParts(f: Pick<Figure, 'qualifier' | 'valueText' | 'unit'>): ValueParts {
  const q = f.qualifier ?? '';
  const after = AFTER.includes(q);
  const before = after ? '' : /[!-~]$/.test(q) ? `${q} ` : q;
  return { before, number: f.valueText, unit: /[番倍]/.test(f.valueText) ? '' : f.unit, after: after ? q : '' };
}

export const formatValue = (f: Pick<Figure, 'qualifier' | 'valueText' | 'unit'>): string => {
  const p = valueParts(f);
  return p.before + p.number + p.unit + p.after;
};
