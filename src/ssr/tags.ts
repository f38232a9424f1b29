// A module of its own so that the image export (src/ssr/image/) can read it without importing src/ssr/index.ts.
/** The tags this package renders (every `plan-*` element it defines; generated from src/define/ by npm run data). */
export { TAGS } from '../generated/elements.js';
