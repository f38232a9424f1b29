/** The five timeline stages (2020 starting point, 2025, 2030, 2035, mid-century). Small and synchronous. */
import { stageFigures as generatedFigures, stages as generated } from '../generated/stages.js';
import { deepFreeze } from './freeze.js';
import type { Stage, StageFigure, StageId } from './types.js';

export const stages: readonly Stage[] = /* @__PURE__ */ deepFreeze(generated);
export const STAGE_IDS: readonly StageId[] = stages.map((s) => s.id);
const figureChips = /* @__PURE__ */ deepFreeze(generatedFigures);

export function getStage(id: unknown): Stage | undefined {
  return stages.find((s) => s.id === id);
}

/**
 * The figures of a stage as the timeline shows them (see toStageFigure): without the figure registry, so that
 * <plan-timeline> stays small. For full Figure records use stageFigures() from figure-index.ts.
 */
export function stageFigureChips(stage: Stage): readonly StageFigure[] {
  return figureChips[stage.id] ?? [];
}
