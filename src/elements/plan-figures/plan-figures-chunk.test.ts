/**
 * The chart of `<plan-figures>` (figures-chart.ts, figures-layout.ts and D3) is a chunk import()ed only when
 * `mode="chart"` is used. Its own test file (its own page): the page loads the chunk once and keeps it, so the tests
 * here run in order — the load that fails and the one that is late first (stand-in loaders that fetch nothing), then
 * a table-only element that downloads nothing of the chart, and the switch to the chart that loads it.
 * Presence is asserted as booleans and strings: a failing chai assertion that prints a DOM node hangs the runner.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../define/plan-figures.js';
import type { PlanFigures } from './plan-figures.js';
import { chartLoad, chartModule } from './chart-load.js';
import { figuresStrings } from '../../i18n/sections/figures.js';
import { commonStrings } from '../../i18n/sections/common.js';
import { warningsOfEachTest } from '../../../test/helpers/index.js';

// room for every module the page fetches (the default keeps 250 entries, then drops new ones)
performance.setResourceTimingBufferSize(10000);
const warnings = warningsOfEachTest();
const root = (el: Element) => el.shadowRoot!;
const has = (el: Element, selector: string) => root(el).querySelector(selector) !== null;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** What the page fetched of the chart: its chunk, the layout, D3. */
const CHART_CODE = /\/figures-chart\.[jt]s|\/figures-layout\.[jt]s|\/node_modules\/d3-/;
const chartFetches = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => CHART_CODE.test(n));

const realLoad = chartLoad.load;
const realTimeout = chartLoad.timeout;
afterEach(() => {
  chartLoad.load = realLoad;
  chartLoad.timeout = realTimeout;
});

describe('<plan-figures> chart chunk', () => {
  it('a chunk that fails to load: a short message instead of the chart, one warning, updateComplete resolves', async () => {
    chartLoad.load = () => Promise.reject(new Error('network down'));
    const box = await fixture<HTMLDivElement>(
      html`<div><plan-figures mode="chart"></plan-figures><plan-figures mode="chart" kind="target"></plan-figures></div>`,
    );
    const els = [...box.querySelectorAll('plan-figures')];
    for (const el of els) {
      await el.updateComplete;
      expect(has(el, 'svg.chart'), 'no chart').to.equal(false);
      expect(squash(root(el).querySelector('[part="error"]')?.textContent)).to.equal(commonStrings.source.unavailable);
      expect(squash(root(el).querySelector('.chart-heading')?.textContent)).to.equal(figuresStrings.source.chartHeading);
      await expect(el).to.be.accessible();
    }
    expect(warnings.length, warnings.join('\n')).to.equal(1);
    expect(warnings[0]).to.contain('<plan-figures> mode="chart"').and.contain('network down');
    expect(chartModule() === undefined).to.equal(true);
  });

  it('a chunk that does not come in time: the message once the time is up, updateComplete does not hang', async () => {
    chartLoad.timeout = 50;
    let fail: (e: Error) => void = () => undefined;
    chartLoad.load = () => new Promise((_, reject) => (fail = reject));
    const started = performance.now();
    const el = await fixture<PlanFigures>(html`<plan-figures mode="chart"></plan-figures>`);
    expect(performance.now() - started < 5000).to.equal(true);
    expect(has(el, '[part="error"]')).to.equal(true);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('no answer within 50 ms');
    fail(new Error('too late'));
  });

  it('a table-only element loads no chart code; switching to the chart loads it, then draws it in one step', async () => {
    expect(chartFetches(), 'this page imported no chart code yet').to.deep.equal([]);
    const el = await fixture<PlanFigures>(html`<plan-figures></plan-figures>`);
    await el.updateComplete;
    expect(has(el, 'table')).to.equal(true);
    expect(chartFetches(), 'a table-only element fetched chart code').to.deep.equal([]);

    // the real chunk, held back until the test lets it through: meanwhile the table stays and updateComplete waits
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    chartLoad.load = () => gate.then(realLoad);
    el.mode = 'chart';
    let complete = false;
    const done = el.updateComplete.then(() => (complete = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(complete, 'updateComplete waits for the chart').to.equal(false);
    expect(has(el, 'table'), 'the table stays until the chart can be drawn').to.equal(true);
    expect(has(el, '[part="error"]')).to.equal(false);
    release();
    await done;
    expect(has(el, 'table')).to.equal(false);
    expect(has(el, 'svg.chart'), 'the chart').to.equal(true);
    expect(root(el).querySelectorAll('svg.chart g.row').length > 0).to.equal(true);
    expect(root(el).querySelectorAll('ul.visually-hidden li').length).to.equal(root(el).querySelectorAll('svg.chart g.row').length);
    expect(has(el, '[part="error"]')).to.equal(false);
    expect(
      chartFetches().some((n) => /\/figures-chart\.[jt]s/.test(n)),
      'the chunk was fetched',
    ).to.equal(true);
    await expect(el).to.be.accessible();

    // loaded once per page: the next chart renders in its first update
    const next = await fixture<PlanFigures>(html`<plan-figures mode="chart" kind="target"></plan-figures>`);
    expect(has(next, 'svg.chart')).to.equal(true);
    expect(warnings).to.deep.equal([]);
  });
});
