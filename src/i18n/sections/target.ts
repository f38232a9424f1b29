import type { Section } from '../types.js';

/** Strings of <plan-target>. The figure's label, value and phrase come from the dataset, never from here. */
export interface TargetStrings {
  /** Accessible name of the card, e.g. 规划数据：经济总量 */
  label: (figureLabel: string) => string;
  /** The figure's kind: a 2020-or-earlier outcome of the plan period under review. */
  kindBaseline: string;
  /** The figure's kind: a goal. */
  kindTarget: string;
  /** Shown in place of a year when the plan states none (no year is ever invented). */
  noYear: string;
  /** Badge for values the plan calls an estimate (预计). */
  estimate: string;
  /**
   * For multiples and doublings: what they are relative to, e.g. 以二〇二〇年为基数 (neutral wording that fits both
   * 在二〇二〇年基础上翻一番 and 是“十二五”期末的三倍).
   */
  relativeTo: (base: string) => string;
  /** The other end of a pair, named by its role: the start of a goal (起点), the end of an outcome (终点). */
  pairFrom: string;
  pairTo: string;
  /** The other end of a pair, e.g. 起点：2020年超过2.8万亿元 (year empty when the plan states none). */
  pairEnd: (role: string, year: string, value: string) => string;
  /** The change between a pair, e.g. 变化：约+1.2万亿元（约+43%） */
  change: (amount: string, relative: string | null) => string;
  /** A computed number that is only approximate. */
  approx: (value: string) => string;
  /** A change in percentage points. */
  points: (value: string) => string;
  /** Why the change is approximate — the plan's own qualifiers (超过, 左右 …), an estimate (预计) or both — said once. */
  approxNote: (qualifiers: readonly string[], estimate: boolean) => string;
  /** Heading of the host-supplied progress: never the plan's own text. */
  progressHeading: string;
  /** The inline variant's host-supplied value, brackets included: （页面提供的数据，非规划原文：2023年：3.46万亿元…） */
  pageData: (text: string) => string;
  /** A value with its year, e.g. 2020年：超过2.8万亿元 */
  withYear: (year: string, value: string) => string;
  /** The latest host-supplied value as a share of the target value. */
  ofTarget: (value: string, share: string) => string;
  /** Legend of the progress bar. */
  legendActual: string;
  /**
   * The inline source marker as a screen reader hears it: visually hidden words before and after the visible source
   * (原文第7条), so that it reads （目标，2025年，原文第7条）.
   */
  markerStart: (kind: string, year: string) => string;
  markerEnd: string;
  /**
   * Quotation marks, outer pair then inner pair (GB/T 15834—2011: 双引号 outside, 单引号 for a quote inside a
   * quote), as one string of four characters.
   */
  quoteMarks: string;
}

const zhHans: TargetStrings = {
  label: (figureLabel) => `规划数据：${figureLabel}`,
  kindBaseline: '已实现',
  kindTarget: '目标',
  noYear: '原文未注明年份',
  estimate: '预计',
  relativeTo: (base) => `以${base}为基数`,
  pairFrom: '起点',
  pairTo: '终点',
  pairEnd: (role, year, value) => `${role}：${year}${value}`,
  change: (amount, relative) => `变化：${amount}${relative ? `（${relative}）` : ''}`,
  approx: (value) => `约${value}`,
  points: (value) => `${value}个百分点`,
  approxNote: (qualifiers, estimate) =>
    `${[
      qualifiers.length ? `原文用${qualifiers.map((q) => `“${q}”`).join('、')}表述，数值并非精确值` : '',
      estimate ? '其中有原文所称的预计值（“预计”）' : '',
    ]
      .filter(Boolean)
      .join('；')}，变化量只是近似值。`,
  progressHeading: '页面提供的数据（非规划原文）',
  pageData: (text) => `（页面提供的数据，非规划原文：${text}）`,
  withYear: (year, value) => `${year}：${value}`,
  ofTarget: (value, share) => `${value}，相当于目标数值的${share}`,
  legendActual: '页面数据',
  markerStart: (kind, year) => `（${kind}，${year}，`,
  markerEnd: '）',
  quoteMarks: '“”‘’',
};

/** The target section: zh-Hans here; the other locales in the locale packs (src/i18n/packs.ts). */
export const targetStrings: Section<'target', TargetStrings> = { key: 'target', source: zhHans };
