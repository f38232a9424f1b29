// @ts-check
/**
 * `npm run build:site` (issue #9): the demo site in `site-dist/`, built from the package's own build output the way a
 * site would use it. Run `npm run build` first (it writes dist/cdn/, dist/embed/ and custom-elements.json).
 *
 * - dist/cdn/ → site-dist/cdn/ and dist/embed/ → site-dist/embed/ (declarations left out), side by side as the
 *   the iframe embed (docs/iframe.md) needs them;
 * - custom-elements.json → site-dist/custom-elements.json (the configurator builds its form from it);
 * - site/*.html through `renderPage` (one place for every page transform), site/*.css and site/*.svg as they are;
 * - site/configurator.ts bundled by esbuild → site-dist/configurator.js.
 * No page has an inline script or style: every page works under `script-src 'self'; style-src 'self'`.
 */
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SITE = join(root, 'site');
const OUT = join(root, 'site-dist');

/** Per page, the `style-src` hashes its server-rendered styles need (written to site-dist/csp-hashes.json). */
const cspHashes = /** @type {Record<string, string[]>} */ ({});

/**
 * Every page of the site passes through here before it is written: `html` is the page's source, `file` its name
 * (`news.html`). Pages with `plan-*` tags are server-rendered with the package's own `./ssr` entry from dist/ (as
 * `npx plan-widgets render` does): declarative shadow DOM with the article text and the charts, so the page is
 * complete before any script runs and does not move when the CDN autoloader hydrates it. The hashes of the styles
 * that inserts are recorded for the page's Content-Security-Policy (scripts/serve-site.mjs adds them to style-src).
 * @param {string} html
 * @param {string} file
 * @returns {Promise<string>}
 */
export async function renderPage(html, file) {
  if (!/<plan-[a-z]/.test(html)) return html;
  const { renderPage: ssr } = await import('../dist/ssr/index.js');
  /** @type {{ rendered: number, skipped: number, styleHashes: string[] }} */
  const report = { rendered: 0, skipped: 0, styleHashes: [] };
  const out = await ssr(html, report);
  if (report.skipped) throw new Error(`build:site: ${file}: ${report.skipped} element(s) could not be server-rendered (a bad attribute?)`);
  cspHashes[file] = report.styleHashes;
  return out;
}

/** Builds site-dist/ from dist/ and site/; returns the files written (relative to site-dist/). */
export async function buildSite() {
  for (const needed of ['dist/cdn/plan-widgets.js', 'dist/embed/index.html', 'dist/embed/embed.js', 'custom-elements.json']) {
    if (!existsSync(join(root, needed))) throw new Error(`build:site: ${needed} is missing; run \`npm run build\` first`);
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const notDeclarations = (/** @type {string} */ src) => !src.endsWith('.d.ts');
  cpSync(join(root, 'dist/cdn'), join(OUT, 'cdn'), { recursive: true, filter: notDeclarations });
  cpSync(join(root, 'dist/embed'), join(OUT, 'embed'), { recursive: true, filter: notDeclarations });
  cpSync(join(root, 'custom-elements.json'), join(OUT, 'custom-elements.json'));

  const written = [];
  for (const file of readdirSync(SITE).sort()) {
    const ext = extname(file);
    if (ext === '.html') {
      writeFileSync(join(OUT, file), await renderPage(readFileSync(join(SITE, file), 'utf8'), file));
      written.push(file);
    } else if (ext === '.css' || ext === '.svg') {
      cpSync(join(SITE, file), join(OUT, file));
      written.push(file);
    }
  }
  await build({
    entryPoints: [join(SITE, 'configurator.ts')],
    outfile: join(OUT, 'configurator.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    charset: 'ascii',
    legalComments: 'none',
    logLevel: 'warning',
  });
  writeFileSync(join(OUT, 'csp-hashes.json'), `${JSON.stringify(cspHashes, null, 2)}\n`);
  written.push('configurator.js', 'cdn/', 'embed/', 'custom-elements.json', 'csp-hashes.json');
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = await buildSite();
  console.log(`build:site: site-dist/ (${written.join(', ')})`);
}
