/**
 * The public surface (issue #21): the root entry exports the elements' classes, events and page-facing constants and
 * the one data API of src/data/public.ts; `./data` exports that same data API (the same bindings) and the whole text
 * synchronously. Implementation details stay out of the root entry.
 */
import { expect } from '@open-wc/testing';
import * as root from '../src/index.js';
import * as data from '../src/data/index.js';
import * as shared from '../src/data/public.js';

const DATA_API = [
  'ARTICLE_COUNT',
  'CHAPTER_COUNT',
  'STAGE_IDS',
  'allFigures',
  'articleSummaries',
  'chapterSummaries',
  'figures',
  'getArticleRef',
  'getArticleSummary',
  'getChapterSummary',
  'getFigure',
  'getStage',
  'loadArticle',
  'loadArticleInChapter',
  'loadChapter',
  'nonFigures',
  'planClosing',
  'planMeta',
  'planPreamble',
  'relatedFigures',
  'stageFigureChips',
  'stageFigures',
  'stages',
];
const ELEMENTS_API = [
  'CITATION_STYLES',
  'DEFAULT_MAX_RESULTS',
  'DEFAULT_STAGE',
  'FIGURES_MODES',
  'INLINE_FORMS',
  'ORIENTATIONS',
  'PlanArticle',
  'PlanArticleCopyEvent',
  'PlanArticleErrorEvent',
  'PlanArticleLoadEvent',
  'PlanDocument',
  'PlanFigures',
  'PlanFiguresDownloadEvent',
  'PlanOutline',
  'PlanOutlineCurrentEvent',
  'PlanOutlineSelectEvent',
  'PlanSearch',
  'PlanSearchSelectEvent',
  'PlanStageSelectEvent',
  'PlanTarget',
  'PlanTimeline',
  'VARIANTS',
];

describe('public API', () => {
  it('the data API is one list: src/data/public.ts', () => {
    expect(Object.keys(shared).sort()).to.deep.equal(DATA_API);
  });

  it('the root entry: the elements and the data API, nothing else', () => {
    expect(Object.keys(root).sort()).to.deep.equal([...DATA_API, ...ELEMENTS_API].sort());
    for (const leaked of ['DEFAULT_HEADING_LEVEL', 'SEARCH_DEBOUNCE_MS', 'preloadFiguresChart', 'peekChapter', 'peekArticleInChapter'])
      expect(Object.keys(root), leaked).to.not.include(leaked);
  });

  it('./data: the same data API (the same bindings) and the whole text', () => {
    const d = data as Record<string, unknown>;
    const r = root as Record<string, unknown>;
    for (const name of DATA_API) expect(d[name], name).to.equal(r[name]);
    expect(Object.keys(data).sort()).to.deep.equal([...DATA_API, 'getArticle', 'getChapter', 'plan'].sort());
    expect(data.plan.articles.length).to.equal(73);
  });
});
