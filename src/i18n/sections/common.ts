import type { Section } from '../types.js';

/** Strings shared by every element. */
export interface CommonStrings {
  /**
   * The neutral notice readers see in place of an element whose required attribute is unusable (no attribute names,
   * no valid values: those go to the console). No full stop: inline, the page's sentence has its own.
   */
  unavailable: string;
  /** Article number in running text, e.g. 第35条. */
  articleNumber: (n: number) => string;
  /** Link text to the source article, e.g. 原文第35条. */
  sourceArticle: (n: number) => string;
  /** A year on its own, e.g. 2025年. */
  year: (year: number) => string;
  loading: string;
  /** Short name of the plan, for labels. */
  planShortName: string;
  /** The source credit line (src/internal/source-credit.ts): its label, e.g. 来源： */
  creditLabel: string;
  /** The adoption date after the title, from the dataset's ISO date, e.g. （2020年12月22日通过） */
  creditAdopted: (year: number, month: number, day: number) => string;
}

const zhHans: CommonStrings = {
  unavailable: '此处内容无法显示',
  articleNumber: (n) => `第${n}条`,
  sourceArticle: (n) => `原文第${n}条`,
  year: (year) => `${year}年`,
  loading: '正在加载…',
  planShortName: '深圳“十四五”规划建议',
  creditLabel: '来源：',
  creditAdopted: (y, m, d) => `（${y}年${m}月${d}日通过）`,
};

/** The common section: zh-Hans here; the other locales in the locale packs (src/i18n/packs.ts). */
export const commonStrings: Section<'common', CommonStrings> = { key: 'common', source: zhHans };
