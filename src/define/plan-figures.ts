/**
 * Registers `<plan-figures>` (only if the name is free) and re-exports its class.
 * Package entry `define/plan-figures.js`. No other module of the library imports this file (see src/index.ts);
 * `elements/plan-figures.js` is the class without registration.
 */
import { defineElement } from '../internal/define.js';
import { PlanFigures } from '../elements/plan-figures/plan-figures.js';

defineElement('plan-figures', PlanFigures);

export {
  FIGURES_MODES,
  PlanFigures,
  PlanFiguresDownloadEvent,
  type PlanFiguresFormat,
  type PlanFiguresMode,
} from '../elements/plan-figures/plan-figures.js';
