/**
 * Which figures belong to a timeline stage, and the slim record the timeline shows for each. Pure functions
 * used at build time (scripts/build-data.ts writes the result into src/generated/stages.ts) and by the full
 * dataset (figure-index.ts), so both agree by construction and the data contract tests them against the seed.
 */
import type { Figure, Stage, StageFigure } from './types.js';

/**
 * Figures that belong to a stage: for the 2020 starting point, the baselines of its article (2); for a goal
 * stage, the targets whose year is the stage's year. Registry (reading) order.
 */
export function selectStageFigures(stage: Stage, all: readonly Figure[]): Figure[] {
  return stage.kind === 'outcome'
    ? all.filter((f) => f.kind === 'baseline' && f.article === stage.article)
    : all.filter((f) => f.kind === 'target' && stage.year !== null && f.year === stage.year);
}

/** The timeline chip of a figure: the unit only where the phrase writes it right after the value. */
export function toStageFigure(f: Figure): StageFigure {
  const { id, label, valueText, qualifier, estimate, article, base } = f;
  const unit = f.unit && f.phrase.includes(valueText + f.unit) ? f.unit : '';
  return base === undefined
    ? { id, label, valueText, unit, qualifier, estimate, article }
    : { id, label, valueText, unit, qualifier, estimate, article, base };
}
