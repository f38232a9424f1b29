/**
 * Helpers shared by the Node checks that drive Chromium (test/bundle, test/cdn, test/embed): the browser, what the
 * pages must show (taken from the dataset, never retyped) and the closing report. Node only (test/helpers/index.ts
 * is for browser tests).
 */
import assert from 'node:assert/strict';
import { puppeteerCore } from '@web/test-runner-chrome';
import { getFigure } from '../../src/data/figure-index.js';
import { formatValue } from '../../src/data/figure-format.js';
import { getArticleSummary } from '../../src/data/outline.js';

export type Browser = Awaited<ReturnType<typeof puppeteerCore.launch>>;

/** Debian's Chromium, headless, as root (flags as in web-test-runner.config.mjs). */
export function launchChromium(extraArgs: readonly string[] = [], options: { protocolTimeout?: number } = {}): Promise<Browser> {
  return puppeteerCore.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', ...extraArgs],
    ...options,
  });
}

/** What rendered pages must show, from the dataset: gdp-2025's value as written (超过4万亿元) and article 35's lead. */
export function expectedTexts(): { gdpValue: string; lead35: string } {
  const gdp = getFigure('gdp-2025');
  const lead35 = getArticleSummary(35)?.lead;
  assert.ok(gdp && lead35, 'dataset: gdp-2025 and article 35');
  return { gdpValue: formatValue(gdp), lead35 };
}

/** Prints the rows, then exits 1 listing the failures, if any. */
export function report(name: string, what: string, rows: readonly string[], failures: readonly string[]): void {
  if (rows.length) console.log(rows.join('\n'));
  if (failures.length) {
    console.error(`${name}: ${failures.length} problem(s) ${what}:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}
