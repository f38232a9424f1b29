// Size budgets per entry point (issues #3 and #4). `npm run size` builds, then checks these.
// size-limit bundles each entry with esbuild (minified, gzip), Lit included. The css-literals plugin minifies
// css`` template text the same way `vite build` does for dist/ (scripts/css-literals.mjs), so the figures
// measure what ships.
import { esbuildCssLiterals } from './scripts/css-literals.mjs';

const withCssLiterals = (config) => ({ ...config, plugins: [...(config.plugins ?? []), esbuildCssLiterals()] });
const check = (entry) => ({ gzip: true, modifyEsbuildConfig: withCssLiterals, ...entry });

export default [
  check({
    name: 'plan-timeline (define entry, incl. Lit, stage + figure-chip data; no article text)',
    path: 'src/define/plan-timeline.ts',
    limit: '18 kB',
  }),
  check({
    name: 'plan-target (define entry, incl. Lit and figure data; no article text)',
    path: 'src/define/plan-target.ts',
    limit: '10 kB',
  }),
  check({
    name: 'plan-article (define entry, incl. Lit; chapter text chunks excluded)',
    path: 'src/define/plan-article.ts',
    ignore: ['../generated/chapters/*'],
    limit: '10 kB',
  }),
  check({
    name: 'plan-article: largest chapter text chunk (chapter 1)',
    path: 'src/generated/chapters/chapter-01.ts',
    limit: '6 kB',
  }),
];
