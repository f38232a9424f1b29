// A module of its own so that the image export (src/ssr/image/) can read it without importing src/ssr/index.ts.
/** The tags this package renders (every `plan-*` element it defines). */
export const TAGS: readonly string[] = [
  'plan-article',
  'plan-document',
  'plan-figures',
  'plan-outline',
  'plan-search',
  'plan-target',
  'plan-timeline',
];
