/**
 * shenzhen-plan-widgets: registers every element (side effect) and re-exports the classes and the data API.
 * Per-element entry points (src/define/*.ts) register one element each and pay only for what it shows;
 * src/elements/<name>/<name>.ts (package entry `elements/<name>.js`) export a class without registering it.
 *
 * This file registers the elements itself instead of importing src/define/*: a module that two library entries
 * import is moved by the build into a shared chunk (dist/chunks/), which package.json `sideEffects` does not list,
 * so a consumer's bundler drops the registration without a word (issue #12). Registering modules are imported by
 * no other module; vite.config.ts fails the build if one ends up in a file `sideEffects` does not list.
 */
import { defineElement } from './internal/define.js';
import { PlanArticle } from './elements/plan-article/plan-article.js';
import { PlanTarget } from './elements/plan-target/plan-target.js';
import { PlanTimeline } from './elements/plan-timeline/plan-timeline.js';
import { PlanOutline } from './elements/plan-outline/plan-outline.js';
import { PlanSearch } from './elements/plan-search/plan-search.js';
import { PlanFigures } from './elements/plan-figures/plan-figures.js';
import { PlanDocument } from './elements/plan-document/plan-document.js';

// the data API (the same as `./data` without the synchronous whole text), see src/data/public.ts
export * from './data/public.js';
// each element's class, events, types and the constants a page uses (valid values, defaults); implementation details
// (a debounce delay, the figures chart's preloader for the server renderer) stay in the `elements/<name>.js` entries
export {
  PlanTimeline,
  PlanStageSelectEvent,
  ORIENTATIONS,
  DEFAULT_STAGE,
  type Orientation,
} from './elements/plan-timeline/plan-timeline.js';
export {
  PlanTarget,
  VARIANTS,
  INLINE_FORMS,
  type PlanTargetVariant,
  type PlanTargetInlineForm,
  type PlanTargetActual,
} from './elements/plan-target/plan-target.js';
export {
  PlanArticle,
  PlanArticleLoadEvent,
  PlanArticleErrorEvent,
  PlanArticleCopyEvent,
  CITATION_STYLES,
  type CitationStyle,
  type CopyWhat,
  type LoadFailure,
} from './elements/plan-article/plan-article.js';
export { PlanOutline, PlanOutlineSelectEvent, PlanOutlineCurrentEvent } from './elements/plan-outline/plan-outline.js';
export { PlanSearch, PlanSearchSelectEvent, DEFAULT_MAX_RESULTS, type PlanSearchSelection } from './elements/plan-search/plan-search.js';
export {
  PlanFigures,
  PlanFiguresDownloadEvent,
  FIGURES_MODES,
  type PlanFiguresMode,
  type PlanFiguresFormat,
} from './elements/plan-figures/plan-figures.js';
export { PlanDocument } from './elements/plan-document/plan-document.js';

defineElement('plan-timeline', PlanTimeline);
defineElement('plan-target', PlanTarget);
defineElement('plan-article', PlanArticle);
defineElement('plan-outline', PlanOutline);
defineElement('plan-search', PlanSearch);
defineElement('plan-figures', PlanFigures);
defineElement('plan-document', PlanDocument);
