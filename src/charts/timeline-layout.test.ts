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
  it('places all five stages on a linear year scale between the first and last slot centres (horizontal)', () => {
    const layout = layoutTimeline(stages, { orientation: 'horizontal' });
    expect(layout.orientation).to.equal('horizontal');
    // along the axis the layout is a nominal length that CSS stretches: 1000 units = 100 %
    expect(layout.width).to.equal(STRETCH);
    expect(layout.stages.map((m) => m.id)).to.deep.equal(['2020', '2025', '2030', '2035', 'mid-century']);
    // slots: 5 equal columns of 200 units → centres 100, 300, 500, 700, 900 (10 %, 30 % … of the list's width)
    expect(layout.stages.map((m) => m.slot.x)).to.deep.equal([100, 300, 500, 700, 900]);
    // scale 2020…2050 (mid-century's approximate position) → 100…900: 800 units per 30 years
    expect(layout.stages.map((m) => m.cx)).to.deep.equal([100, round(100 + 800 / 6), round(100 + 800 / 3), 500, 900]);
    expect(layout.stages.map((m) => percent(m.cx))).to.deep.equal(['10%', '23.3%', '36.7%', '50%', '90%']);
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
    expect(layout.axis).to.equal(`M100,${y}L500,${y}`);
    expect(layout.approximateAxis).to.equal(`M500,${y}L900,${y}`);
    expect(layout.stages.map((m) => m.approximate)).to.deep.equal([false, false, false, false, true]);
    // yearly minor ticks 2021…2034 except the stage years 2025 and 2030 → 12, each 4 px towards the labels
    expect(layout.minorTicks.match(/M/g)).to.have.length(12);
    expect(layout.minorTicks.startsWith(`M${round(100 + 800 / 30)},${y - 4}L${round(100 + 800 / 30)},${y}`)).to.equal(true);
  });

  it('joins each marker to its slot with a connector (first and last straight)', () => {
    const layout = layoutTimeline(stages, { orientation: 'horizontal' });
    for (const m of layout.stages) {
      const n = nums(m.connector);
      expect(n[0]).to.equal(m.cx); // starts below the marker
      expect(n[1]).to.be.greaterThan(m.cy);
      expect(n.slice(-2)).to.deep.equal([m.slot.x, m.slot.y]); // ends at the slot
    }
    expect(new Set(nums(layout.stages[0].connector).filter((_, i) => i % 2 === 0)).size).to.equal(1);
    expect(new Set(nums(layout.stages[4].connector).filter((_, i) => i % 2 === 0)).size).to.equal(1);
    expect(new Set(nums(layout.stages[1].connector).filter((_, i) => i % 2 === 0)).size).to.equal(2);
  });

  it('lays out vertically: axis on the left, rows sharing the list height, labels right-aligned', () => {
    const layout = layoutTimeline(stages, { orientation: 'vertical' });
    expect(layout.orientation).to.equal('vertical');
    expect(layout.height).to.equal(STRETCH);
    expect(layout.stages.map((m) => m.slot.y)).to.deep.equal([100, 300, 500, 700, 900]);
    expect(layout.stages.map((m) => m.cy)).to.deep.equal([100, round(100 + 800 / 6), round(100 + 800 / 3), 500, 900]);
    expect(new Set(layout.stages.map((m) => m.cx)).size).to.equal(1);
    expect(layout.stages.every((m) => m.slot.x === layout.width)).to.equal(true);
    expect(layout.stages.every((m) => m.label.anchor === 'end' && m.label.x < m.cx && m.label.y === m.cy)).to.equal(true);
    // the gutter fits the widest label (five CJK characters at 12 px) left of the axis
    expect(layout.stages[0].cx - 6).to.be.greaterThan(estimateTextWidth('本世纪中叶', 12));
    expect(layout.axis).to.equal(`M${layout.stages[0].cx},100L${layout.stages[0].cx},500`);
    // a bigger label font widens the gutter
    expect(layoutTimeline(stages, { orientation: 'vertical', fontSize: 16 }).width).to.be.greaterThan(layout.width);
  });

  it('scales a subset to its own years (2025, 2030, 2035: no dashed segment)', () => {
    const layout = layoutTimeline(pick('2025', '2030', '2035'), { orientation: 'horizontal' });
    expect(layout.stages.map((m) => round(m.cx))).to.deep.equal([166.7, 500, 833.3]);
    expect(layout.approximateAxis).to.equal('');
    expect(layout.minorTicks.match(/M/g)).to.have.length(8); // 2026…2034 without 2030
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
