/**
 * shenzhen-plan-widgets: registers every element (side effect) and re-exports the classes and the data API.
 * Per-element entry points (src/define/*.ts) register one element each and pay only for what it shows.
 */
export * from './data/outline.js';
export * from './data/stages.js';
export * from './data/figure-index.js';
export * from './data/text.js';
export type * from './data/types.js';
export * from './define/plan-timeline.js';
export * from './define/plan-target.js';
export * from './define/plan-article.js';
