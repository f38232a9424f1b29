/** Registers `<plan-target>` (only if the name is free) and re-exports its class. */
import { defineElement } from '../internal/define.js';
import { PlanTarget } from '../elements/plan-target/plan-target.js';

defineElement('plan-target', PlanTarget);

export { PlanTarget, VARIANTS, type PlanTargetActual, type PlanTargetVariant } from '../elements/plan-target/plan-target.js';
