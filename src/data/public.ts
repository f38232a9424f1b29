/**
 * The data API every entry shares (issue #21: the root entry and `./data` used to export different slices): what a
 * page can ask of the plan without loading its text, plus the loaders of the text. The root entry
 * (`shenzhen-plan-widgets`) exports exactly this; `./data` exports this and the whole text synchronously (`plan`,
 * `getChapter`, `getArticle`, for servers and build tools). Documented in docs/data.md.
 */
export type * from './types.js';
export type { ArticleSummary, ChapterSummary, ArticleRef } from './outline.js';
// the plan's metadata, preamble, closing, chapter titles and article leads (small, synchronous)
export {
  ARTICLE_COUNT,
  CHAPTER_COUNT,
  planMeta,
  planPreamble,
  planClosing,
  chapterSummaries,
  getChapterSummary,
  articleSummaries,
  getArticleSummary,
  getArticleRef,
} from './outline.js';
// the five stages and their figure chips
export { stages, getStage, stageFigureChips, STAGE_IDS } from './stages.js';
// the 37 figures and the recorded non-figures
export { allFigures, nonFigures, figures, getFigure, relatedFigures, stageFigures, type FigureQuery } from './figure-index.js';
// the text, one chapter chunk at a time, in any locale
export { loadChapter, loadArticle, loadArticleInChapter, type ArticleInChapter } from './text.js';
