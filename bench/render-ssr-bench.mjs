// @ts-check
/**
 * Writes the pages of the server-rendering benchmarks (`npm run bench:ssr`) to bench/results/ssr/ (gitignored), from
 * the current build: run `npm run build && npm run build:site` first.
 *
 * - hydrate/: bench/ssr/page.html (a timeline, a target card, article 35) as page-client.html (plain tags) and,
 *   through `renderPage` from dist/ssr/, as page-ssr.html (declarative shadow DOM), beside a copy of dist/cdn/.
 * - site/: the demo site's news page as built (site-dist/news.html, server-rendered) as news-ssr.html, its source
 *   (site/news.html) as news-client.html, and site-dist/news.html unchanged as news.html, beside copies of
 *   site-dist/cdn/, site.css and favicon.svg, so that the pages' relative URLs work as on the site.
 *
 * Each page but news.html gets bench/ssr/measure.js as its first module script (`?expect=ssr|client`). The pages are
 * generated, not committed: the server's HTML must come from the same build as the client code that hydrates it
 * (a stale committed page would measure a hydration mismatch), and the copies of cdn/ keep a run independent of a
 * rebuild of dist/ or site-dist/ while it runs.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'bench/results/ssr');
const AUTOLOADER = '<script type="module" src="cdn/plan-widgets.js"></script>';

for (const needed of ['dist/ssr/index.js', 'dist/cdn/plan-widgets.js', 'site-dist/news.html', 'site-dist/cdn/plan-widgets.js']) {
  if (!existsSync(join(root, needed)))
    throw new Error(`render-ssr-bench: ${needed} is missing; run \`npm run build && npm run build:site\``);
}
const { renderPage } = await import('../dist/ssr/index.js');

/**
 * The page with bench/ssr/measure.js as its first module script, right before the autoloader's script tag.
 * @param {string} html
 * @param {'ssr' | 'client'} expect
 */
function withMeasure(html, expect) {
  const tag = `<script type="module" src="/bench/ssr/measure.js?expect=${expect}"></script>`;
  if (html.includes('/bench/ssr/measure.js"')) return html.replace('/bench/ssr/measure.js"', `/bench/ssr/measure.js?expect=${expect}"`);
  if (html.split(AUTOLOADER).length !== 2) throw new Error(`render-ssr-bench: expected one ${AUTOLOADER}`);
  return html.replace(AUTOLOADER, `${tag}\n    ${AUTOLOADER}`);
}

/**
 * renderPage, failing unless every element was expanded.
 * @param {string} html
 * @param {string} name
 */
async function render(html, name) {
  const report = { rendered: 0, skipped: 0 };
  const out = await renderPage(html, report);
  if (report.skipped || !report.rendered)
    throw new Error(`render-ssr-bench: ${name}: ${report.rendered} rendered, ${report.skipped} skipped`);
  return { out, rendered: report.rendered };
}

rmSync(OUT, { recursive: true, force: true });
const notDeclarations = (/** @type {string} */ src) => !src.endsWith('.d.ts');

// 1. the same three elements, server-rendered or not
const hydrate = join(OUT, 'hydrate');
mkdirSync(hydrate, { recursive: true });
cpSync(join(root, 'dist/cdn'), join(hydrate, 'cdn'), { recursive: true, filter: notDeclarations });
const page = readFileSync(join(root, 'bench/ssr/page.html'), 'utf8');
const pageSsr = await render(page, 'bench/ssr/page.html');
writeFileSync(join(hydrate, 'page-client.html'), withMeasure(page, 'client'));
writeFileSync(join(hydrate, 'page-ssr.html'), withMeasure(pageSsr.out, 'ssr'));

// 2. the news page as built, and its source
const site = join(OUT, 'site');
mkdirSync(site, { recursive: true });
cpSync(join(root, 'site-dist/cdn'), join(site, 'cdn'), { recursive: true });
for (const file of ['site.css', 'favicon.svg']) cpSync(join(root, 'site-dist', file), join(site, file));
const built = readFileSync(join(root, 'site-dist/news.html'), 'utf8');
const source = readFileSync(join(root, 'site/news.html'), 'utf8');
// the two variants must be the same page: the built page is exactly its source through renderPage
const newsSsr = await render(source, 'site/news.html');
if (newsSsr.out !== built)
  throw new Error('render-ssr-bench: site-dist/news.html is not site/news.html rendered; run `npm run build:site`');
writeFileSync(join(site, 'news.html'), built);
writeFileSync(join(site, 'news-ssr.html'), withMeasure(built, 'ssr'));
writeFileSync(join(site, 'news-client.html'), withMeasure(source, 'client'));

const kB = (/** @type {string} */ s) => `${(Buffer.byteLength(s) / 1000).toFixed(1)} kB`;
console.log(
  `render-ssr-bench: bench/results/ssr/ — hydrate/page-ssr.html ${kB(pageSsr.out)} (${pageSsr.rendered} elements; ` +
    `source ${kB(page)}), site/news-ssr.html ${kB(built)} (${newsSsr.rendered} elements; source ${kB(source)})`,
);
