/**
 * Registers `<plan-search>` (only if the name is free) and re-exports its class.
 * Package entry `define/plan-search.js`. Only define/plan-document.ts, another entry, imports this file (see src/index.ts);
 * `elements/plan-search.js` is the class without registration.
 */
import { defineElement } from '../internal/define.js';
import { PlanSearch } from '../elements/plan-search/plan-search.js';

defineElement('plan-search', PlanSearch);

export { DEFAULT_MAX_RESULTS, PlanSearch, PlanSearchSelectEvent } from '../elements/plan-search/plan-search.js';
