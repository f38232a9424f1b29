// Issue #20: time to first drawn over a slow network, `<plan-timeline>` from the CDN build (the autoloader, as a page
// without a bundler uses it) against TimelineJS3 3.9.11 (bench/compare-timelinejs.html, unchanged). Not a CI test.
//
//   node bench/latency.mjs [--runs 15] [--base <dist folder of another build>]   (after `npm run build`)
//
// Serves the repository root locally (gzip for .js/.css/.html, as a CDN would) and opens each page in Debian's
// Chromium (puppeteer-core from @web/test-runner-chrome; CHROME_PATH, default /usr/bin/chromium), a fresh browser context and no cache per run,
// with CDP `Network.emulateNetworkConditions` adding 0, 40 or 150 ms of latency to every request (no bandwidth
// limit). The pages are taken in turn within each round, so they share the machine's conditions.
// - `<plan-timeline>` (CDN): `<plan-timeline></plan-timeline>` and `<script type="module" src="/dist/cdn/plan-widgets.js">`;
//   first drawn = from navigation start to the element's first `updateComplete` (five stages and the details panel in
//   its shadow root), the page's `page-drawn` measure.
// - With --base <dir>: the same page with /dist/ served from <dir> (e.g. the build of the commit before the preload
//   links), labelled "before".
// - TimelineJS3: bench/compare-timelinejs.html; first drawn = its `page-drawn` measure (navigation start to its
//   `loaded` event; see bench/compare-measure.js). That page also imports the dataset, dist/data/index.js.
// Bytes: the sum of CDP `encodedDataLength` of every response of the page (gzip-encoded, headers included).
// Prints a Markdown table of medians.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const RUNS = Number(arg('runs', 15));
const BASE = arg('base');
const LATENCIES = [0, 40, 150];

const ourPage = `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>latency: plan-timeline (CDN autoloader)</title></head>
<body style="margin: 0; width: 800px">
<plan-timeline></plan-timeline>
<script type="module" src="/dist/cdn/plan-widgets.js"></script>
<script type="module">
  await customElements.whenDefined('plan-timeline');
  const el = document.querySelector('plan-timeline');
  await el.updateComplete;
  const end = performance.now();
  if (!el.shadowRoot?.querySelector('[part~="details"]')) throw new Error('plan-timeline did not render');
  performance.measure('page-drawn', { start: 0, end });
</script>
</body></html>
`;

/**
 * The same page with the CDN graph's `<link rel="modulepreload">`s in its head (dist/cdn/graph.json: the autoloader,
 * plan-timeline.js and its chunks), as a page can write them itself and as `plan-widgets render --cdn` writes them
 * for server-rendered pages: every file starts with the HTML, none waits for the autoloader.
 */
const graph = JSON.parse(readFileSync(join(root, 'dist/cdn/graph.json'), 'utf8'));
const preloadLinks = ['plan-widgets.js', 'plan-timeline.js', ...graph['plan-timeline.js']]
  .map((f) => `<link rel="modulepreload" href="/dist/cdn/${f}">`)
  .join('');
const preloadedPage = ourPage
  .replace('</title></head>', `</title>${preloadLinks}</head>`)
  .replace('(CDN autoloader)', '(preload links in the HTML)');

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
};
const gzCache = new Map();
function serve(distDir) {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let body;
    let type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (path === '/latency-plan-timeline.html') body = Buffer.from(ourPage);
    else if (path === '/latency-plan-timeline-preloaded.html') body = Buffer.from(preloadedPage);
    else {
      const file = path.startsWith('/dist/') ? join(distDir, path.slice('/dist/'.length)) : join(root, path);
      if (!resolve(file).startsWith(root + sep) && !resolve(file).startsWith(resolve(distDir) + sep)) return res.writeHead(403).end();
      if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
      body = readFileSync(file);
      if (!TYPES[extname(file)]) type = 'application/octet-stream';
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /javascript|css|html|json/.test(type);
    if (gzip) {
      const key = `${distDir}|${path}`;
      if (!gzCache.has(key)) gzCache.set(key, gzipSync(body, { level: 9 }));
      body = gzCache.get(key);
    }
    res.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'cache-control': 'no-store' }).end(body);
  });
}

const listen = (server) => new Promise((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${server.address().port}`)));
const servers = [];
const variants = [];
const after = serve(join(root, 'dist'));
servers.push(after);
const afterOrigin = await listen(after);
variants.push({ name: '`<plan-timeline>` (CDN autoloader)', url: `${afterOrigin}/latency-plan-timeline.html` });
variants.push({ name: '`<plan-timeline>`, preload links in the HTML', url: `${afterOrigin}/latency-plan-timeline-preloaded.html` });
if (BASE) {
  const before = serve(resolve(BASE));
  servers.push(before);
  variants.push({ name: '`<plan-timeline>` before (--base)', url: `${await listen(before)}/latency-plan-timeline.html` });
}
variants.push({ name: 'TimelineJS3 3.9.11', url: `${afterOrigin}/bench/compare-timelinejs.html?n=1` });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});

async function once(url, latency) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page
    .waitForFunction(() => performance.getEntriesByName('page-drawn')[0]?.duration, { timeout: 30000 })
    .then((h) => h.jsonValue());
  await new Promise((r) => setTimeout(r, 100)); // responses still finishing (none expected)
  await context.close();
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return { ms, bytes };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const results = new Map();
for (const latency of LATENCIES) {
  for (const v of variants) await once(v.url, latency); // warm-up (server gzip cache, browser start), not counted
  for (let run = 0; run < RUNS; run++) {
    // alternating: each round takes the pages in turn, starting with a different one
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(run + k) % variants.length];
      const r = await once(v.url, latency);
      const key = `${v.name}|${latency}`;
      if (!results.has(key)) results.set(key, []);
      results.get(key).push(r);
    }
  }
  process.stderr.write(`latency ${latency} ms done\n`);
}
await browser.close();
for (const s of servers) s.close();

const tj = variants.at(-1).name;
console.log(`| page | latency (RTT) | first drawn, median of ${RUNS} | TimelineJS3 ÷ it | bytes transferred (median) |`);
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const latency of LATENCIES) {
  const tjMs = median(results.get(`${tj}|${latency}`).map((r) => r.ms));
  for (const v of variants) {
    const rs = results.get(`${v.name}|${latency}`);
    const ms = median(rs.map((r) => r.ms));
    const ratio = v.name === tj ? '–' : `${(tjMs / ms).toFixed(2)}×`;
    console.log(
      `| ${v.name} | ${latency} ms | ${ms.toFixed(1)} ms | ${ratio} | ${(median(rs.map((r) => r.bytes)) / 1000).toFixed(1)} kB |`,
    );
  }
}
