/**
 * Regression check: a failing assertion on a DOM node or Lit element fails fast, with its message. Without
 * test/wtr/serializable-failures.ts (loaded by web-test-runner.config.mjs) such a failure is never reported and the
 * file hangs until testsFinishTimeout (300 s). Runs web-test-runner (the project's config, Chromium: no X display
 * needed) as a child process on dom-failures.fixture.ts and checks that (a) it exits non-zero, (b) every deliberate
 * failure is reported as failed, its message (or diff) naming the element, and the passing test passes, (c) the run ends within
 * RUN_BOUND_MS and each test within TEST_BOUND_MS (mocha's per-test timeout is 10 s). Run by `npm run test:node`.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUN_BOUND_MS = 60_000; // the whole run, Chromium start included; a hang lasts testsFinishTimeout = 300 s
const TEST_BOUND_MS = 5_000; // each test; mocha's timeout is 10 s

/** Test title → what its report (message, then the diff's actual and expected) must say: the element, as chai,
 * chai-dom or the fix print it. */
const FAILURES: Record<string, RegExp> = {
  'equal: a Lit element to another one':
    /^expected <plan-target figure="gdp-2025".* to equal <plan-target figure="gdp-2025" variant="inline"/s,
  // chai shortens long arrays in messages to [ Array(1) ]: the diff names the elements
  'deep.equal: arrays of Lit elements':
    /^expected \[ Array\(1\) \] to deeply equal .*\n\[<plan-target figure="gdp-2025" variant="card">\]\n/s,
  'null: an element in a shadow root': /^expected <p[\s>].* to be null/s,
  'null: a Lit element': /^expected <plan-target figure="gdp-2025".* to be null/s,
  'attribute: a missing attribute (chai-dom)': /^expected plan-target\[figure="gdp-2025"\].* to have an attribute 'data-missing'/,
  'length: a NodeList (chai-dom)': /^expected p[.[].* to have 99 children but it had \d+ children\n/s,
};
const PASSING = 'a passing test after them still runs';

interface Result {
  name: string;
  passed: boolean;
  skipped: boolean;
  duration?: number;
  error?: { name?: string; message: string; actual?: unknown; expected?: unknown };
}
interface Suite {
  name: string;
  suites: Suite[];
  tests: Result[];
}
interface Session {
  testFile: string;
  browser: string;
  passed: boolean;
  errors: { message: string }[];
  testResults?: Suite;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const wtr = join(root, 'node_modules/.bin/web-test-runner'); // the CLI `npm test` runs
const report = join(tmpdir(), `fail-fast-${process.pid}.json`);
rmSync(report, { force: true });

const started = performance.now();
const child = spawn(process.execPath, [wtr, '--config', 'test/fail-fast/wtr.config.mjs'], {
  cwd: root,
  env: { ...process.env, BROWSERS: 'chromium', FAIL_FAST_REPORT: report, NO_COLOR: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true, // own process group, so a hung run can be ended with everything it started
});
let output = '';
child.stdout.on('data', (d) => (output += d));
child.stderr.on('data', (d) => (output += d));

let hung = false;
const killGroup = (signal: NodeJS.Signals) => {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
};
const watchdog = setTimeout(() => {
  hung = true;
  killGroup('SIGTERM'); // WTR and puppeteer close Chromium on SIGTERM
  setTimeout(() => killGroup('SIGKILL'), 5_000).unref();
}, RUN_BOUND_MS);
const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
clearTimeout(watchdog);
const ms = performance.now() - started;

const fail = (why: string): never => {
  console.error(output.trim());
  rmSync(report, { force: true });
  assert.fail(`fail-fast: ${why}`);
};
if (hung) fail(`web-test-runner did not finish within ${RUN_BOUND_MS / 1000} s: a failing DOM assertion hangs the run`);
if (!existsSync(report)) fail(`web-test-runner exited (code ${code}) without reporting results`);
const sessions = JSON.parse(readFileSync(report, 'utf8')) as Session[];
rmSync(report, { force: true });

try {
  // (a) the run fails
  assert.notEqual(code, 0, 'web-test-runner exits non-zero');
  assert.equal(sessions.length, 1, 'one session (the fixture in Chromium)');
  const [session] = sessions;
  assert.deepEqual(session.errors, [], 'no session error (e.g. "Browser tests did not finish")');
  const tests: Result[] = [];
  const walk = (s?: Suite) => s && (tests.push(...s.tests), s.suites.forEach(walk));
  walk(session.testResults);
  assert.deepEqual(tests.map((t) => t.name).sort(), [...Object.keys(FAILURES), PASSING].sort(), 'every test is reported');

  // (b) each deliberate failure is reported, with the element in its message
  for (const t of tests) {
    if (t.name === PASSING) {
      assert.ok(t.passed, `"${t.name}" passes`);
      continue;
    }
    assert.ok(!t.passed && !t.skipped && t.error, `"${t.name}" is reported as failed`);
    assert.equal(t.error.name, 'AssertionError', `"${t.name}": the assertion's own error, not one from reporting it`);
    const reported = [t.error.message, t.error.actual, t.error.expected].filter((v) => typeof v === 'string').join('\n');
    assert.match(reported, FAILURES[t.name], `"${t.name}": the report names the element`);
  }
  // where a diff is due, it reads as the elements' start tags
  const equal = tests.find((t) => t.name.startsWith('equal:'))!.error!;
  assert.deepEqual(
    [equal.actual, equal.expected],
    ['<plan-target figure="gdp-2025" variant="card">', '<plan-target figure="gdp-2025" variant="inline">'],
  );

  // (c) fast
  const slowest = Math.max(...tests.map((t) => t.duration ?? 0));
  assert.ok(slowest < TEST_BOUND_MS, `each test ends within ${TEST_BOUND_MS} ms (slowest: ${slowest} ms)`);
  assert.ok(ms < RUN_BOUND_MS, `the run ends within ${RUN_BOUND_MS} ms (took ${Math.round(ms)} ms)`);
  console.log(
    `fail-fast: ${Object.keys(FAILURES).length} failing DOM assertions reported with their elements, exit code ${code}; ` +
      `run ${(ms / 1000).toFixed(1)} s (bound ${RUN_BOUND_MS / 1000} s), slowest test ${slowest} ms (bound ${TEST_BOUND_MS} ms)`,
  );
} catch (e) {
  console.error(output.trim());
  throw e;
}
