/**
 * The smallest part of the dataset: how many articles each chapter has (numbering runs on across chapters),
 * and the plan's metadata for citations. Enough to validate an article number, find its chapter chunk and
 * cite the plan: `<plan-article>` bundles this and gets chapter titles and leads with the chapter's text.
 */
import { articlesPerChapter } from '../generated/article-index.js';
import { adoptedOn, meta, sourceUrl } from '../generated/meta.js';
import { deepFreeze, strictInt } from './freeze.js';
import type { PlanMeta } from './types.js';

export const planMeta = /* @__PURE__ */ deepFreeze(meta);
/** What the source credit shows: planMeta's adoption date and URL alone (a bundle without citations skips the rest). */
export const planCredit: Pick<PlanMeta, 'adoptedOn' | 'sourceUrl'> = /* @__PURE__ */ Object.freeze({
  adoptedOn,
  sourceUrl,
});
export const CHAPTER_COUNT = articlesPerChapter.length;
export const ARTICLE_COUNT = articlesPerChapter.reduce((n, c) => n + c, 0);

/** An article number and its chapter, without text. */
export interface ArticleRef {
  readonly number: number;
  readonly chapter: number;
}

/** Article 1…73 → its number and chapter; undefined for anything else (0, 74, "abc", "1.5", HTML…). */
export function getArticleRef(n: number | string): ArticleRef | undefined {
  const i = strictInt(n);
  if (i === undefined || i < 1 || i > ARTICLE_COUNT) return undefined;
  let last = 0;
  for (let c = 0; c < articlesPerChapter.length; c++) {
    last += articlesPerChapter[c];
    if (i <= last) return { number: i, chapter: c + 1 };
  }
  return undefined;
}

/** A chapter number 1…15 (numeric strings of digits only), or undefined. */
export function toChapterNumber(n: number | string): number | undefined {
  const i = strictInt(n);
  return i !== undefined && i >= 1 && i <= CHAPTER_COUNT ? i : undefined;
}
