/** Registers <plan-timeline> (side effect) and re-exports its class and event. */
import { defineElement } from '../internal/define.js';
import { PlanTimeline } from '../elements/plan-timeline/plan-timeline.js';

export { PlanTimeline, PlanStageSelectEvent } from '../elements/plan-timeline/plan-timeline.js';

defineElement('plan-timeline', PlanTimeline);
