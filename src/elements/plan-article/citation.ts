/**
 * Citations of an article. Pure: the plan's metadata comes from the dataset (planMeta), the access date is a
 * parameter (tests pass a fixed date). No sentence of the plan is hard-coded here.
 *
 * GB/T 7714—2015 (信息与文献 参考文献著录规则), electronic resource (4.8 / A.8):
 *   主要责任者. 题名: 其他题名信息[文献类型标识/文献载体标识]. 出版地: 出版者, 出版年(更新或修改日期)[引用日期]. 获取和访问路径.
 * e.g. 中国互联网络信息中心. 第29次中国互联网络发展现状统计报告[R/OL]. (2012-01-16)[2013-03-26]. http://www.cnnic.net.cn/….
 * For this online announcement: type EB (电子公告), carrier OL (联机网络); no place or publisher is stated by
 * the source, so those elements are omitted, as in the standard's own [EB/OL] examples; the date in
 * parentheses is the adoption date; the bracketed one the access (citation) date.
 */
import type { PlanMeta } from '../../data/types.js';

/** The issuing body: the title's leading organisation (中共深圳市委关于制定… → 中共深圳市委). */
export function planAuthor(meta: Pick<PlanMeta, 'title'>): string {
  const i = meta.title.indexOf('关于');
  return i > 0 ? meta.title.slice(0, i) : meta.title;
}

/** A date as YYYY-MM-DD in the reader's time zone (GB/T 7408 / ISO 8601 calendar date, as GB/T 7714 asks). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The GB/T 7714—2015 reference of the plan (the article is located in the plain form and by the link). */
export function gbCitation(meta: PlanMeta, accessed: Date): string {
  return `${planAuthor(meta)}. ${meta.title}[EB/OL]. (${meta.adoptedOn})[${isoDate(accessed)}]. ${meta.sourceUrl}.`;
}

/** What a plain-language citation needs; the wording is the translation's (article.plainCitation). */
export interface CitationParts {
  readonly author: string;
  readonly title: string;
  readonly adoption: string;
  readonly article: number;
  readonly url: string;
  readonly accessed: string;
}

export function citationParts(meta: PlanMeta, article: number, accessed: Date): CitationParts {
  return {
    author: planAuthor(meta),
    title: meta.title,
    adoption: meta.adoption,
    article,
    url: meta.sourceUrl,
    accessed: isoDate(accessed),
  };
}
