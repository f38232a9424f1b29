/**
 * The tiny part of the dataset: the plan's metadata and its chapter index (numeral, title, article numbers).
 * Enough to validate an article number, find its chapter and cite the plan, without any article text or leads.
 */
import { chapters } from '../generated/chapters.js';
import { meta } from '../generated/meta.js';
import { deepFreeze, strictInt } from './freeze.js';
import type { ChapterSummary } from './outline-types.js';

export const planMeta = /* @__PURE__ */ deepFreeze(meta);
export const chapterSummaries: readonly ChapterSummary[] = /* @__PURE__ */ deepFreeze(chapters);
export const CHAPTER_COUNT = chapterSummaries.length;
export const ARTICLE_COUNT = chapterSummaries.reduce((n, c) => n + c.articles.length, 0);

/** An article number and its chapter, without text. */
export interface ArticleRef {
  readonly number: number;
  readonly chapter: number;
}

/** The chapter with this number (1…15), or undefined. Accepts numeric strings of digits only. */
export function getChapterSummary(n: number | string): ChapterSummary | undefined {
  const i = strictInt(n);
  return i === undefined ? undefined : chapterSummaries[i - 1];
}

/** Article 1…73 → its number and chapter; undefined for anything else (0, 74, "abc", "1.5", HTML…). */
export function getArticleRef(n: number | string): ArticleRef | undefined {
  const i = strictInt(n);
  if (i === undefined || i < 1 || i > ARTICLE_COUNT) return undefined;
  const chapter = chapterSummaries.find((c) => c.articles.includes(i));
  return chapter && { number: i, chapter: chapter.number };
}
