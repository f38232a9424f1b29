// @ts-check
/**
 * Test-only dev-server middleware (web-test-runner.config.mjs): serves the HTML pages under /test/csp/ with the strict
 * Content-Security-Policy a portal sends (issue #9): no inline script or style, no eval, Trusted Types for Lit's
 * policy only. `?tt=allow-duplicates` adds 'allow-duplicates' to `trusted-types` (a page with two copies of Lit).
 * Only these pages get the header; test pages and every other file are served as before.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** @returns {import('@web/dev-server-core').Middleware} */
export function strictCsp() {
  return async (ctx, next) => {
    await next();
    if (!ctx.path.startsWith('/test/csp/') || !ctx.path.endsWith('.html')) return;
    const duplicates = ctx.query.tt === 'allow-duplicates';
    ctx.set('Content-Security-Policy', duplicates ? `${STRICT_CSP} 'allow-duplicates'` : STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
  };
}
