import { expect } from '@open-wc/testing';
import { allFigures, getFigure } from '../data/figure-index.js';
import { boundOf, isRank, layoutFigures, measurePairs, notCharted, ROW_HEIGHT } from './figures-layout.js';

describe('figures-layout (pure)', () => {
  it('pairs each measure that has two levels of one unit: 2020 → goal, and 9 → 15 所 (no multiples, no ranks)', () => {
    const pairs = measurePairs(allFigures);
    expect(pairs.map((p) => [p.from.id, p.to.id])).to.deep.equal([
      ['gdp-2020', 'gdp-2025'],
      ['rd-intensity-2020', 'rd-intensity-2025'],
      ['universities-before', 'universities'],
    ]);
    for (const p of pairs) {
      expect(p.from.kind).to.equal('baseline');
      expect(p.to.unit).to.equal(p.from.unit);
      expect(p.to.measure).to.equal(p.from.measure);
    }
  });

  it('every figure is charted once or listed as not charted, with its reason', () => {
    const pairs = measurePairs(allFigures);
    const charted = pairs.flatMap((p) => [p.from.id, p.to.id]);
    const left = notCharted(allFigures);
    expect([...charted, ...left.map((n) => n.figure.id)].sort()).to.deep.equal(allFigures.map((f) => f.id).sort());
    const reason = (id: string) => left.find((n) => n.figure.id === id)?.reason;
    expect(['gdp-2035', 'public-housing-multiple', 'digital-economy-doubling', 'top-hospitals-growth'].map(reason)).to.deep.equal([
      'multiple',
      'multiple',
      'multiple',
      'multiple',
    ]);
    // 居全国城市第二位 (unit 位) and 居亚洲城市前五 (no unit written, the rank's 前)
    expect(['high-tech-enterprises-rank', 'gdp-rank-asia-2020'].map(reason)).to.deep.equal(['rank', 'rank']);
    expect(['trade-volume', 'basic-research-share', 'school-places-2025', 'export-streak'].map(reason)).to.deep.equal([
      'single',
      'single',
      'single',
      'single',
    ]);
    for (const n of left) expect(n.figure.unit === '倍' || isRank(n.figure) || charted.every((id) => id !== n.figure.id)).to.equal(true);
    expect(notCharted([])).to.deep.equal([]);
  });

  it('groups rows by unit: rows of one unit share a scale, other units have their own', () => {
    const row = (measure: string, unit: string | undefined, a: number, b: number) => ({
      measure,
      unit,
      from: { value: a, qualifier: null, estimate: false },
      to: { value: b, qualifier: null, estimate: false },
      label: measure,
      fromText: String(a),
      toText: String(b),
    });
    const layout = layoutFigures([row('a', 'km', 10, 20), row('b', 'km', 400, 1200), row('c', '%', 4, 5), row('d', undefined, 1, 2)]);
    const [a, b, c, d] = layout.rows;
    expect(a.domain).to.deep.equal(b.domain);
    expect(a.domain[0] <= 10 && a.domain[1] >= 1200).to.equal(true);
    expect(c.domain).not.to.deep.equal(a.domain);
    expect(d.domain).not.to.deep.equal(c.domain);
    expect([a.unit, c.unit, d.unit]).to.deep.equal(['km', '%', undefined]);
    // one scale: the same value is at the same x in both rows of the unit
    expect(b.from.x > a.to.x).to.equal(true);
    // a bad value does not throw
    expect(() => layoutFigures([row('e', 'x', NaN, 1)])).not.to.throw();
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
    const [gdp, rd, universities] = layout.rows;
    expect(universities.measure).to.equal('universities');
    expect([universities.from.bound, universities.to.bound]).to.deep.equal(['exact', 'exact']);
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
