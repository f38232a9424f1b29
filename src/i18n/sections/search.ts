import type { Section } from '../types.js';

/** Strings of <plan-search> (full-text search over the plan). Plan text comes from the dataset, not from here. */
export interface SearchStrings {
  /** Accessible name of the element's main region. */
  label: string;
  /** The search field's visible label. */
  inputLabel: string;
  /** The search field's placeholder when the page sets none. */
  placeholder: string;
  /** Accessible name of the list of results. */
  resultsLabel: string;
  /** Said by the live region (and shown) when results are listed, e.g. 找到3条结果 */
  resultCount: (shown: number, total: number) => string;
  /** Shown and said when nothing matches; the query is shown as the reader typed it (as text). */
  noResults: (query: string) => string;
  /** While the plan's text is being loaded for the first search. */
  loading: string;
  /** When the plan's text could not be loaded. */
  failed: string;
  /** How to use the list, for screen readers (aria-describedby of the field). */
  hint: string;
  /** Shown and said when the query is blank (spaces only, or Enter in an empty field). */
  emptyQuery: string;
  /** The button after a list cut at max-results, e.g. 显示全部25条结果. */
  showAll: (total: number) => string;
  /** A result that is a chapter's title or introduction, e.g. 第八部分 (numeral 八; in English the number). */
  chapterLabel: (numeral: string) => string;
  /** A result in the preamble (the paragraph before the first chapter). */
  preamble: string;
  /** A result in the closing paragraph. */
  closing: string;
}

const zhHans: SearchStrings = {
  label: '搜索规划建议',
  inputLabel: '搜索规划建议全文',
  placeholder: '输入关键词',
  resultsLabel: '搜索结果',
  resultCount: (shown, total) => (shown < total ? `找到${total}条结果，显示前${shown}条` : `找到${total}条结果`),
  noResults: (query) => `未找到与“${query}”相关的条文`,
  loading: '正在加载规划建议全文…',
  failed: '全文暂时无法加载，请稍后再试',
  hint: '输入后用上下方向键选择结果，按回车键打开，按Esc键关闭',
  emptyQuery: '请输入要搜索的关键词',
  showAll: (total) => `显示全部${total}条结果`,
  chapterLabel: (numeral) => `第${numeral}部分`,
  preamble: '前言',
  closing: '结束语',
};

/** The search section: zh-Hans here; the other locales in the locale packs (src/i18n/packs.ts). */
export const searchStrings: Section<'search', SearchStrings> = { key: 'search', source: zhHans };
