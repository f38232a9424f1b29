// @ts-check
/**
 * Test-only web-test-runner plugin (web-test-runner.config.mjs): the command `emulate-forced-colors` with payload
 * `{ active: boolean }` turns the emulated `forced-colors` media feature on or off (Windows High Contrast / forced
 * colours). Only puppeteer over CDP can do it (our Chromium launcher); puppeteer's Firefox speaks WebDriver BiDi,
 * which rejects it, and WebKitGTK runs over classic WebDriver (no emulation): those throw, tests skip them first.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const active = /** @type {{ active?: unknown } | null} */ (payload)?.active;
      if (typeof active !== 'boolean') throw new Error('emulate-forced-colors needs a payload { active: boolean }');
      if (session.browser.type === 'puppeteer') {
        const page = /** @type {any} */ (session.browser).getPage(session.id);
        await page.emulateMediaFeatures([{ name: 'forced-colors', value: active ? 'active' : 'none' }]);
        return true;
      }
      throw new Error(`emulate-forced-colors is not supported for browser type ${session.browser.type}`);
    },
  };
}
