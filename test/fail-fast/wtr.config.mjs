// @ts-check
// The project's web-test-runner config, run on dom-failures.fixture.ts only, with a reporter that writes the results
// as JSON to $FAIL_FAST_REPORT for fail-fast.node.ts (and without the "N passed, N failed" summary line).
import { writeFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import config from '../../web-test-runner.config.mjs';

/** @type {import('@web/test-runner').Reporter} */
const jsonReporter = {
  onTestRunFinished({ sessions }) {
    const out = sessions.map(({ testFile, browser, passed, errors, testResults }) => ({
      testFile,
      browser: browser.name,
      passed,
      errors,
      testResults,
    }));
    if (process.env.FAIL_FAST_REPORT) writeFileSync(process.env.FAIL_FAST_REPORT, JSON.stringify(out, null, 2));
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default { ...config, files: ['test/fail-fast/dom-failures.fixture.ts'], reporters: [defaultReporter(), jsonReporter] };
