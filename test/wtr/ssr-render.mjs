// @ts-check
/**
 * Test-only dev-server middleware (web-test-runner.config.mjs): `/test/ssr/<page>.html?ssr` is that page run through
 * the package's server rendering (src/ssr/, loaded with tsx), rendered on each request, so the browser tests
 * (test/ssr/hydrate.test.ts) hydrate what the current source renders. Without `?ssr` the page is served as written.
 * `&csp=strict` adds the strict CSP header of test/wtr/strict-csp.mjs; `&csp=hashes` the same with the style hashes
 * the render reports added to `style-src` (what `npx plan-widgets render --csp` tells a site to add);
 * `&control=no-hydrate` loads the elements without Lit's hydration support (test/ssr/define-only.js).
 * `&styles=link` renders with shared stylesheets (RenderPageOptions.stylesheet): the CSS is kept in memory and served
 * at `/test/ssr/styles/<name>` (`&styles=missing`, the control: links to files that are not served).
 */
import { readFile } from 'node:fs/promises';
import { tsImport } from 'tsx/esm/api';
import { STRICT_CSP } from './strict-csp.mjs';

/** @type {Promise<typeof import('../../src/ssr/index.ts')> | undefined} */
let ssr;

/** The stylesheets of `&styles=link` renders, by file name. */
const stylesheets = new Map();

/** @returns {import('@web/dev-server-core').Middleware} */
export function ssrRender() {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/test/ssr/styles/') && stylesheets.has(ctx.path.slice('/test/ssr/styles/'.length))) {
      ctx.body = stylesheets.get(ctx.path.slice('/test/ssr/styles/'.length));
      ctx.type = 'css';
      return;
    }
    if (!ctx.path.startsWith('/test/ssr/') || !ctx.path.endsWith('.html') || !('ssr' in ctx.query)) return next();
    ssr ??= tsImport('../../src/ssr/index.ts', import.meta.url);
    let page = await readFile(new URL(`../..${ctx.path}`, import.meta.url), 'utf8');
    // the control of test/ssr/hydrate.test.ts: the same page, its elements loaded without the hydration support
    if (ctx.query.control === 'no-hydrate') page = page.replace('/test/ssr/hydrate-page.js', '/test/ssr/define-only.js');
    /** @type {import('../../src/ssr/index.ts').RenderReport} */
    const report = { rendered: 0, skipped: 0, styleHashes: [] };
    /** @type {import('../../src/ssr/index.ts').RenderPageOptions} */
    const options = {};
    if (ctx.query.styles === 'link') options.stylesheet = (name, css) => (stylesheets.set(name, css), `/test/ssr/styles/${name}`);
    // the control: links to stylesheets nobody serves
    if (ctx.query.styles === 'missing') options.stylesheet = (name) => `/test/ssr/styles/missing-${name}`;
    ctx.body = await (await ssr).renderPage(page, report, options);
    ctx.type = 'html';
    if (ctx.query.csp === 'strict') ctx.set('Content-Security-Policy', STRICT_CSP);
    if (ctx.query.csp === 'hashes') {
      ctx.set('Content-Security-Policy', STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${report.styleHashes?.join(' ')}`));
    }
    ctx.set('Cache-Control', 'no-store');
  };
}
