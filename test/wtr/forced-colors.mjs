// @ts-check
/**
 * Test-only web-test-runner plugin (web-test-runner.config.mjs): the command `emulate-forced-colors` with payload
 * `{ active: boolean }` turns the emulated `forced-colors` media feature on or off (Windows High Contrast / forced
 * colours). Only puppeteer over CDP can do it (our Chromium launcher); puppeteer's Firefox speaks WebDriver BiDi,
 * which rejects it, and WebKitGTK runs over classic WebDriver (no emulation): those throw, tests skip them first.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function forcedColorsPlugin() {
  /** one CDP session per page, kept while the page lives, if the page has no `_client()` */
  const sessions = new WeakMap();
  /** @param {any} page */
  const cdpSession = async (page) => {
    if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
    return sessions.get(page);
  };
  return {
    name: 'emulate-forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const active = /** @type {{ active?: unknown } | null} */ (payload)?.active;
      if (typeof active !== 'boolean') throw new Error('emulate-forced-colors needs a payload { active: boolean }');
      if (session.browser.type === 'puppeteer') {
        const page = /** @type {any} */ (session.browser).getPage(session.id);
        // puppeteer 24's page.emulateMediaFeatures() rejects 'forced-colors' (it allows prefers-color-scheme,
        // prefers-reduced-motion and color-gamut only), so send the CDP command itself, on the page's own session
        // (an override set on a separate session would end with that session)
        const client = typeof page._client === 'function' ? page._client() : await cdpSession(page);
        await client.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }],
        });
        return true;
      }
      throw new Error(`emulate-forced-colors is not supported for browser type ${session.browser.type}`);
    },
  };
}
