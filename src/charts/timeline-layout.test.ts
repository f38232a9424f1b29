import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { getStage, stages } from '../data/stages.js';
import type { Stage, StageId } from '../data/types.js';
import { renderTimelineChart } from '../elements/plan-timeline/timeline-chart.js';
import { loadSeed, loadSnapshot, serializeSvg } from '../../test/helpers/index.js';
import { estimateTextWidth, layoutTimeline, percent, round, STRETCH, stageTickText, type TimelineLayout } from './timeline-layout.js';

const pick = (...ids: StageId[]): Stage[] => ids.map((id) => getStage(id)!);
/** Numbers in a path string. */
const nums = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
/** Every tick label of the layout. */
const texts = (layout: TimelineLayout) => layout.stages.map((m) => m.label.text);

describe('timeline layout (pure, no size needed)', () => {
  it('places the dated stages on a linear year scale over their own slots, mid-century on its own slot (horizontal)', () => {
    const layout = layoutTimeline(stages, { orientation: 'horizontal' });
    expect(layout.orientation).to.equal('horizontal');
    // along the axis the layout is a nominal length that CSS stretches: 1000 units = 100 %
    expect(layout.width).to.equal(STRETCH);
    expect(layout.stages.map((m) => m.id)).to.deep.equal(['2020', '2025', '2030', '2035', 'mid-century']);
    // slots: 5 equal columns of 200 units → centres 100, 300, 500, 700, 900 (10 %, 30 % … of the list's width)
    expect(layout.stages.map((m) => m.slot.x)).to.deep.equal([100, 300, 500, 700, 900]);
    // years 2020…2035 → the first to the fourth slot centre (100…700: 40 units a year); the four dated stages are five
    // years apart, so each marker stands exactly over its own column; mid-century (no year) over its own, the fifth
    expect(layout.stages.map((m) => m.cx)).to.deep.equal([100, 300, 500, 700, 900]);
    expect(layout.stages.map((m) => percent(m.cx))).to.deep.equal(['10%', '30%', '50%', '70%', '90%']);
    // all markers on the axis line; connectors end at the list's top (the chart's height)
    expect(new Set(layout.stages.map((m) => m.cy)).size).to.equal(1);
    expect(layout.stages.every((m) => m.slot.y === layout.height)).to.equal(true);
    // one row of tick labels, centred on their markers
    expect(new Set(layout.stages.map((m) => m.label.y)).size).to.equal(1);
    expect(layout.stages.every((m) => m.label.anchor === 'middle' && m.label.x === m.cx)).to.equal(true);
  });

  it('labels stages with their dataset labels, as the list does; mid-century never as 2050', async () => {
    const layout = layoutTimeline(stages, { orientation: 'horizontal' });
    const seed = await loadSeed();
    expect(texts(layout)).to.deep.equal(stages.map((s) => s.label));
    expect(texts(layout)).to.deep.equal(['二〇二〇年', '二〇二五年', '二〇三〇年', '二〇三五年', '本世纪中叶']);
    for (const t of texts(layout)) expect(seed).to.contain(t);
    expect(getStage('mid-century')!.position).to.equal(2050); // the approximation exists in the data…
    for (const orientation of ['horizontal', 'vertical'] as const) {
      expect(JSON.stringify(layoutTimeline(stages, { orientation }))).not.to.contain('2050'); // …but is never printed
    }
    expect(stageTickText(getStage('mid-century')!)).to.equal('本世纪中叶');
  });

  it('draws the axis solid between dated stages and dashed towards mid-century', () => {
    const layout = layoutTimeline(stages, { orientation: 'horizontal' });
    const y = layout.stages[0].cy;
    expect(layout.axis).to.equal(`M100,${y}L700,${y}`);
    expect(layout.approximateAxis).to.equal(`M700,${y}L900,${y}`);
    expect(layout.stages.map((m) => m.approximate)).to.deep.equal([false, false, false, false, true]);
    // yearly minor ticks 2021…2034 except the stage years 2025 and 2030 → 12, each 4 px towards the labels
    expect(layout.minorTicks.match(/M/g)).to.have.length(12);
    expect(layout.minorTicks.startsWith(`M${100 + 600 / 15},${y - 4}L${100 + 600 / 15},${y}`)).to.equal(true);
  });

  it('joins each marker to its slot with a connector (straight: each marker is over its own slot)', () => {
    const layout = layoutTimeline(stages, { orientation: 'horizontal' });
    for (const m of layout.stages) {
      const n = nums(m.connector);
      expect(n[0]).to.equal(m.cx); // starts below the marker
      expect(n[1]).to.be.greaterThan(m.cy);
      expect(n.slice(-2)).to.deep.equal([m.slot.x, m.slot.y]); // ends at the slot
    }
    for (const m of layout.stages) expect(new Set(nums(m.connector).filter((_, i) => i % 2 === 0)).size, m.id).to.equal(1);
  });

  it('lays out vertically: axis on the left, rows sharing the list height, labels right-aligned', () => {
    const layout = layoutTimeline(stages, { orientation: 'vertical' });
    expect(layout.orientation).to.equal('vertical');
    expect(layout.height).to.equal(STRETCH);
    expect(layout.stages.map((m) => m.slot.y)).to.deep.equal([100, 300, 500, 700, 900]);
    expect(layout.stages.map((m) => m.cy)).to.deep.equal([100, 300, 500, 700, 900]);
    expect(new Set(layout.stages.map((m) => m.cx)).size).to.equal(1);
    expect(layout.stages.every((m) => m.slot.x === layout.width)).to.equal(true);
    expect(layout.stages.every((m) => m.label.anchor === 'end' && m.label.x < m.cx && m.label.y === m.cy)).to.equal(true);
    // the gutter fits the widest label (five CJK characters at 12 px) left of the axis
    expect(layout.stages[0].cx - 6).to.be.greaterThan(estimateTextWidth('本世纪中叶', 12));
    expect(layout.axis).to.equal(`M${layout.stages[0].cx},100L${layout.stages[0].cx},700`);
    // a bigger label font widens the gutter
    expect(layoutTimeline(stages, { orientation: 'vertical', fontSize: 16 }).width).to.be.greaterThan(layout.width);
  });

  it('scales a subset to its own years (2025, 2030, 2035: no dashed segment)', () => {
    const layout = layoutTimeline(pick('2025', '2030', '2035'), { orientation: 'horizontal' });
    expect(layout.stages.map((m) => round(m.cx))).to.deep.equal([166.7, 500, 833.3]);
    expect(layout.approximateAxis).to.equal('');
    expect(layout.minorTicks.match(/M/g)).to.have.length(8); // 2026…2034 without 2030
  });

  it('every selection of stages, both orientations: each marker stands over its own slot (never over another stage’s label)', () => {
    const ids = stages.map((s) => s.id);
    let proportional = 0;
    for (let mask = 1; mask < 1 << ids.length; mask++) {
      const subset = ids.filter((_, i) => mask & (1 << i));
      for (const orientation of ['horizontal', 'vertical'] as const) {
        const layout = layoutTimeline(pick(...subset), { orientation });
        const width = STRETCH / subset.length;
        for (const m of layout.stages) {
          const [along, own] = orientation === 'horizontal' ? [m.cx, m.slot.x] : [m.cy, m.slot.y];
          // inside its own slot's middle half: its tick label stays clear of the neighbouring slots
          expect(Math.abs(along - own), `${subset.join(',')} ${orientation}: ${m.id}`).to.be.at.most(0.25 * width + 0.1);
        }
        if (layout.minorTicks) proportional++;
      }
    }
    // selections with even gaps keep the year scale (yearly ticks): all five, 2020–2035, 2025 and 2035…
    expect(proportional).to.be.greaterThan(20);
    expect(layoutTimeline(stages, { orientation: 'horizontal' }).minorTicks).to.not.equal('');
    // uneven gaps are evenly spaced instead: 2030 would stand a third of a slot off its column's centre
    expect(layoutTimeline(pick('2020', '2030', '2035'), { orientation: 'horizontal' }).minorTicks).to.equal('');
  });

  it('a selection with uneven gaps (2020, 2030, 2035) is evenly spaced, without yearly ticks', () => {
    const layout = layoutTimeline(pick('2020', '2030', '2035'), { orientation: 'horizontal' });
    expect(layout.stages.map((m) => round(m.cx))).to.deep.equal([166.7, 500, 833.3]);
    expect(layout.minorTicks).to.equal('');
  });

  it('centres a single stage and draws a short axis stub; an empty list gives an empty chart', () => {
    const one = layoutTimeline(pick('2030'), { orientation: 'horizontal' });
    expect(one.stages[0].cx).to.equal(500);
    expect(nums(one.axis).filter((_, i) => i % 2 === 0)).to.deep.equal([460, 540]);
    const mid = layoutTimeline(pick('mid-century'), { orientation: 'vertical' });
    expect(mid.stages[0].cy).to.equal(500);
    expect(mid.axis).to.equal('');
    expect(mid.approximateAxis).not.to.equal('');
    const none = layoutTimeline([], { orientation: 'horizontal' });
    expect(none.stages).to.deep.equal([]);
    expect(none.axis + none.approximateAxis + none.minorTicks).to.equal('');
  });

  it('estimates label widths (CJK 1 em, digits about 0.62 em) and rounds to 0.1', () => {
    expect(estimateTextWidth('本世纪中叶', 12)).to.equal(60);
    expect(round(estimateTextWidth('2025年', 10))).to.equal(34.8);
    expect(round(1.26)).to.equal(1.3);
    expect(Object.is(round(-0.01), 0)).to.equal(true);
    expect(percent(333.33)).to.equal('33.3%');
  });
});

describe('timeline chart SVG (snapshots)', () => {
  // The files under src/charts/__snapshots__ were checked by eye (rendered to PNG) against the layout: markers on
  // one axis line, dashed segment to mid-century, 本世纪中叶 (not 2050), the selected stage drawn larger, connectors
  // (d3-shape links) from each marker to its slot, yearly minor ticks (d3-array) only between dated stages.
  const cases: Array<{ file: string; ids: StageId[]; opts: Parameters<typeof layoutTimeline>[1]; selected: StageId }> = [
    {
      file: 'timeline-horizontal.svg.txt',
      ids: ['2020', '2025', '2030', '2035', 'mid-century'],
      opts: { orientation: 'horizontal' },
      selected: '2025',
    },
    {
      file: 'timeline-vertical.svg.txt',
      ids: ['2020', '2025', '2030', '2035', 'mid-century'],
      opts: { orientation: 'vertical' },
      selected: 'mid-century',
    },
    { file: 'timeline-subset.svg.txt', ids: ['2025', '2030', '2035'], opts: { orientation: 'horizontal' }, selected: '2035' },
    { file: 'timeline-subset-vertical.svg.txt', ids: ['2030', '2035', 'mid-century'], opts: { orientation: 'vertical' }, selected: '2030' },
  ];
  for (const c of cases) {
    it(`matches ${c.file}`, async () => {
      const host = document.createElement('div');
      render(renderTimelineChart(layoutTimeline(pick(...c.ids), c.opts), c.selected), host);
      const actual = serializeSvg(host.querySelector('.axis')!);
      const expected = await loadSnapshot(c.file);
      if (actual !== expected) console.log(`--- actual ${c.file} ---\n${actual}\n--- end ---`);
      expect(actual).to.equal(expected);
      expect(actual).not.to.contain('2050');
    });
  }
});
