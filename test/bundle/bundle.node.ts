/**
 * Packaging check (issue #12): bundle small consumer projects from the BUILT package with Vite and esbuild, the
 * way an app that ran `npm install shenzhen-plan-widgets` would, and check in Chromium that the elements register
 * and render. Run by `npm test` (`test:node`), or alone with `npm run test:bundle`. Exits non-zero on failure.
 *
 * Why: the bundlers apply package.json `sideEffects` and `exports`, the dev server and the element tests do not.
 * When the `customElements.define` calls sat in `dist/chunks/*.js` (not listed in `sideEffects`), both bundlers
 * tree-shook them away: esbuild wrote a 0-byte bundle, Vite kept only its preload helper, nothing was logged.
 *
 * How: `vite build` (the project's vite.config.ts) writes dist/ into a temporary
 * `node_modules/shenzhen-plan-widgets/` beside a copy of package.json (so the repo's own dist/ is not touched);
 * the package's `dependencies` are symlinked next to it, as npm would install them. Each consumer case is then
 * bundled by esbuild (one minified ES module) and by `vite build` (default production build), served over HTTP and
 * loaded in headless Chromium (puppeteer-core from @web/test-runner-chrome; CHROME_PATH, default /usr/bin/chromium).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { expectedTexts, launchChromium, report, type Browser } from '../helpers/node.js';

const started = performance.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root); // vite.config.ts finds its entries relative to the working directory
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; dependencies: Record<string, string> };

// What the pages must show, from the dataset (never hard-coded): 超过4万亿元 and article 35's lead.
const { gdpValue, lead35 } = expectedTexts();

/** A consumer: its entry module, its page, and what must be true in the browser once it has loaded. */
interface Case {
  name: string;
  main: string;
  body: string;
  /** Minimum size of the JavaScript the bundler wrote: Lit alone is ≈ 15 kB minified, the lost build was 0–1 kB. */
  minBytes: number;
  /** Runs in the page; resolves to a list of problems (empty = pass). */
  check: string;
}

/** Page-side helpers: wait for an element's shadow root to contain some text, read registrations. */
const pageHelpers = `
  const text = (el) => (el?.shadowRoot?.textContent ?? '').replace(/\\s+/g, '');
  const until = async (fn, ms = 8000) => { const end = Date.now() + ms; while (!fn() && Date.now() < end) await new Promise((r) => setTimeout(r, 50)); return fn(); };
  const problems = [];
  const shows = async (selector, needle) => {
    const el = document.querySelector(selector);
    if (!el || !customElements.get(el.localName)) return; // not registered (reported): nothing will render
    if (!(await until(() => text(el).includes(needle)))) problems.push(selector + ' does not show ' + needle + ' (shadow text: ' + JSON.stringify(text(el).slice(0, 80)) + ')');
  };
  const registered = (name, expected) => {
    if (!!customElements.get(name) !== expected) problems.push('<' + name + '> is ' + (expected ? 'not ' : '') + 'registered');
  };
`;

const CASES: Case[] = [
  {
    name: 'root',
    main: `import '${pkg.name}';\n`,
    body: `<plan-timeline></plan-timeline>\n<plan-target figure="gdp-2025"></plan-target>\n<plan-article number="35"></plan-article>`,
    minBytes: 60_000,
    check: `
      for (const n of ['plan-timeline', 'plan-target', 'plan-article']) registered(n, true);
      await shows('plan-target', ${JSON.stringify(gdpValue)});
      await shows('plan-article', ${JSON.stringify(lead35)}); // needs the chapter chunk (import()) too
      if (customElements.get('plan-timeline') && !(await until(() => document.querySelector('plan-timeline')?.shadowRoot?.querySelector('svg')))) problems.push('plan-timeline has no svg');`,
  },
  {
    name: 'define-entry',
    main: `import '${pkg.name}/define/plan-target.js';\n`,
    body: `<plan-target figure="gdp-2025"></plan-target>`,
    minBytes: 30_000,
    check: `
      registered('plan-target', true);
      registered('plan-timeline', false);
      registered('plan-article', false);
      await shows('plan-target', ${JSON.stringify(gdpValue)});`,
  },
  {
    name: 'elements-entry',
    main:
      `import { PlanTarget } from '${pkg.name}/elements/plan-target.js';\n` +
      `// the class module registers nothing: the page picks the tag name\n` +
      `customElements.define('consumer-target', PlanTarget);\n`,
    body: `<consumer-target figure="gdp-2025"></consumer-target>`,
    minBytes: 30_000,
    check: `
      registered('consumer-target', true);
      registered('plan-target', false);
      await shows('consumer-target', ${JSON.stringify(gdpValue)});`,
  },
];

const tmp = mkdtempSync(join(tmpdir(), 'spw-bundle-'));
const failures: string[] = [];
const rows: string[] = [];
let browser: Browser | undefined;
const server = createServer((req, res) => {
  const file = join(tmp, 'out', decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(file)] ?? 'application/octet-stream';
  try {
    if (!file.startsWith(join(tmp, 'out') + sep)) throw new Error('outside');
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});

/** What went wrong, on one line (esbuild's `errors`, Vite's message). */
const firstError = (e: unknown): string => {
  const err = e as { errors?: { text: string }[]; message?: string };
  const text = err.errors?.[0]?.text ?? String(err.message ?? e);
  return stripVTControlCharacters(text)
    .replace(/\s*\n\s*/g, ' ')
    .slice(0, 240);
};

const jsBytes = (dir: string): number =>
  readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? jsBytes(p) : p.endsWith('.js') ? statSync(p).size : 0);
  }, 0);

try {
  // 1. The package as npm would install it: package.json + a fresh dist/, dependencies beside it.
  const modules = join(tmp, 'node_modules');
  const pkgDir = join(modules, pkg.name);
  mkdirSync(pkgDir, { recursive: true });
  copyFileSync('package.json', join(pkgDir, 'package.json'));
  await viteBuild({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: join(pkgDir, 'dist'), emptyOutDir: true, sourcemap: false, reportCompressedSize: false },
  });
  for (const dep of Object.keys(pkg.dependencies)) {
    mkdirSync(dirname(join(modules, dep)), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), join(modules, dep), 'dir');
  }
  const built = performance.now();

  // 2. Each consumer, bundled by esbuild and by Vite.
  for (const c of CASES) {
    const src = join(tmp, 'cases', c.name);
    mkdirSync(src, { recursive: true });
    writeFileSync(join(src, 'main.js'), c.main);
    const html = (script: string) =>
      `<!doctype html>\n<html lang="zh-Hans"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${c.name}</title></head>\n<body>\n${c.body}\n<script type="module" src="${script}"></script>\n</body></html>\n`;
    writeFileSync(join(src, 'index.html'), html('./main.js'));

    const esOut = join(tmp, 'out', `esbuild-${c.name}`);
    const viteOut = join(tmp, 'out', `vite-${c.name}`);
    try {
      await esbuild({ entryPoints: [join(src, 'main.js')], bundle: true, format: 'esm', minify: true, outdir: esOut, logLevel: 'silent' });
      writeFileSync(join(esOut, 'index.html'), html('./main.js'));
    } catch (e) {
      failures.push(`esbuild ${c.name}: ${firstError(e)}`);
    }
    try {
      await viteBuild({
        root: src,
        base: './', // the pages are served from sub-folders
        configFile: false,
        logLevel: 'silent',
        build: { outDir: viteOut, emptyOutDir: true, reportCompressedSize: false },
      });
    } catch (e) {
      failures.push(`vite ${c.name}: ${firstError(e)}`);
    }
  }
  const bundled = performance.now();

  // 3. Load every bundle in Chromium.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  for (const bundler of ['esbuild', 'vite']) {
    for (const c of CASES) {
      const label = `${bundler} ${c.name}`;
      const dir = join(tmp, 'out', `${bundler}-${c.name}`);
      let bytes: number;
      try {
        bytes = jsBytes(dir);
      } catch {
        rows.push(`  FAIL ${label.padEnd(24)} (no bundle)`);
        continue; // the bundler failed: already reported
      }
      const problems: string[] = [];
      if (bytes < c.minBytes)
        problems.push(`bundle is ${bytes} bytes of JavaScript (expected ≥ ${c.minBytes}): the elements were tree-shaken away`);
      const page = await browser.newPage();
      page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warn') problems.push(`console.${m.type()}: ${m.text()}`);
      });
      await page.goto(`${origin}/${relative(join(tmp, 'out'), dir)}/index.html`, { waitUntil: 'load' });
      problems.push(...((await page.evaluate(`(async () => { ${pageHelpers} ${c.check}\n return problems; })()`)) as string[]));
      await page.close();
      rows.push(`  ${problems.length ? 'FAIL' : 'ok  '} ${label.padEnd(24)} ${(bytes / 1000).toFixed(1).padStart(6)} kB JS`);
      failures.push(...problems.map((p) => `${label}: ${p}`));
    }
  }
  const ms = (a: number, b: number) => `${((b - a) / 1000).toFixed(1)} s`;
  console.log(
    `bundle: package build ${ms(started, built)}, consumer bundles ${ms(built, bundled)}, Chromium ${ms(bundled, performance.now())} ` +
      `(${process.uptime().toFixed(1)} s with start-up)`,
  );
} finally {
  await browser?.close();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
}

report('bundle', 'bundling the built package as a consumer would', rows, failures);
console.log(`bundle: root, define/* and elements/* entries register and render when bundled by esbuild and Vite`);
