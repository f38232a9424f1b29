import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { getStage, stages } from '../data/stages.js';
import type { Stage, StageId } from '../data/types.js';
import { renderTimelineChart } from '../elements/plan-timeline/timeline-chart.js';
import { loadSnapshot, serializeSvg } from '../../test/helpers/index.js';
import { commonStrings } from '../i18n/sections/common.js';

const zhHansCommon = commonStrings['zh-Hans'];
import {
  DEFAULT_WIDTH,
  estimateTextWidth,
  layoutTimeline,
  NOMINAL_ROW,
  round,
  stageTickText,
  type TimelineLayout,
} from './timeline-layout.js';

const formatYear = zhHansCommon.year;
const pick = (...ids: StageId[]): Stage[] => ids.map((id) => getStage(id)!);
/** Numbers in a path string. */
const nums = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
/** Every number and string of the layout, to look for a printed 2050. */
const texts = (layout: TimelineLayout) => layout.stages.map((m) => m.label.text);

describe('timeline layout (pure)', () => {
  it('places all five stages on a linear year scale between the first and last slot centres (horizontal)', () => {
    const layout = layoutTimeline(stages, { orientation: 'horizontal', width: 640, formatYear });
    expect(layout.orientation).to.equal('horizontal');
    expect(layout.width).to.equal(640);
    expect(layout.stages.map((m) => m.id)).to.deep.equal(['2020', '2025', '2030', '2035', 'mid-century']);
    // slots: 5 equal columns of 128 px → centres 64, 192, 320, 448, 576
    expect(layout.stages.map((m) => m.slot.x)).to.deep.equal([64, 192, 320, 448, 576]);
    // scale 2020…2050 (mid-century's approximate position) → 64…576: 512 px per 30 years
    expect(layout.stages.map((m) => m.cx)).to.deep.equal([64, round(64 + 512 / 6), round(64 + 512 / 3), 320, 576]);
    // all markers on the axis line
    expect(new Set(layout.stages.map((m) => m.cy)).size).to.equal(1);
    expect(layout.stages.every((m) => m.slot.y === layout.height)).to.equal(true);
  });

  it('labels years through the i18n formatter and mid-century with its dataset label, never as 2050', () => {
    const layout = layoutTimeline(stages, { orientation: 'horizontal', width: 640, formatYear });
    expect(texts(layout)).to.deep.equal(['2020年', '2025年', '2030年', '2035年', '本世纪中叶']);
    expect(texts(layout)[4]).to.equal(getStage('mid-century')!.label);
    expect(getStage('mid-century')!.position).to.equal(2050); // the approximation exists in the data…
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const l = layoutTimeline(stages, { orientation, width: 640, height: 500, formatYear });
      expect(JSON.stringify(l)).not.to.contain('2050'); // …but is never printed
    }
    expect(stageTickText(getStage('2035')!)).to.equal('2035');
    expect(stageTickText(getStage('mid-century')!)).to.equal('本世纪中叶');
  });

  it('draws the axis solid between dated stages and dashed towards mid-century', () => {
    const layout = layoutTimeline(stages, { orientation: 'horizontal', width: 640, formatYear });
    const y = layout.stages[0].cy;
    expect(layout.axis).to.equal(`M64,${y}L320,${y}`);
    expect(layout.approximateAxis).to.equal(`M320,${y}L576,${y}`);
    expect(layout.stages.map((m) => m.approximate)).to.deep.equal([false, false, false, false, true]);
    // yearly minor ticks 2021…2034 except the stage years 2025 and 2030 → 12
    expect(layout.minorTicks.match(/M/g)).to.have.length(12);
  });

  it('joins each marker to its slot with a connector (first and last straight)', () => {
    const layout = layoutTimeline(stages, { orientation: 'horizontal', width: 640, formatYear });
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

  it('lays out vertically: axis on the left, rows sharing the measured list height, labels right-aligned', () => {
    const layout = layoutTimeline(stages, { orientation: 'vertical', width: 320, height: 500, formatYear });
    expect(layout.orientation).to.equal('vertical');
    expect(layout.height).to.equal(500);
    expect(layout.stages.map((m) => m.slot.y)).to.deep.equal([50, 150, 250, 350, 450]);
    expect(layout.stages.map((m) => m.cy)).to.deep.equal([50, round(50 + 400 / 6), round(50 + 400 / 3), 250, 450]);
    expect(new Set(layout.stages.map((m) => m.cx)).size).to.equal(1);
    expect(layout.stages.every((m) => m.slot.x === layout.width)).to.equal(true);
    expect(layout.stages.every((m) => m.label.anchor === 'end' && m.label.x < m.cx)).to.equal(true);
    // the gutter fits the widest label (本世纪中叶, five CJK characters at 12 px) left of the axis
    expect(layout.stages[0].cx - 6).to.be.greaterThan(estimateTextWidth('本世纪中叶', 12));
    expect(layout.axis).to.equal(`M${layout.stages[0].cx},50L${layout.stages[0].cx},250`);
    // the width given is irrelevant to the vertical gutter
    expect(layoutTimeline(stages, { orientation: 'vertical', width: 900, height: 500 }).width).to.equal(
      layoutTimeline(stages, { orientation: 'vertical', width: 200, height: 500 }).width,
    );
  });

  it('keeps vertical tick labels at least a line apart when stages crowd', () => {
    const layout = layoutTimeline(stages, { orientation: 'vertical', width: 0, height: 120, formatYear });
    const ys = layout.stages.map((m) => m.label.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).to.be.at.least(16);
  });

  it('falls back to nominal sizes when the size is unknown (0), e.g. hidden or on the server', () => {
    expect(layoutTimeline(stages, { orientation: 'horizontal', width: 0 }).width).to.equal(DEFAULT_WIDTH);
    expect(layoutTimeline(stages, { orientation: 'horizontal', width: -5 }).width).to.equal(DEFAULT_WIDTH);
    expect(layoutTimeline(stages, { orientation: 'vertical', width: 0 }).height).to.equal(5 * NOMINAL_ROW);
    expect(layoutTimeline(stages, { orientation: 'vertical', width: 0, height: 0 }).height).to.equal(5 * NOMINAL_ROW);
  });

  it('stacks colliding tick labels on two rows in a narrow horizontal chart', () => {
    const layout = layoutTimeline(stages, { orientation: 'horizontal', width: 320, formatYear });
    const rows = new Set(layout.stages.map((m) => m.label.y));
    expect(rows.size).to.equal(2);
    // no two labels on the same row overlap (estimated widths), and all stay inside the chart
    const boxes = layout.stages.map((m) => {
      const w = estimateTextWidth(m.label.text, 12);
      const x0 = m.label.anchor === 'start' ? m.label.x : m.label.anchor === 'end' ? m.label.x - w : m.label.x - w / 2;
      return { y: m.label.y, x0, x1: x0 + w };
    });
    for (const b of boxes) {
      expect(b.x0).to.be.at.least(0);
      expect(b.x1).to.be.at.most(320);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (boxes[i].y === boxes[j].y) expect(boxes[j].x0 >= boxes[i].x1 || boxes[i].x0 >= boxes[j].x1).to.equal(true);
      }
    }
    // a wide chart needs one row only
    expect(
      new Set(layoutTimeline(stages, { orientation: 'horizontal', width: 900, formatYear }).stages.map((m) => m.label.y)).size,
    ).to.equal(1);
  });

  it('scales a subset to its own years (2025, 2030, 2035: no dashed segment)', () => {
    const layout = layoutTimeline(pick('2025', '2030', '2035'), { orientation: 'horizontal', width: 600, formatYear });
    expect(layout.stages.map((m) => m.cx)).to.deep.equal([100, 300, 500]);
    expect(layout.approximateAxis).to.equal('');
    expect(layout.minorTicks.match(/M/g)).to.have.length(8); // 2026…2034 without 2030
  });

  it('centres a single stage and draws a short axis stub; an empty list gives an empty chart', () => {
    const one = layoutTimeline(pick('2030'), { orientation: 'horizontal', width: 400 });
    expect(one.stages[0].cx).to.equal(200);
    expect(nums(one.axis).filter((_, i) => i % 2 === 0)).to.deep.equal([176, 224]);
    const mid = layoutTimeline(pick('mid-century'), { orientation: 'vertical', width: 400, height: 100 });
    expect(mid.stages[0].cy).to.equal(50);
    expect(mid.axis).to.equal('');
    expect(mid.approximateAxis).not.to.equal('');
    const none = layoutTimeline([], { orientation: 'horizontal', width: 400 });
    expect(none.stages).to.deep.equal([]);
    expect(none.axis + none.approximateAxis + none.minorTicks).to.equal('');
  });

  it('estimates label widths (CJK 1 em, digits about 0.62 em) and rounds to 0.1 px', () => {
    expect(estimateTextWidth('本世纪中叶', 12)).to.equal(60);
    expect(round(estimateTextWidth('2025年', 10))).to.equal(34.8);
    expect(round(1.26)).to.equal(1.3);
    expect(Object.is(round(-0.01), 0)).to.equal(true);
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
      opts: { orientation: 'horizontal', width: 640, formatYear },
      selected: '2025',
    },
    {
      file: 'timeline-vertical.svg.txt',
      ids: ['2020', '2025', '2030', '2035', 'mid-century'],
      opts: { orientation: 'vertical', width: 320, height: 480, formatYear },
      selected: 'mid-century',
    },
    {
      file: 'timeline-narrow.svg.txt',
      ids: ['2020', '2025', '2030', '2035', 'mid-century'],
      opts: { orientation: 'horizontal', width: 360, formatYear },
      selected: '2030',
    },
    {
      file: 'timeline-subset.svg.txt',
      ids: ['2025', '2030', '2035'],
      opts: { orientation: 'horizontal', width: 360, formatYear },
      selected: '2035',
    },
  ];
  for (const c of cases) {
    it(`matches ${c.file}`, async () => {
      const host = document.createElement('div');
      render(renderTimelineChart(layoutTimeline(pick(...c.ids), c.opts), c.selected), host);
      const actual = serializeSvg(host.querySelector('svg')!);
      const expected = await loadSnapshot(c.file);
      if (actual !== expected) console.log(`--- actual ${c.file} ---\n${actual}\n--- end ---`);
      expect(actual).to.equal(expected);
      expect(actual).not.to.contain('2050');
    });
  }
});
