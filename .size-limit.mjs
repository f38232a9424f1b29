// Size budgets (issue #8), counted the way pages load the elements: the shared runtime every element needs, each
// define entry with everything it pulls in (Lit, D3, data), the largest lazily loaded text chunk, and a page with
// all three elements. `npm run size` (run by .ci/run) fails when any entry is over its budget.
// size-limit bundles each entry with esbuild (minified, gzip). The css-literals plugin minifies css`` template
// text the same way `vite build` does for dist/ (scripts/css-literals.mjs), so the figures measure what ships.
import { esbuildCssLiterals } from './scripts/css-literals.mjs';

const withCssLiterals = (config) => ({ ...config, plugins: [...(config.plugins ?? []), esbuildCssLiterals()] });
const check = (entry) => ({ gzip: true, modifyEsbuildConfig: withCssLiterals, ...entry });

export default [
  check({
    name: 'shared runtime: Lit + base element (tokens, locale controller, common strings, bad-input path) + define guard',
    path: ['src/internal/plan-element.ts', 'src/internal/define.ts'],
    import: {
      'src/internal/plan-element.ts': '{ PlanElement }',
      'src/internal/define.ts': '{ defineElement }',
    },
    limit: '8.5 kB',
  }),
  check({
    name: 'define/plan-timeline (runtime + D3: d3-scale, d3-array, d3-shape, d3-path + stage data)',
    path: 'src/define/plan-timeline.ts',
    limit: '32 kB',
  }),
  check({
    name: 'define/plan-target (runtime + figure data; no article text)',
    path: 'src/define/plan-target.ts',
    limit: '15.5 kB',
  }),
  check({
    name: 'define/plan-article (runtime; chapter text chunks excluded)',
    path: 'src/define/plan-article.ts',
    ignore: ['../generated/chapters/*'],
    limit: '13.5 kB',
  }),
  check({
    name: 'plan-article: largest chapter text chunk (chapter 1)',
    path: 'src/generated/chapters/chapter-01.ts',
    limit: '6 kB',
  }),
  check({
    name: 'all three elements in one bundle (a page using them all; chapter text chunks excluded)',
    path: ['src/define/plan-timeline.ts', 'src/define/plan-target.ts', 'src/define/plan-article.ts'],
    import: {
      'src/define/plan-timeline.ts': '{ PlanTimeline }',
      'src/define/plan-target.ts': '{ PlanTarget }',
      'src/define/plan-article.ts': '{ PlanArticle }',
    },
    ignore: ['../generated/chapters/*'],
    limit: '48 kB',
  }),
];
