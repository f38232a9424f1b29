/**
 * Registers <plan-article> (side effect) and re-exports its class and events. Article text is loaded per chapter on demand.
 * Package entry `define/plan-article.js`. Only define/plan-document.ts, another entry, imports this file (see src/index.ts);
 * `elements/plan-article.js` is the class without registration.
 */
import { defineElement } from '../internal/define.js';
import { PlanArticle } from '../elements/plan-article/plan-article.js';

export { PlanArticle };
export { PlanArticleCopyEvent, PlanArticleErrorEvent, PlanArticleLoadEvent } from '../elements/plan-article/plan-article.js';
export type { CitationStyle, CopyWhat, LoadFailure } from '../elements/plan-article/plan-article.js';

defineElement('plan-article', PlanArticle);
