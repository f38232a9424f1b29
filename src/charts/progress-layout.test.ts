import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { progressMarks } from '../elements/plan-target/progress-bar.js';
import { serializeSvgTree as serializeSvg } from '../../test/helpers/index.js';
import { DEFAULT_WIDTH, layoutProgress, PAD, sortActuals } from './progress-layout.js';

// GDP: the plan's 2020 start (2.8) and 2025 target (4), with made-up page values for 2021 and 2023.
const gdp = {
  target: 4,
  baseline: 2.8,
  actuals: [
    { year: 2023, value: 3.46 },
    { year: 2021, value: 3.07 },
  ],
  width: 320,
};

describe('layoutProgress', () => {
  it('maps 0…max linearly onto [PAD, width − PAD] (x = 2 + v / 4 × 316)', () => {
    const m = layoutProgress(gdp)!;
    expect(m.max).to.equal(4);
    expect(m.width).to.equal(320);
    expect(m.height).to.equal(16);
    expect(m.track).to.deep.equal({ x: PAD, y: 4, width: 316, height: 8 });
    // the fill is the latest year (2023), whatever the input order
    expect(m.latest).to.deep.equal({ year: 2023, value: 3.46 });
    expect(m.fill).to.deep.equal({ x: 2, y: 4, width: 273.34, height: 8 });
    expect(m.ticks).to.deep.equal([{ x: 244.53, y1: 4, y2: 12 }]);
    expect(m.target).to.deep.equal({ x: 318, y1: 0, y2: 16 });
    expect(m.baseline).to.deep.equal({ x: 223.2, y1: 2, y2: 14 });
    expect(m.ratio).to.be.closeTo(0.865, 1e-9);
  });

  it('extends the domain when a page value passes the target (R&D 5.81% against 5%)', () => {
    const m = layoutProgress({ target: 5, baseline: 4.93, actuals: [{ year: 2023, value: 5.81 }], width: 100, height: 10 })!;
    expect(m.max).to.equal(5.81);
    expect(m.fill.x + m.fill.width).to.equal(98);
    expect(m.target.x).to.be.lessThan(98);
    expect(m.target.x).to.equal(Math.round((2 + (5 / 5.81) * 96) * 100) / 100);
    expect(m.ratio).to.be.closeTo(1.162, 1e-9);
    expect(m.track.y).to.equal(2.5);
    expect(m.track.height).to.equal(5);
  });

  it('uses the default width for an unknown (0) width and draws no baseline without one', () => {
    const m = layoutProgress({ target: 2, actuals: [{ year: null, value: 1 }], width: 0 })!;
    expect(m.width).to.equal(DEFAULT_WIDTH);
    expect(m.baseline).to.equal(null);
    expect(m.fill.width).to.equal((DEFAULT_WIDTH - 2 * PAD) / 2);
  });

  it('returns null when there is nothing to draw or the input is not drawable', () => {
    expect(layoutProgress({ target: 4, actuals: [], width: 300 })).to.equal(null);
    expect(layoutProgress({ target: 4, actuals: [{ year: 2023, value: -1 }], width: 300 })).to.equal(null);
    expect(layoutProgress({ target: 4, actuals: [{ year: 2023, value: NaN }], width: 300 })).to.equal(null);
    expect(layoutProgress({ target: Infinity, actuals: [{ year: 2023, value: 1 }], width: 300 })).to.equal(null);
  });

  it('handles an all-zero domain and a zero target without dividing by zero', () => {
    const m = layoutProgress({ target: 0, actuals: [{ year: 2023, value: 0 }], width: 100 })!;
    expect(m.max).to.equal(1);
    expect(m.fill.width).to.equal(0);
    expect(m.ratio).to.equal(null);
  });

  it('sorts page values by year, year-less ones last in their given order', () => {
    const a = { year: null, value: 1 };
    const b = { year: 2022, value: 2 };
    const c = { year: null, value: 3 };
    const d = { year: 2021, value: 4 };
    expect(sortActuals([a, b, c, d])).to.deep.equal([d, b, a, c]);
  });
});

/** Checked by eye: track 2…318; fill to 275.34 (3.46 of 4); 2021 tick at 244.53; dashed 2020 start at 223.2; target at 318. */
const GDP_SNAPSHOT = `<svg viewBox="0 0 320 16">
  <rect class="track" height="8" width="316" x="2" y="4"/>
  <rect class="fill" height="8" width="273.34" x="2" y="4"/>
  <line class="tick" vector-effect="non-scaling-stroke" x1="244.53" x2="244.53" y1="4" y2="12"/>
  <line class="baseline" vector-effect="non-scaling-stroke" x1="223.2" x2="223.2" y1="2" y2="14"/>
  <line class="target" vector-effect="non-scaling-stroke" x1="318" x2="318" y1="0" y2="16"/>
</svg>`;

describe('progress bar SVG', () => {
  it('renders the marks as the committed snapshot', () => {
    const host = document.createElement('div');
    const m = layoutProgress(gdp)!;
    render(html`<svg viewBox="0 0 ${m.width} ${m.height}">${progressMarks(m)}</svg>`, host);
    expect(serializeSvg(host.querySelector('svg')!)).to.equal(GDP_SNAPSHOT);
  });
});
