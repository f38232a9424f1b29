import type { Section } from '../types.js';

/** Strings of <plan-figures> (all figures as a table and a chart). Plan text comes from the dataset, not from here. */
export interface FiguresStrings {
  /** Accessible name of the element's main region; also the table's caption. */
  label: string;
  /** Column headers: the figure's label, its value as written, its year, its kind, its source article. */
  colLabel: string;
  colValue: string;
  colYear: string;
  colKind: string;
  colSource: string;
  /** The figure's kind: a 2020-or-earlier outcome of the plan period under review, or a goal. */
  kindBaseline: string;
  kindTarget: string;
  /** In place of a year when the plan states none (no year is ever invented). */
  noYear: string;
  /** After a value the plan calls an estimate (预计), brackets included: （预计） */
  estimate: string;
  /** Labels of the filter controls. */
  filterKind: string;
  filterChapter: string;
  filterYear: string;
  /** The "no filter" option of every control. */
  all: string;
  /** A chapter option, e.g. 一、率先高质量全面建成小康社会…. */
  chapterOption: (numeral: string, title: string) => string;
  /** The live count of shown rows, e.g. 显示12项，共33项. */
  count: (shown: number, total: number) => string;
  /** The table body when no figure matches the filters. */
  empty: string;
  /** Download buttons. */
  downloadCsv: string;
  downloadJson: string;
  /** Accessible name of the download group. */
  downloads: string;
  /** Heading of the chart. */
  chartHeading: string;
  /** Under the chart: each row has its own scale, so rows cannot be compared by length. */
  chartNote: string;
  /** A value with its year, e.g. 2020年 超过2.8万亿元. */
  dated: (year: string, value: string) => string;
  /** One chart row as a sentence, for screen readers: 经济总量：起点2020年 超过2.8万亿元（预计），目标2025年 超过4万亿元 */
  chartRow: (label: string, from: string, to: string) => string;
}

const zhHans: FiguresStrings = {
  label: '规划数据一览',
  colLabel: '指标',
  colValue: '数值',
  colYear: '年份',
  colKind: '类型',
  colSource: '出处',
  kindBaseline: '已实现',
  kindTarget: '目标',
  noYear: '原文未注明年份',
  estimate: '（预计）',
  filterKind: '类型',
  filterChapter: '章',
  filterYear: '年份',
  all: '全部',
  chapterOption: (numeral, title) => `${numeral}、${title}`,
  count: (shown, total) => `显示${shown}项，共${total}项`,
  empty: '没有符合条件的数据',
  downloadCsv: '下载CSV',
  downloadJson: '下载JSON',
  downloads: '下载所显示的数据',
  chartHeading: '起点与目标',
  chartNote: '每行刻度各不相同，且不从零开始；箭头表示“超过”“不低于”等只给出下限的数值，波浪号表示“左右”等约数，空心点表示预计值。',
  dated: (year, value) => `${year} ${value}`,
  chartRow: (label, from, to) => `${label}：起点${from}，目标${to}`,
};

/** The figures section: zh-Hans here; the other locales in the locale packs (src/i18n/packs.ts). */
export const figuresStrings: Section<'figures', FiguresStrings> = { key: 'figures', source: zhHans };
