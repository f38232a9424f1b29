/**
 * The chapter index: numeral, title and article numbers of each chapter, plus the article-number lookups of
 * article-index.ts. Without any article text or leads.
 */
import { chapters } from '../generated/chapters.js';
import { deepFreeze, strictInt } from './freeze.js';
import type { ChapterSummary } from './outline-types.js';

export { ARTICLE_COUNT, CHAPTER_COUNT, getArticleRef, planMeta, type ArticleRef } from './article-index.js';

export const chapterSummaries: readonly ChapterSummary[] = /* @__PURE__ */ deepFreeze(chapters);

/** The chapter with this number (1…15), or undefined. Accepts numeric strings of digits only. */
export function getChapterSummary(n: number | string): ChapterSummary | undefined {
  const i = strictInt(n);
  return i === undefined ? undefined : chapterSummaries[i - 1];
}
