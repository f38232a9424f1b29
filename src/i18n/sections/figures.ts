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
  /**
   * Columns of the CSV only (for machines, beside the columns shown): the exact phrase of the text, the value as a
   * plain number in the unit of the next column, that unit, the year as a plain number (empty when not stated).
   */
  colPhrase: string;
  colNumber: string;
  colUnit: string;
  colYearNumber: string;
  /** The unit of a multiple written as a word (翻番, 倍增: the text writes no 倍), for the CSV's unit column. */
  times: string;
  /**
   * What makes a row's label name its own quantity: the base of a multiple or a share (公共住房 2.4倍 → 以“十二五”时期为
   * 基数), or which end of a from → to phrase it is (高校数量从9所增至15所: 起点, 终点). Appended to the label.
   */
  labelBase: (base: string) => string;
  labelStart: string;
  labelEnd: string;
  /** Appended when another figure has the same label for another year: （2020年）. */
  labelYear: (year: string) => string;
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
  /** A chart row whose later end is an outcome, not a goal: 高校数量：起点9所，终点15所 */
  chartRowOutcome: (label: string, from: string, to: string) => string;
  /** Heading of the list of figures the chart leaves out, and why each is left out. */
  notChartedHeading: string;
  notChartedMultiple: string;
  notChartedRank: string;
  notChartedSingle: string;
  /** One reason with the labels of the figures it leaves out. */
  notChartedItem: (reason: string, labels: readonly string[]) => string;
}

const zhHans: FiguresStrings = {
  label: '规划数据一览',
  colLabel: '指标',
  colValue: '数值',
  colYear: '年份',
  colKind: '类型',
  colSource: '出处',
  colPhrase: '原文表述',
  colNumber: '数值（纯数字）',
  colUnit: '单位',
  colYearNumber: '年份（纯数字）',
  times: '倍',
  labelBase: (base) => `（以${base}为基数）`,
  labelStart: '（起点）',
  labelEnd: '（终点）',
  labelYear: (year) => `（${year}）`,
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
  chartRowOutcome: (label, from, to) => `${label}：起点${from}，终点${to}`,
  notChartedHeading: '未绘入图表的数据',
  notChartedMultiple: '倍数，各以自己的基数计算，不能与数量共用刻度',
  notChartedRank: '排名',
  notChartedSingle: '原文对该指标只给出这一个数值，没有可对照的起点或目标',
  notChartedItem: (reason, labels) => `${reason}：${labels.join('、')}`,
};

/** The figures section: zh-Hans here; the other locales in the locale packs (src/i18n/packs.ts). */
export const figuresStrings: Section<'figures', FiguresStrings> = { key: 'figures', source: zhHans };
