/**
 * Registers `<plan-target>` (only if the name is free) and re-exports its class.
 * Package entry `define/plan-target.js`. No other module of the library imports this file (see src/index.ts);
 * `elements/plan-target.js` is the class without registration.
 */
import { defineElement } from '../internal/define.js';
import { PlanTarget } from '../elements/plan-target/plan-target.js';

defineElement('plan-target', PlanTarget);

export { PlanTarget, VARIANTS, type PlanTargetActual, type PlanTargetVariant } from '../elements/plan-target/plan-target.js';
