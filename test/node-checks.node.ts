/**
 * The Node checks (issue #20): each `*.node.ts` check is a test of node's own runner, run one after another in a child
 * process, so a failing check no longer hides the ones after it (they used to be chained with `&&`), and the run ends
 * with one summary line (`# pass N`, `# fail N`). Run by `npm test` (`npm run test:node`). A check prints its own
 * report; on failure its whole output is shown under the test's name.
 */
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const CHECKS = process.env.NODE_CHECKS
  ? process.env.NODE_CHECKS.split(',')
  : [
      'test/ssr/ssr.node.ts',
      'test/html/validity.node.ts',
      'test/build/css-literals.node.ts',
      'test/bundle/bundle.node.ts',
      'test/fail-fast/fail-fast.node.ts',
      'test/cdn/cdn.node.ts',
      'test/embed/embed.node.ts',
      'test/pack/pack.node.ts',
      'scripts/readme-sizes.mjs',
      'test/docs/docs.node.ts',
      'test/i18n/hant.node.ts',
      'test/i18n/en.node.ts',
      'test/site/site.node.ts',
      'scripts/search-quality.node.ts',
      'test/image/image.node.ts',
      'test/frameworks/frameworks.node.ts',
    ];

for (const file of CHECKS) {
  void test(file, { concurrency: false }, () => {
    const r = spawnSync('npx', ['tsx', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const out = `${r.stdout}${r.stderr}`.trim();
    if (r.status !== 0) throw new Error(`${file} exited ${r.status ?? r.signal}\n${out}`);
    // the check's own last lines (its summary) under the test's name
    console.log(out.split('\n').slice(-3).join('\n'));
  });
}
