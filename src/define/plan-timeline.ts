/**
 * Registers <plan-timeline> (side effect) and re-exports its class and event.
 * Package entry `define/plan-timeline.js`. No other module of the library imports this file (see src/index.ts);
 * `elements/plan-timeline.js` is the class without registration.
 */
import { defineElement } from '../internal/define.js';
import { PlanTimeline } from '../elements/plan-timeline/plan-timeline.js';

export { PlanTimeline, PlanStageSelectEvent } from '../elements/plan-timeline/plan-timeline.js';

defineElement('plan-timeline', PlanTimeline);
