// @ts-check
/**
 * Test-only dev-server middleware (web-test-runner.config.mjs): lets a test page make the server misbehave for one
 * chapter text chunk (src/generated/chapters/chapter-NN), so that <plan-article> is tested against the network
 * doing it, through the real `import()` — no stand-in loader, nothing on the element for tests.
 *
 * A test asks for it with a cookie that only chunk requests read, `plan-chunk-NN=<mode>` (NN = 01…15):
 * - `fail`: 404, so the chunk's `import()` rejects;
 * - `stall`: no answer until the page goes away (at most STALL_MS, then 504), so the `import()` does not settle;
 * - `delay-<ms>`: the chunk, <ms> milliseconds late.
 * Cookies belong to one browser (each engine has its own), and each test removes its cookie when done. A browser
 * keeps a module that failed to load, and text.ts keeps the loaded chapters: use each chapter in one test only.
 */
const STALL_MS = 30000;
const CHUNK = /\/src\/generated\/chapters\/chapter-(\d\d)\.[jt]s$/;

/** @returns {import('@web/dev-server-core').Middleware} */
export function chunkGate() {
  return async (ctx, next) => {
    const chunk = CHUNK.exec(ctx.path);
    if (!chunk) return next();
    const mode = ctx.cookies.get(`plan-chunk-${chunk[1]}`);
    // a chunk's answer depends on the cookie: never reuse one from the browser's HTTP cache (without these
    // headers a later test file's static import of a chunk that was made to fail did not reach the server, and failed)
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Vary', 'Cookie');
    if (mode === 'fail') {
      ctx.status = 404;
      return;
    }
    if (mode === 'stall') {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, STALL_MS);
        ctx.res.once('close', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
      ctx.status = 504;
      return;
    }
    const delay = /^delay-(\d+)$/.exec(mode ?? '');
    if (delay) await new Promise((resolve) => setTimeout(resolve, Number(delay[1])));
    return next();
  };
}
