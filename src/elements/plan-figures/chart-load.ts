/**
 * The chart of `<plan-figures mode="chart">` (figures-chart.ts with figures-layout.ts and D3) is a chunk of its own,
 * import()ed the first time an element needs it: a table-only page never downloads it. Loaded once per page and
 * kept here, so that every later chart (and, on the server after `preloadFiguresChart()`, every chart) renders
 * synchronously. A failed load is forgotten, so that the next element (or mode change) that needs it tries again.
 * Internal: exported by no package entry (tests shorten `timeout` and can make the load fail through `load`).
 */
export type ChartModule = typeof import('./figures-chart.js');

export const chartLoad = {
  /** How long an element waits for the chunk before it shows its load-failed message (the chart still comes if it does). */
  timeout: 10000,
  /** Loads the chunk. */
  load: (): Promise<ChartModule> => import('./figures-chart.js'),
};

let loaded: ChartModule | undefined;
let loading: Promise<ChartModule> | undefined;

/** The chart's module, if it has loaded. */
export function chartModule(): ChartModule | undefined {
  return loaded;
}

/** Loads the chart's module (once: every caller gets the same promise until it settles; a failure can be retried). */
export function loadChart(): Promise<ChartModule> {
  loading ??= chartLoad.load().then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
