import type { ArticleNumber, ChapterNumber } from './types.js';

/** A chapter without its text (the outline bundle). */
export interface ChapterSummary {
  readonly number: ChapterNumber;
  readonly numeral: string;
  readonly title: string;
  readonly articles: readonly ArticleNumber[];
}

/** An article without its paragraphs (the outline bundle). */
export interface ArticleSummary {
  readonly number: ArticleNumber;
  readonly chapter: ChapterNumber;
  readonly lead: string;
}
