/**
 * The small, synchronous part of the dataset: metadata, preamble, closing, chapter titles and article leads.
 * Elements import this (a few KB) and load article text per chapter with `loadChapter` (text.ts).
 */
import { articles as articleList, chapters as chapterList, closing, meta, preamble } from '../generated/outline.js';
import { deepFreeze, strictInt } from './freeze.js';
import type { ArticleSummary, ChapterSummary } from './outline-types.js';

export type { ArticleSummary, ChapterSummary } from './outline-types.js';

export const planMeta = deepFreeze(meta);
export const planPreamble = deepFreeze(preamble);
export const planClosing = deepFreeze(closing);
export const chapterSummaries: readonly ChapterSummary[] = deepFreeze(chapterList);
export const articleSummaries: readonly ArticleSummary[] = deepFreeze(articleList);

export const CHAPTER_COUNT = chapterSummaries.length;
export const ARTICLE_COUNT = articleSummaries.length;

/** The chapter with this number (1…15), or undefined. Accepts numeric strings of digits only. */
export function getChapterSummary(n: number | string): ChapterSummary | undefined {
  const i = strictInt(n);
  return i === undefined ? undefined : chapterSummaries[i - 1];
}

/** The article with this number (1…73) without its text, or undefined. */
export function getArticleSummary(n: number | string): ArticleSummary | undefined {
  const i = strictInt(n);
  return i === undefined ? undefined : articleSummaries[i - 1];
}
