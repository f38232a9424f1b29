/**
 * Registers `<plan-outline>` (only if the name is free) and re-exports its class and events.
 * Package entry `define/plan-outline.js`. Only define/plan-document.ts, another entry, imports this file (see src/index.ts);
 * `elements/plan-outline.js` is the class without registration.
 */
import { defineElement } from '../internal/define.js';
import { PlanOutline } from '../elements/plan-outline/plan-outline.js';

export { PlanOutline, PlanOutlineCurrentEvent, PlanOutlineSelectEvent } from '../elements/plan-outline/plan-outline.js';

defineElement('plan-outline', PlanOutline);
