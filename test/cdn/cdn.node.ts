/**
 * CDN build check (issue #9): builds dist/cdn/ (vite.cdn.config.ts) into a temporary folder, serves it under a
 * sub-path (/assets/widgets/) beside pages that load it with one `<script type="module">` and no bundler, and checks
 * in headless Chromium (puppeteer-core from @web/test-runner-chrome; CHROME_PATH, default /usr/bin/chromium) that
 * - the autoloader alone makes all three tags render, also a tag added later and one inside an open shadow root;
 * - the page downloads only the CDN folder's own files (no fonts, analytics, data fetches), each once;
 * - a page with only <plan-target> downloads neither the timeline's file nor D3;
 * - loading the autoloader twice (same URL, another URL) and a per-element file beside it registers each element
 *   once, with nothing in the console;
 * - a server-rendered page (src/ssr/): the autoloader loads plan-hydrate.js first and the elements hydrate the
 *   server's nodes (kept, not rendered a second time); a page without server rendering never downloads it.
 * - issue #20 (a flat waterfall): on a page with only <plan-timeline>, the `<link rel="modulepreload">`s the
 *   autoloader adds are exactly plan-timeline.js and its static import closure (parsed from the built files, not
 *   taken from the build's metadata that the autoloader's graph comes from), and with 100 ms of emulated latency every
 *   one of those files is requested before plan-timeline.js has finished downloading; a server-rendered page
 *   preloads plan-hydrate.js and its closure too; the same page rendered with RenderPageOptions.modulepreload (from
 *   the build's graph.json) has in its head a link for exactly plan-widgets.js, plan-hydrate.js and its elements' files
 *   with their closures, each once, and with 100 ms of latency every one of them is requested before plan-widgets.js
 *   has finished downloading, each downloaded once, hydrating with nothing at all in the console.
 * Also: every built file is plain ASCII, and chunk names are content-hashed while entry names are stable.
 * Run by `npm test` (`test:node`), or alone with `npm run test:cdn`. Exits non-zero on failure.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rolldown } from 'vite';
import { buildCdn, closure } from '../helpers/cdn.js';
import { expectedTexts, launchChromium, report, type Browser } from '../helpers/node.js';
import { renderPage } from '../../src/ssr/index.js';

const started = performance.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root); // vite.cdn.config.ts finds src/define relative to the working directory
const BASE = '/assets/widgets/';

// What the pages must show, from the dataset (never hard-coded): 超过4万亿元 and article 35's lead.
const { gdpValue, lead35 } = expectedTexts();

const tmp = mkdtempSync(join(tmpdir(), 'spw-cdn-'));
const failures: string[] = [];
const rows: string[] = [];

const page = (title: string, body: string) =>
  `<!doctype html>\n<html lang="zh-Hans"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>\n<body>\n${body}\n</body></html>\n`;
const autoloader = `<script type="module" src="${BASE}plan-widgets.js"></script>`;

/** Page-side helpers: wait for an element's shadow root to contain some text. */
const pageHelpers = `
  const text = (el) => (el?.shadowRoot?.textContent ?? '').replace(/\\s+/g, '');
  const until = async (fn, ms = 8000) => { const end = Date.now() + ms; while (!fn() && Date.now() < end) await new Promise((r) => setTimeout(r, 50)); return fn(); };
  const problems = [];
  const shows = async (label, find, needle) => {
    if (!(await until(() => text(find()).includes(needle)))) problems.push(label + ' does not show ' + needle + ' (shadow text: ' + JSON.stringify(text(find()).slice(0, 80)) + ')');
  };
  const $ = (s) => () => document.querySelector(s);
`;

/**
 * Preload links against the static graph they must equal (each file once), and the request log: every file of the
 * graph requested before `gate` finished downloading (in parallel, not a waterfall after it).
 */
function preloadProblems(links: string[], graph: Set<string>, gate: string, log: { what: 'start' | 'end'; file: string }[]): string[] {
  const problems: string[] = [];
  const dupes = links.filter((f, i) => links.indexOf(f) !== i);
  if (dupes.length) problems.push(`preloaded twice: ${dupes.join(' ')}`);
  if (JSON.stringify([...new Set(links)].sort()) !== JSON.stringify([...graph].sort()))
    problems.push(`preload links ${JSON.stringify([...links].sort())} are not the static graph ${JSON.stringify([...graph].sort())}`);
  const done = log.findIndex((e) => e.what === 'end' && e.file === gate);
  if (done < 0) problems.push(`${gate} never finished`);
  for (const f of graph) {
    const sent = log.findIndex((e) => e.what === 'start' && e.file === f);
    if (sent < 0 || sent > done) problems.push(`${f} was requested only after ${gate} had finished (a waterfall)`);
  }
  return problems;
}

interface Case {
  name: string;
  html: string;
  /** Runs in the page; resolves to a list of problems (empty = pass). */
  check: string;
  /** Files of the CDN folder (relative to it) that must not be requested. */
  notRequested?: (files: string[]) => string[];
  /** Emulated network latency for this page (ms), via CDP. */
  latency?: number;
  /** Node-side checks after the page's own: the preload links' files (relative to the folder, as added) and the
   * request log in order (`start`: the request was sent, `end`: its response finished). */
  after?: (preloads: string[], log: { what: 'start' | 'end'; file: string }[]) => string[];
  /** A Content-Security-Policy header for the page. */
  csp?: string;
  /** Any console message at all (not only errors and warnings) is a problem. */
  quiet?: boolean;
}

let d3Files: string[] = [];
const CASES: Case[] = [
  {
    name: 'all three, a late tag, twice loaded',
    html: page(
      'all',
      `<plan-timeline></plan-timeline>
<p>深圳提出，到2025年经济总量<plan-target id="inline" figure="gdp-2025" variant="inline"></plan-target>。</p>
<plan-article number="35"></plan-article>
${autoloader}
${autoloader}
<script type="module" src="${BASE}plan-widgets.js?second-copy"></script>
<script type="module" src="${BASE}plan-target.js"></script>
<script type="module">
  setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<section><plan-target id="late" figure="gdp-2025"></plan-target></section>'), 300);
</script>`,
    ),
    check: `
      await shows('plan-target (inline)', $('#inline'), ${JSON.stringify(gdpValue)});
      await shows('plan-article', $('plan-article'), ${JSON.stringify(lead35)}); // needs a chapter chunk (import()) too
      if (!(await until(() => document.querySelector('plan-timeline')?.shadowRoot?.querySelector('svg')))) problems.push('plan-timeline has no svg');
      await until(() => document.querySelector('#late'));
      await shows('plan-target added later', $('#late'), ${JSON.stringify(gdpValue)});`,
  },
  {
    name: 'only <plan-target>',
    html: page('target', `<p>到2025年经济总量<plan-target figure="gdp-2025" variant="inline"></plan-target>。</p>\n${autoloader}`),
    check: `
      await shows('plan-target', $('plan-target'), ${JSON.stringify(gdpValue)});
      await new Promise((r) => setTimeout(r, 300)); // anything else the page would fetch
      for (const n of ['plan-timeline', 'plan-article']) if (customElements.get(n)) problems.push('<' + n + '> was loaded');`,
    notRequested: (files) =>
      [...new Set(['plan-timeline.js', 'plan-article.js', 'plan-hydrate.js', ...d3Files])].filter((f) => files.includes(f)),
  },
  {
    // a nonce-based policy, as news sites use: the autoloader's script has the nonce; 'strict-dynamic' passes the
    // trust on to what it loads, the preload links included (no console error; without 'strict-dynamic' every file
    // is refused, which this case shows failing)
    name: "<plan-timeline> under a nonce CSP with 'strict-dynamic'",
    html: page('nonce', `<plan-timeline></plan-timeline>\n${autoloader.replace('<script ', '<script nonce="cdn-n0nce" ')}`),
    csp: "script-src 'nonce-cdn-n0nce' 'strict-dynamic'; object-src 'none'; base-uri 'none'",
    check: `
      if (!(await until(() => document.querySelector('plan-timeline')?.shadowRoot?.querySelector('svg')))) problems.push('plan-timeline has no svg');`,
    after: (preloads) => (preloads.length ? [] : ['no preload links']),
  },
  {
    name: 'only <plan-timeline>, preloaded',
    html: page('timeline', `<plan-timeline></plan-timeline>\n${autoloader}`),
    check: `
      if (!(await until(() => document.querySelector('plan-timeline')?.shadowRoot?.querySelector('svg')))) problems.push('plan-timeline has no svg');`,
    latency: 100,
    after: (preloads, log) => preloadProblems(preloads, new Set(closure(out, 'plan-timeline.js')), 'plan-timeline.js', log),
  },
  {
    name: 'tags added later, one in a shadow root',
    html: page(
      'shadow',
      `<div id="host"></div>
<script>document.querySelector('#host').attachShadow({ mode: 'open' }).innerHTML = '<p>shadow</p>';</script>
${autoloader}
<script type="module">
  setTimeout(() => {
    document.querySelector('#host').shadowRoot.querySelector('p').insertAdjacentHTML('beforeend', '<plan-target figure="gdp-2025"></plan-target>');
    document.body.insertAdjacentHTML('beforeend', '<div><plan-article number="35"></plan-article></div>');
  }, 300);
</script>`,
    ),
    check: `
      await shows('plan-target added later in a shadow root', () => document.querySelector('#host').shadowRoot.querySelector('plan-target'), ${JSON.stringify(gdpValue)});
      await shows('plan-article added later', $('plan-article'), ${JSON.stringify(lead35)});`,
  },
  {
    name: 'server-rendered, hydrated',
    // rendered below (renderPage); the classic script notes each element's first server-rendered node before the
    // autoloader runs
    html: page(
      'ssr',
      `<plan-timeline></plan-timeline>
<p>到2025年经济总量<plan-target figure="gdp-2025" variant="inline"></plan-target>。</p>
<plan-article number="35"></plan-article>
<script>window.__first = [...document.querySelectorAll('plan-timeline, plan-target, plan-article')].map((el) => el.shadowRoot && el.shadowRoot.querySelector(':not(style)'));</script>
${autoloader}`,
    ),
    check: `
      const els = [...document.querySelectorAll('plan-timeline, plan-target, plan-article')];
      if (!(await until(() => els.every((el) => customElements.get(el.localName))))) problems.push('not all defined');
      await Promise.all(els.map((el) => el.updateComplete));
      els.forEach((el, i) => {
        if (!window.__first[i]) problems.push(el.localName + ' was not server-rendered');
        else if (!el.shadowRoot.contains(window.__first[i])) problems.push(el.localName + ': the server nodes were replaced');
        const bases = el.shadowRoot.querySelectorAll('[part~="base"]').length;
        if (bases !== 1) problems.push(el.localName + ' rendered ' + bases + ' times');
      });
      await shows('plan-article', $('plan-article'), ${JSON.stringify(lead35)});`,
  },
  {
    // issue #20: the same page rendered with RenderPageOptions.modulepreload (below, from the build's graph.json):
    // the head links every file the autoloader will import, so nothing waits for plan-widgets.js to run
    name: 'server-rendered, server modulepreload',
    html: '',
    check: '',
    latency: 100,
    quiet: true,
  },
  {
    name: 'one element file alone',
    html: page('single', `<plan-target figure="gdp-2025"></plan-target>\n<script type="module" src="${BASE}plan-target.js"></script>`),
    check: `
      await shows('plan-target', $('plan-target'), ${JSON.stringify(gdpValue)});`,
    notRequested: (files) => files.filter((f) => f === 'plan-widgets.js' || f === 'plan-timeline.js' || d3Files.includes(f)),
  },
];

const ssrCase = CASES.find((c) => c.name === 'server-rendered, hydrated')!;
const preloadCase = CASES.find((c) => c.name === 'server-rendered, server modulepreload')!;
preloadCase.check = ssrCase.check;
const ssrPage = ssrCase.html;
ssrCase.html = await renderPage(ssrPage);
ssrCase.after = (preloads) =>
  [...closure(out, 'plan-hydrate.js'), ...closure(out, 'plan-timeline.js')]
    .filter((f) => !preloads.includes(f))
    .map((f) => `${f} was not preloaded`);

const out = join(tmp, 'cdn');
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const html = /^\/page-(\d+)\.html$/.exec(path);
  try {
    if (html) {
      const c = CASES[Number(html[1])];
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(c.csp ? { 'content-security-policy': c.csp } : {}) })
        .end(c.html);
      return;
    }
    if (!path.startsWith(BASE)) throw new Error('outside');
    const file = join(out, path.slice(BASE.length));
    if (!file.startsWith(out + sep)) throw new Error('outside');
    const body = readFileSync(file);
    // no charset on purpose: the files are ASCII, so a server that sends none is fine
    res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
let browser: Browser | undefined;

try {
  // 1. The CDN build, into a temporary folder (the repo's dist/ is not touched).
  const output = await buildCdn(root, out);
  const chunks = output.filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  const entries = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
  assert.deepEqual(
    entries.sort(),
    [
      'plan-article.js',
      'plan-document.js',
      'plan-figures.js',
      'plan-hydrate.js',
      'plan-outline.js',
      'plan-search.js',
      'plan-target.js',
      'plan-timeline.js',
      'plan-widgets.js',
    ],
    'entries with stable names',
  );
  for (const c of chunks.filter((c) => !c.isEntry)) {
    if (!/^chunks\/[\w-]+-[\w-]{8}\.js$/.test(c.fileName)) failures.push(`chunk ${c.fileName} is not content-hashed under chunks/`);
  }
  for (const file of output) {
    const text = file.type === 'chunk' ? file.code : String(file.source);
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(text)) failures.push(`${file.fileName} is not plain ASCII`);
    // every import, static or import(), is another file of the folder (a bare or external one would need a bundler);
    // read from the build's own module graph, not the minified text (which has template text like `from\``)
    if (file.type === 'chunk') {
      const names = new Set(output.map((o) => o.fileName));
      for (const imported of [...file.imports, ...file.dynamicImports]) {
        if (!names.has(imported))
          failures.push(`${file.fileName} imports ${imported}, which is not in the folder (a CDN page has no bundler)`);
      }
    }
  }
  // the server-rendered page with the build's graph.json (read from the folder, as the package's renderer does)
  preloadCase.html = await renderPage(ssrPage, undefined, { modulepreload: { base: BASE, graph: join(out, 'graph.json') } });
  preloadCase.after = (_preloads, log) => {
    const problems: string[] = [];
    const head = /<head>([\s\S]*)<\/head>/.exec(preloadCase.html)?.[1] ?? '';
    const linked = [...head.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1].slice(BASE.length));
    const want = new Set(
      ['plan-widgets.js', 'plan-hydrate.js', 'plan-timeline.js', 'plan-target.js', 'plan-article.js'].flatMap((f) => [...closure(out, f)]),
    );
    problems.push(...preloadProblems(linked, want, 'plan-widgets.js', log));
    return problems;
  };
  d3Files = chunks.filter((c) => c.moduleIds.some((id) => /\/node_modules\/d3-/.test(id))).map((c) => c.fileName);
  assert.ok(d3Files.length, 'some file bundles D3');
  const built = performance.now();

  // 2. Each page in Chromium, recording every request.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  for (const [i, c] of CASES.entries()) {
    const problems: string[] = [];
    const tab = await browser.newPage();
    const requests: string[] = [];
    tab.on('request', (r) => {
      if (!r.url().startsWith('data:')) requests.push(r.url());
    });
    const log: { what: 'start' | 'end'; file: string }[] = [];
    const inFolder = (url: string) => (url.startsWith(origin + BASE) ? new URL(url).pathname.slice(BASE.length) : url);
    tab.on('request', (r) => log.push({ what: 'start', file: inFolder(r.url()) }));
    tab.on('requestfinished', (r) => log.push({ what: 'end', file: inFolder(r.url()) }));
    if (c.latency) await tab.emulateNetworkConditions({ download: -1, upload: -1, latency: c.latency });
    tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    tab.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    tab.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
    tab.on('console', (m) => {
      if (c.quiet || m.type() === 'error' || m.type() === 'warn') problems.push(`console.${m.type()}: ${m.text()}`);
    });
    const pageUrl = `${origin}/page-${i}.html`;
    await tab.goto(pageUrl, { waitUntil: 'load' });
    problems.push(...((await tab.evaluate(`(async () => { ${pageHelpers} ${c.check}\n return problems; })()`)) as string[]));
    const preloads = (await tab.evaluate(`[...document.querySelectorAll('link[rel=modulepreload]')].map((l) => l.href)`)) as string[];
    await tab.close();
    if (c.after) problems.push(...c.after(preloads.map(inFolder), log));

    const files: string[] = [];
    for (const url of requests) {
      if (url === pageUrl) continue;
      if (!url.startsWith(origin + BASE)) problems.push(`requested ${url}, outside ${BASE}`);
      else files.push(new URL(url).pathname.slice(BASE.length) + new URL(url).search);
    }
    const dupes = files.filter((f, j) => files.indexOf(f) !== j);
    if (dupes.length) problems.push(`downloaded twice: ${dupes.join(', ')}`);
    const unwanted = c.notRequested?.(files) ?? [];
    if (unwanted.length) problems.push(`downloaded ${unwanted.join(', ')}, which this page does not need`);

    rows.push(`  ${problems.length ? 'FAIL' : 'ok  '} ${c.name.padEnd(42)} ${files.length} files: ${files.join(' ')}`);
    failures.push(...problems.map((p) => `${c.name}: ${p}`));
  }
  const ms = (a: number, b: number) => `${((b - a) / 1000).toFixed(1)} s`;
  console.log(
    `cdn: build ${ms(started, built)}, Chromium ${ms(built, performance.now())} (${process.uptime().toFixed(1)} s with start-up)`,
  );
} finally {
  await browser?.close();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
}

report('cdn', 'with the CDN build', rows, failures);
console.log(`cdn: the autoloader and the element files work from ${BASE} with no other downloads`);
