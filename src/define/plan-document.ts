/**
 * Registers `<plan-document>` and the elements it is made of (`<plan-article>`, `<plan-outline>`, `<plan-search>`), each only if its
 * name is free, and re-exports its class. Package entry `define/plan-document.js`.
 */
import { defineElement } from '../internal/define.js';
import { PlanDocument } from '../elements/plan-document/plan-document.js';
import './plan-article.js';
import './plan-outline.js';
import './plan-search.js';

defineElement('plan-document', PlanDocument);

export { PlanDocument } from '../elements/plan-document/plan-document.js';
