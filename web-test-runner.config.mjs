// @ts-check
// Tests run in three real engines: Chromium, Firefox ESR and WebKitGTK (all Debian packages, see
// scripts/setup-browsers.sh). Pick a subset with BROWSERS=chromium,firefox,webkit (comma-separated).
// Firefox and WebKit need an X display: `npm test` wraps this in `xvfb-run -a`.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/summary-reporter.mjs';
import { chunkGate } from './test/wtr/chunk-gate.mjs';
import { strictCsp } from './test/wtr/strict-csp.mjs';
import { ssrRender } from './test/wtr/ssr-render.mjs';
import { forcedColorsPlugin } from './test/wtr/forced-colors.mjs';
import { sandboxCors } from './test/helpers/sandbox-cors.mjs';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

// Flags needed to run Debian's chromium as root in CI.
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** A fixed driver port (4445) made a second run on the same machine fail while a first one's driver was alive. */
const WEBKIT_DRIVER_PORT = process.env.WEBKIT_DRIVER_PORT ? Number(process.env.WEBKIT_DRIVER_PORT) : undefined;

/** A TCP port that is free now (the OS picks it), for this run's own WebKitWebDriver. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Driver processes this run started: ended when it ends, whether it passes, fails or is interrupted. */
const drivers = new Set();
const endDrivers = () => {
  for (const p of drivers) p.kill();
  drivers.clear();
};
process.once('exit', endDrivers);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    endDrivers();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

/** WebdriverLauncher that owns a WebKitWebDriver process (Debian: webkit2gtk-driver). Needs an X display (xvfb-run). */
class WebKitGtkLauncher extends WebdriverLauncher {
  /** @param {number | undefined} port a fixed port, or undefined: a free one chosen when the run starts */
  constructor(port) {
    super({
      hostname: '127.0.0.1',
      port: port ?? 0,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitGTK 2.50's driver rejects webSocketUrl:true (BiDi), which webdriverio 9 requests by default
        'wdio:enforceWebDriverClassic': true,
        // @ts-ignore vendor capability
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
    this.port = port;
  }
  /** @param {any} config */
  async initialize(config) {
    if (!this.port) {
      this.port = await freePort();
      // @ts-ignore the launcher's webdriver options, read when it starts a session
      this.options.port = this.port;
    }
    this.proc = spawn(WEBKIT_DRIVER, [`--port=${this.port}`, '--host=local'], { stdio: 'ignore' });
    drivers.add(this.proc);
    this.proc.once('exit', () => drivers.delete(this.proc));
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${this.port}/status`)).ok) break;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    await super.initialize(config);
    this.name = 'WebKitGTK (MiniBrowser)';
  }
  async stop() {
    try {
      await super.stop();
    } finally {
      this.proc?.kill();
    }
  }
}

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS } }),
  // Firefox over WebDriver BiDi (puppeteer); there is no geckodriver offline and Playwright can't drive Debian's Firefox.
  firefox: () => puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true } }),
  webkit: () => new WebKitGtkLauncher(WEBKIT_DRIVER_PORT),
};

/** A launcher's browser name (`Chrome`, `Firefox`, `MiniBrowser` …) as the engine key of this config. */
const engineOf = (/** @type {string} */ name) => (/firefox/i.test(name) ? 'firefox' : /chrom/i.test(name) ? 'chromium' : 'webkit');

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((b) => b.trim())
  .filter(Boolean);
for (const b of wanted) {
  if (!(b in launchers)) throw new Error(`Unknown browser "${b}" in BROWSERS; use ${Object.keys(launchers).join(',')}`);
}

/**
 * `import data from './x.json'` (no import attributes) works in Vite; make it work here too by serving
 * .json as an ES module when the browser loads it as a module script. fetch() (Sec-Fetch-Dest: empty) and
 * `import ... with { type: 'json' }` (Sec-Fetch-Dest: json) still get the raw JSON.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const isJsonModuleRequest = (/** @type {any} */ context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';
const jsonModulePlugin = {
  name: 'json-as-es-module',
  // the dev server caches transforms per path: keep the JS and the raw-JSON variants apart
  transformCacheKey(context) {
    return isJsonModuleRequest(context) ? 'json-as-es-module' : undefined;
  },
  resolveMimeType(context) {
    if (isJsonModuleRequest(context)) return 'js';
  },
  transform(context) {
    if (!context.path.endsWith('.json')) return;
    // both variants (raw JSON for fetch(), a module for import) share a URL: neither may be reused from the
    // browser's cache for the other (a test file that fetched /package.json made another's import of it fail)
    context.set('Vary', 'Sec-Fetch-Dest');
    context.set('Cache-Control', 'no-store');
    if (isJsonModuleRequest(context)) return { body: `export default ${String(context.body)};` };
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // The dev server root is the repo root, so tests can fetch('/seeds/...'), fetch('/package.json') etc.
  rootDir: '.',
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  // test pages can make one chapter text chunk fail, stall or arrive late (a cookie; see test/wtr/chunk-gate.mjs);
  // the pages under /test/csp/ are served with a strict Content-Security-Policy header (test/wtr/strict-csp.mjs);
  // /test/ssr/*.html?ssr is the page server-rendered by src/ssr/ (test/wtr/ssr-render.mjs); a sandboxed iframe's
  // module requests (Origin: null) get a CORS header (test/helpers/sandbox-cors.mjs, for test/lifecycle.test.ts)
  middleware: [chunkGate(), strictCsp(), ssrRender(), sandboxCors()],
  plugins: [
    jsonModulePlugin,
    // TS (options read from tsconfig.json) via esbuild. The Vite plugin for WTR does not work with Vite 8.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // executeServerCommand('emulate-forced-colors', { active }): Chromium only (test/wtr/forced-colors.mjs)
    forcedColorsPlugin(),
    // visualDiff(element, name): test/visual/stories.test.ts against test/visual/screenshots/<engine>/baseline/<name>.png;
    // UPDATE_SCREENSHOTS=1 rewrites the baselines. Tolerance: a pixel counts when it differs by more than pixelmatch's
    // 0.2 (anti-aliasing noise stays under it); a story fails when more than 0.3 % of its pixels do
    visualRegressionPlugin({
      baseDir: 'test/visual/screenshots',
      update: process.env.UPDATE_SCREENSHOTS === '1',
      diffOptions: { threshold: 0.2 },
      failureThreshold: 0.3,
      failureThresholdType: 'percent',
      getBaselineName: ({ browser, name }) => `${engineOf(browser)}/baseline/${name}`,
      getDiffName: ({ browser, name }) => `${engineOf(browser)}/failed/${name}-diff`,
      getFailedName: ({ browser, name }) => `${engineOf(browser)}/failed/${name}`,
    }),
  ],
  browsers: wanted.map((b) => launchers[/** @type {keyof typeof launchers} */ (b)]()),
  reporters: [defaultReporter(), summaryReporter()],
  // Lit's dev build is used on purpose (extra warnings); drop its one-line banner from every test file's log.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  concurrency: 1,
  // Every test page loads test/wtr/serializable-failures.ts right after WTR's mocha bundle (same module graph, so
  // before any test runs): a failing assertion on a DOM node / Lit element would otherwise never be reported and
  // hang the file until testsFinishTimeout (see that file; checked by test/fail-fast/fail-fast.node.ts).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module">import '${testFramework}'; import '/test/wtr/serializable-failures.ts';</script></body></html>`,
  // a hang guard, not a speed check: 10 s was exceeded by heavy tests (the whole document, axe over it) on a machine
  // busy with a build or a second run; tests wait for the state they assert
  testFramework: { config: { timeout: 30000 } },
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
};
