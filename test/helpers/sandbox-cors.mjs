// @ts-check
/**
 * Test-only dev-server middleware (web-test-runner.config.mjs): a document in a sandboxed iframe without
 * allow-same-origin has an opaque origin, so its module scripts are cross-origin requests with `Origin: null`, which
 * the dev server answers without CORS headers (the browser then refuses them). Those requests — and only those —
 * get `Access-Control-Allow-Origin: *`, so test/lifecycle.test.ts can load the elements in such a frame.
 * Requests from the test pages themselves (same origin, no or another Origin header) are served as before.
 */
/** @returns {import('@web/dev-server-core').Middleware} */
export function sandboxCors() {
  return async (ctx, next) => {
    await next();
    if (ctx.get('origin') === 'null') ctx.set('Access-Control-Allow-Origin', '*');
  };
}
