/** Lookups over the figure registry. Small and synchronous: no article text. */
import { FIGURES, NON_FIGURES } from './figures.js';
import { deepFreeze } from './freeze.js';
import { getArticleRef } from './chapters.js';
import { selectStageFigures } from './stage-figures.js';
import type { Figure, FigureKind, NonFigure, Stage } from './types.js';

export const allFigures: readonly Figure[] = /* @__PURE__ */ deepFreeze(FIGURES);
export const nonFigures: readonly NonFigure[] = /* @__PURE__ */ deepFreeze(NON_FIGURES);
const byId = new Map(allFigures.map((f) => [f.id, f]));

/** The figure with this id, or undefined (also for non-string input). */
export function getFigure(id: unknown): Figure | undefined {
  return typeof id === 'string' ? byId.get(id) : undefined;
}

export interface FigureQuery {
  kind?: FigureKind;
  chapter?: number;
  article?: number;
  /** A year, or null for figures without a year. */
  year?: number | null;
}

/** Figures matching every given criterion, in registry (reading) order. */
export function figures(query: FigureQuery = {}): readonly Figure[] {
  return allFigures.filter(
    (f) =>
      (query.kind === undefined || f.kind === query.kind) &&
      (query.article === undefined || f.article === query.article) &&
      (query.year === undefined || f.year === query.year) &&
      (query.chapter === undefined || getArticleRef(f.article)?.chapter === query.chapter),
  );
}

/** The other figures of the same measure (e.g. gdp-2020 for gdp-2025), in registry order. */
export function relatedFigures(figure: Figure): readonly Figure[] {
  return allFigures.filter((f) => f.measure === figure.measure && f.id !== figure.id);
}

/**
 * Figures that belong to a stage: for the 2020 starting point, the baselines of its article (2); for a goal
 * stage, the targets whose year is the stage's year.
 */
export function stageFigures(stage: Stage): readonly Figure[] {
  return selectStageFigures(stage, allFigures);
}
