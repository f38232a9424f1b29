// @ts-check
/**
 * `npm run lighthouse`: Lighthouse (the lighthouse devDependency, 12.8.2, its CLI; 13.x needs Node >= 22) against the
 * demo site's news page, served from site-dist/ (`npm run build:site` first) with the site's CSP by
 * scripts/serve-site.mjs, in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium; headless, no sandbox as root). Prints the four category scores
 * and, for each category under 100, the audits that cost points (score < 1, weighted in that category).
 * Options: `--page=portal.html` (another page), `--json=report.json` (keep the full report), `--desktop` (desktop
 * preset instead of Lighthouse's default mobile emulation), `--devtools-throttling` (really slow the network and CPU
 * down instead of simulating it: late-defined elements then shift the layout as on a slow phone). Exits 1 if Lighthouse fails to run, not on low scores.
 */
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serveSite } from './serve-site.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Map(
  process.argv.slice(2).map((a) => /** @type {[string, string]} */ (a.replace(/^--/, '').split('=').concat('')).slice(0, 2)),
);
const page = args.get('page') || 'news.html';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage';

if (!existsSync(join(root, 'site-dist', page))) {
  console.error(`lighthouse: site-dist/${page} is missing; run \`npm run build && npm run build:site\` first`);
  process.exit(1);
}

const server = await serveSite(join(root, 'site-dist'));
/** @type {any} */
let lhr;
try {
  const url = `${server.origin}/${page}`;
  // asynchronously: the server answering Lighthouse's Chromium runs in this process
  const { stdout } = await promisify(execFile)(
    join(root, 'node_modules/.bin/lighthouse'),
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${FLAGS}`,
      ...(args.has('desktop') ? ['--preset=desktop'] : []),
      ...(args.has('devtools-throttling') ? ['--throttling-method=devtools'] : []),
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  lhr = JSON.parse(stdout);
} finally {
  await server.close();
}

if (args.get('json')) writeFileSync(/** @type {string} */ (args.get('json')), JSON.stringify(lhr, null, 2));
if (lhr.runtimeError) console.error(`lighthouse: runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
console.log(`Lighthouse ${lhr.lighthouseVersion}, ${page}, ${lhr.configSettings.formFactor}`);
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
console.log(`metrics: ${metrics.map((m) => `${m} ${lhr.audits[m]?.displayValue ?? 'n/a'}`).join(', ')}`);
for (const id of CATEGORIES) {
  const category = lhr.categories[id];
  const score = category.score === null ? 'n/a' : Math.round(category.score * 100);
  console.log(`${category.title.padEnd(16)} ${score}`);
  if (category.score === 1) continue;
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (ref.weight === 0 && id !== 'performance') continue;
    if (audit.score === null || audit.score >= 1 || audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'informative')
      continue;
    if (id === 'performance' && ref.weight === 0 && audit.scoreDisplayMode !== 'metricSavings') continue;
    const value = audit.displayValue ? ` (${audit.displayValue})` : '';
    console.log(
      `  - ${audit.id}: ${audit.title}${value}, score ${Math.round(audit.score * 100)}${ref.weight ? `, weight ${ref.weight}` : ''}`,
    );
  }
}
