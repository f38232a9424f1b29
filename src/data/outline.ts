/**
 * The small, synchronous part of the dataset: metadata, preamble, closing, chapter titles and article leads.
 * Elements that need less (an article number's chapter, the citation metadata) import chapters.ts instead; all
 * load article text per chapter with `loadChapter` (text.ts).
 */
import { articles as articleList, closing, preamble } from '../generated/outline.js';
import { deepFreeze, strictInt } from './freeze.js';
import type { ArticleSummary } from './outline-types.js';

export type { ArticleSummary, ChapterSummary } from './outline-types.js';
export { ARTICLE_COUNT, CHAPTER_COUNT, chapterSummaries, getArticleRef, getChapterSummary, planMeta, type ArticleRef } from './chapters.js';

export const planPreamble = /* @__PURE__ */ deepFreeze(preamble);
export const planClosing = /* @__PURE__ */ deepFreeze(closing);
export const articleSummaries: readonly ArticleSummary[] = /* @__PURE__ */ deepFreeze(articleList);

/** The article with this number (1…73) without its text, or undefined. */
export function getArticleSummary(n: number | string): ArticleSummary | undefined {
  const i = strictInt(n);
  return i === undefined ? undefined : articleSummaries[i - 1];
}
