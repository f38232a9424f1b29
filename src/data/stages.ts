/** The five timeline stages (2020 starting point, 2025, 2030, 2035, mid-century). Small and synchronous. */
import { stages as generated } from '../generated/stages.js';
import { deepFreeze } from './freeze.js';
import { allFigures } from './figure-index.js';
import type { Figure, Stage, StageId } from './types.js';

export const stages: readonly Stage[] = /* @__PURE__ */ deepFreeze(generated);
export const STAGE_IDS: readonly StageId[] = stages.map((s) => s.id);

export function getStage(id: unknown): Stage | undefined {
  return stages.find((s) => s.id === id);
}

/**
 * Figures that belong to a stage: for the 2020 starting point, the baselines of its article (2); for a goal
 * stage, the targets whose year is the stage's year.
 */
export function stageFigures(stage: Stage): readonly Figure[] {
  return stage.kind === 'outcome'
    ? allFigures.filter((f) => f.kind === 'baseline' && f.article === stage.article)
    : allFigures.filter((f) => f.kind === 'target' && stage.year !== null && f.year === stage.year);
}
