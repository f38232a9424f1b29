import type { LocaleTable } from '../types.js';

/** Strings shared by every element. */
export interface CommonStrings {
  /** Heading of the bad-input message shown in place of an element, e.g. 无法显示：figure 的值无效 */
  invalidInput: (attribute: string) => string;
  /** "Valid values: …" */
  validValues: (values: string) => string;
  /** Article number in running text, e.g. 第35条. */
  articleNumber: (n: number) => string;
  /** Link text to the source article, e.g. 原文第35条. */
  sourceArticle: (n: number) => string;
  /** A year on its own, e.g. 2025年. */
  year: (year: number) => string;
  loading: string;
  /** Short name of the plan, for labels. */
  planShortName: string;
  /** Separator between list items in running text. */
  listSeparator: string;
}

const zhHans: CommonStrings = {
  invalidInput: (attribute) => `无法显示：属性 ${attribute} 的值无效。`,
  validValues: (values) => `有效值：${values}`,
  articleNumber: (n) => `第${n}条`,
  sourceArticle: (n) => `原文第${n}条`,
  year: (year) => `${year}年`,
  loading: '正在加载…',
  planShortName: '深圳“十四五”规划建议',
  listSeparator: '、',
};

/** Every supported locale's common strings (TypeScript flags a missing locale or key). */
export const commonStrings: LocaleTable<CommonStrings> = { 'zh-Hans': zhHans };
