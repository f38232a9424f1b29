import { expect } from '@open-wc/testing';
import { allFigures, getFigure } from '../data/figure-index.js';
import { boundOf, layoutFigures, measurePairs, ROW_HEIGHT } from './figures-layout.js';

describe('figures-layout (pure)', () => {
  it('pairs each measure that has a 2020 baseline and a goal of the same unit (no multiples)', () => {
    const pairs = measurePairs(allFigures);
    expect(pairs.map((p) => [p.from.id, p.to.id])).to.deep.equal([
      ['gdp-2020', 'gdp-2025'],
      ['rd-intensity-2020', 'rd-intensity-2025'],
    ]);
    for (const p of pairs) {
      expect(p.from.year).to.equal(2020);
      expect(p.to.kind).to.equal('target');
      expect(p.to.unit).to.equal(p.from.unit);
    }
  });

  it('reads qualifiers as bounds: 超过 lower, 左右 approximate, 达/none exact, 以内 upper', () => {
    expect(boundOf('超过')).to.equal('lower');
    expect(boundOf('不低于')).to.equal('lower');
    expect(boundOf('左右')).to.equal('approx');
    expect(boundOf('接近')).to.equal('approx');
    expect(boundOf('达')).to.equal('exact');
    expect(boundOf(null)).to.equal('exact');
    expect(boundOf('以内')).to.equal('upper');
  });

  it('lays each row out on its own scale: both ends inside the row’s axis, arrows and tildes where due', () => {
    const pairs = measurePairs(allFigures);
    const layout = layoutFigures(
      pairs.map((p) => ({
        measure: p.measure,
        from: p.from,
        to: p.to,
        label: p.to.label,
        fromText: '2020年 超过2.8万亿元（预计）',
        toText: '2025年 超过4万亿元',
      })),
    );
    expect(layout.rows.length).to.equal(pairs.length);
    expect(layout.height).to.equal(pairs.length * ROW_HEIGHT);
    const [gdp, rd] = layout.rows;
    // own scales: the domains differ and each contains its two values
    expect(gdp.domain[0] <= 2.8 && gdp.domain[1] >= 4).to.equal(true);
    expect(rd.domain[0] <= 4.93 && rd.domain[1] >= 5).to.equal(true);
    expect(gdp.domain[1] < 10 && rd.domain[0] > 4).to.equal(true);
    for (const r of layout.rows) {
      expect(r.from.x < r.to.x).to.equal(true);
      expect(r.from.x > 0 && r.to.x < layout.width).to.equal(true);
      expect(r.ticks.length >= 2).to.equal(true);
      expect(r.from.anchor).to.equal('end');
      expect(r.to.anchor).to.equal('start');
    }
    expect(getFigure('gdp-2025')!.qualifier).to.equal('超过');
    expect(gdp.to.bound).to.equal('lower');
    expect(gdp.to.arrow.length > 0).to.equal(true);
    expect(gdp.from.estimate).to.equal(true);
    expect(rd.to.bound).to.equal('approx');
    expect(rd.to.tilde.length > 0 && rd.to.arrow === '').to.equal(true);
    expect(rd.from.bound).to.equal('exact');
    expect(rd.from.arrow + rd.from.tilde).to.equal('');
  });

  it('never throws: no rows, an empty chart; equal ends still get an axis', () => {
    expect(layoutFigures([]).rows).to.deep.equal([]);
    const f = { value: 1, qualifier: null, estimate: false };
    const one = layoutFigures([{ measure: 'm', from: f, to: f, label: 'x', fromText: 'a', toText: 'b' }]);
    expect(Number.isFinite(one.rows[0].from.x)).to.equal(true);
  });
});
