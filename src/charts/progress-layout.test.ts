import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { progressBar } from '../elements/plan-target/progress-bar.js';
import { layoutProgress, sortActuals } from './progress-layout.js';
import { styles } from '../elements/plan-target/plan-target.styles.js';

// GDP: the plan's 2020 start (2.8) and 2025 target (4), with made-up page values for 2021 and 2023.
const gdp = {
  target: 4,
  baseline: 2.8,
  actuals: [
    { year: 2023, value: 3.46 },
    { year: 2021, value: 3.07 },
  ],
};

describe('layoutProgress', () => {
  it('domain 0…max of target, baseline and actuals; latest year is the fill, earlier years ticks', () => {
    const m = layoutProgress(gdp)!;
    expect(m.max).to.equal(4);
    // the fill is the latest year (2023), whatever the input order
    expect(m.latest).to.deep.equal({ year: 2023, value: 3.46 });
    expect(m.earlier).to.deep.equal([{ year: 2021, value: 3.07 }]);
    expect(m.target).to.equal(4);
    expect(m.baseline).to.equal(2.8);
    expect(m.ratio).to.be.closeTo(0.865, 1e-9);
  });

  it('extends the domain when a page value passes the target (R&D 5.81% against 5%)', () => {
    const m = layoutProgress({ target: 5, baseline: 4.93, actuals: [{ year: 2023, value: 5.81 }] })!;
    expect(m.max).to.equal(5.81);
    expect(m.ratio).to.be.closeTo(1.162, 1e-9);
  });

  it('no baseline without one', () => {
    expect(layoutProgress({ target: 2, actuals: [{ year: null, value: 1 }] })!.baseline).to.equal(null);
  });

  it('returns null when there is nothing to draw or the input is not drawable', () => {
    expect(layoutProgress({ target: 4, actuals: [] })).to.equal(null);
    expect(layoutProgress({ target: 4, actuals: [{ year: 2023, value: -1 }] })).to.equal(null);
    expect(layoutProgress({ target: 4, actuals: [{ year: 2023, value: NaN }] })).to.equal(null);
    expect(layoutProgress({ target: Infinity, actuals: [{ year: 2023, value: 1 }] })).to.equal(null);
  });

  it('handles an all-zero domain and a zero target without dividing by zero', () => {
    const m = layoutProgress({ target: 0, actuals: [{ year: 2023, value: 0 }] })!;
    expect(m.max).to.equal(1);
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

describe('progress bar (positions in percent of its width)', () => {
  /** Renders the bar with the element's styles in a shadow root of the given width; returns px boxes relative to the bar. */
  async function drawn(width: number, dir: 'ltr' | 'rtl' = 'ltr') {
    const host = document.createElement('div');
    host.style.width = `${width}px`;
    host.dir = dir;
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles].flat().map((s) => s.styleSheet!);
    render(progressBar(layoutProgress(gdp)!), root);
    await new Promise(requestAnimationFrame);
    const bar = root.querySelector('.bar')!.getBoundingClientRect();
    const box = (sel: string) => {
      const r = root.querySelector(sel)!.getBoundingClientRect();
      return { left: r.left - bar.left, right: r.right - bar.left, width: r.width, centre: (r.left + r.right) / 2 - bar.left };
    };
    const out = { bar, track: box('.track'), fill: box('.fill'), tick: box('.tick'), baseline: box('.baseline'), target: box('.target') };
    host.remove();
    return out;
  }

  it('places every mark at value / max of the bar width, at any width', async () => {
    for (const width of [180, 320, 400]) {
      const d = await drawn(width);
      const w = d.bar.width;
      expect(w, 'bar fills its container').to.be.closeTo(width, 0.5);
      expect(d.track.left).to.be.closeTo(0, 1);
      expect(d.track.width).to.be.closeTo(w, 1);
      // fill 0 … 3.46 / 4 of the width
      expect(d.fill.left).to.be.closeTo(0, 0.5);
      expect(d.fill.width).to.be.closeTo((3.46 / 4) * w, 0.5);
      // 2 px marks centred on their value
      for (const [mark, v] of [
        ['tick', 3.07],
        ['baseline', 2.8],
        ['target', 4],
      ] as const) {
        expect(d[mark].width, mark).to.be.closeTo(2, 0.1);
        expect(d[mark].centre, mark).to.be.closeTo((v / 4) * w, 0.5);
      }
    }
  });

  it('mirrors in a right-to-left context', async () => {
    const d = await drawn(320, 'rtl');
    expect(d.fill.right).to.be.closeTo(320, 0.5);
    expect(d.fill.width).to.be.closeTo((3.46 / 4) * 320, 0.5);
    expect(d.target.centre).to.be.closeTo(0, 0.5);
  });
});
