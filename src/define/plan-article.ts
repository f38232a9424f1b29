/** Registers <plan-article> (side effect) and re-exports its class. Article text is loaded per chapter on demand. */
import { defineElement } from '../internal/define.js';
import { PlanArticle } from '../elements/plan-article/plan-article.js';

export { PlanArticle };
export type { CitationStyle } from '../elements/plan-article/plan-article.js';

defineElement('plan-article', PlanArticle);
