import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { getStage, stages, STAGE_IDS } from '../../data/stages.js';
import { stageFigures } from '../../data/figure-index.js';
import { PlanStageSelectEvent, PlanTimeline } from '../../define/plan-timeline.js';
import '../../define/plan-article.js';
import { loadSeed, warningsOfEachTest } from '../../../test/helpers/index.js';
import { planMeta } from '../../data/article-index.js';

const $ = (el: PlanTimeline, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: PlanTimeline, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const buttons = (el: PlanTimeline) => $$(el, 'button.stage') as HTMLButtonElement[];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const pressed = (el: PlanTimeline) =>
  buttons(el)
    .filter((b) => b.getAttribute('aria-checked') === 'true')
    .map((b) => b.dataset.stage);
/** A point of an SVG path (0 = start, 1 = end) in viewport px, through the stretched viewBox. */
const pathPoint = (p: SVGPathElement, at: 0 | 1) => {
  const q = p.getPointAtLength(at * p.getTotalLength());
  return new DOMPoint(q.x, q.y).matrixTransform(p.getScreenCTM()!);
};
/** The connectors of the chart on display (the other orientation's chart is display:none under `auto`). */
const shownAxis = (el: PlanTimeline) => $(el, `.axis.${el.effectiveOrientation}`)!;
const connectors = (el: PlanTimeline) => [...shownAxis(el).querySelectorAll<SVGPathElement>('path.connector')];
const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });

/** Every connector starts at its marker and ends at its stage (column top centre, or row middle left). */
function expectAligned(el: PlanTimeline) {
  const vertical = el.effectiveOrientation === 'vertical';
  const markers = [...shownAxis(el).querySelectorAll('circle.marker')];
  const slots = $$(el, '.slot');
  connectors(el).forEach((p, i) => {
    const end = pathPoint(p, 1);
    const start = pathPoint(p, 0);
    const slot = slots[i].getBoundingClientRect();
    const marker = centre(markers[i].getBoundingClientRect());
    if (vertical) {
      expect(Math.abs(end.y - (slot.top + slot.height / 2)), `row ${i}`).to.be.below(2);
      expect(Math.abs(end.x - slot.left), `row ${i}`).to.be.below(2);
      expect(Math.abs(start.y - marker.y), `marker ${i}`).to.be.below(2);
    } else {
      expect(Math.abs(end.x - (slot.left + slot.width / 2)), `column ${i}`).to.be.below(2);
      expect(Math.abs(end.y - slot.top), `column ${i}`).to.be.below(2);
      expect(Math.abs(start.x - marker.x), `marker ${i}`).to.be.below(2);
    }
  });
}
const XSS = '<img src=x onerror=alert(1)>';

/** After the next frame (CSS layout only), `el` is laid out in `orientation` with its connectors aligned. */
async function expectLaidOut(el: PlanTimeline, orientation: 'horizontal' | 'vertical') {
  await nextFrame();
  expect(el.effectiveOrientation).to.equal(orientation);
  expectAligned(el);
}

/** Fixtures sit in a sized box so `orientation="auto"` is deterministic (no measuring: one render is final). */
async function timeline(template: ReturnType<typeof html>, width = 800): Promise<PlanTimeline> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = box.querySelector('plan-timeline')!;
  await el.updateComplete;
  return el;
}

const warnings = { messages: warningsOfEachTest() };

describe('<plan-timeline>', () => {
  it('is registered and renders the five stages from the dataset, in order, with labels and headlines', async () => {
    const el = await timeline(html`<plan-timeline></plan-timeline>`);
    expect(customElements.get('plan-timeline')).to.equal(PlanTimeline);
    const items = buttons(el);
    expect(items.map((b) => b.dataset.stage)).to.deep.equal(['2020', '2025', '2030', '2035', 'mid-century']);
    items.forEach((b, i) => {
      expect(text(b.querySelector('.stage-label'))).to.equal(stages[i].label);
      expect(text(b.querySelector('.stage-headline'))).to.equal(stages[i].headline);
    });
    // literal strings, checked against the seed
    const seed = (await loadSeed()).replace(/\s+/g, '');
    const literal = ['二〇二〇年', '二〇二五年', '二〇三〇年', '二〇三五年', '本世纪中叶'];
    expect(items.map((b) => text(b.querySelector('.stage-label')))).to.deep.equal(literal);
    expect(text(items[1].querySelector('.stage-headline'))).to.equal('建成现代化国际化创新型城市，基本实现社会主义现代化');
    expect(text(items[4].querySelector('.stage-headline'))).to.equal('那时的深圳将是让世界刮目相看的另一番景象');
    for (const s of [...literal, '建成现代化国际化创新型城市，基本实现社会主义现代化', '那时的深圳将是让世界刮目相看的另一番景象']) {
      expect(seed).to.contain(s);
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('is accessible: a labelled radio group of stages (one checked), the SVG hidden from assistive technology', async () => {
    const el = await timeline(html`<plan-timeline></plan-timeline>`);
    await expect(el).to.be.accessible();
    const group = $(el, '.stages')!;
    expect(group.getAttribute('role')).to.equal('radiogroup');
    expect(group.getAttribute('aria-label')).to.equal('发展阶段');
    const radios = [...group.querySelectorAll('button')];
    expect(radios.map((b) => b.getAttribute('role'))).to.deep.equal(Array(5).fill('radio'));
    expect(radios.map((b) => b.getAttribute('aria-checked'))).to.deep.equal(['false', 'true', 'false', 'false', 'false']);
    expect($$(el, 'svg').length).to.be.greaterThan(0);
    expect($$(el, 'svg').every((svg) => svg.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect($$(el, '[part="axis"]').every((a) => a.querySelectorAll('svg').length === 2)).to.equal(true);
    expect($(el, '[part~="base"]')).to.exist;
    expect($$(el, '[part~="stage"]')).to.have.length(5);
    expect($(el, '[part~="details"]')).to.exist;
  });

  it('selects 2025 by default and shows its headline, goals, figures and source link', async () => {
    const el = await timeline(html`<plan-timeline></plan-timeline>`);
    expect(el.selectedStage?.id).to.equal('2025');
    expect(pressed(el)).to.deep.equal(['2025']);
    expect(el.hasAttribute('selected')).to.equal(false); // the default is not written back
    const stage = getStage('2025')!;
    const details = $(el, '[part="details"]')!;
    // a named <section> is a region landmark (implicit role)
    expect(details.localName).to.equal('section');
    const labelledBy = el.shadowRoot!.getElementById(details.getAttribute('aria-labelledby')!)!;
    expect(text(labelledBy)).to.equal(stage.label);
    expect(text(details.querySelector('.details-headline'))).to.equal(stage.headline);
    expect($$(el, '.goals li').map(text)).to.deep.equal([...stage.goals]);
    expect($$(el, '.goals li').map(text)).to.deep.equal([
      '经济实力、发展质量跻身全球城市前列',
      '研发投入强度、产业创新能力世界一流',
      '文化软实力大幅提升',
      '公共服务水平和生态环境质量达到国际先进水平',
    ]);
    expect(text($(el, '.section-title'))).to.equal('主要目标');
    // figure chips: qualifier / value / unit as the plan writes them (左右 after the value)
    const chips = $$(el, '[part="figure"]');
    expect(chips.map((c) => text(c.querySelector('.figure-value')))).to.deep.equal(['超过4万亿元', '5%左右', '翻番']);
    // …and shown without gaps inside the value (an editor writes 超过4万亿元, 5%左右, not 超过 4 万亿元)
    for (const c of chips.slice(0, 2)) {
      const boxes = [...c.querySelector('.figure-value')!.children].map((e) => e.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].left - boxes[i - 1].right, text(c)).to.be.below(0.5);
    }
    expect(chips.map((c) => text(c.querySelector('.figure-label')))).to.deep.equal(stageFigures(stage).map((f) => f.label));
    expect(text(chips[0].querySelector('.value'))).to.equal('4');
    expect(text(chips[1].querySelector('.qualifier'))).to.equal('左右');
    expect(chips[1].querySelector('.figure-value')!.lastElementChild!.className).to.equal('qualifier');
    // figures from other articles name them (as text: on this page no element has id="article-N", see below)
    expect(chips.map((c) => text(c.querySelector('.figure-source')))).to.deep.equal(['第7条', '第7条', '第35条']);
    expect(chips.some((c) => c.querySelector('a[href]') !== null)).to.equal(false);
    const seed = (await loadSeed()).replace(/\s+/g, '');
    for (const s of ['经济总量超过4万亿元', '达5%左右', '实现数字经济五年翻番']) expect(seed).to.contain(s);
    const source = $(el, '[part="source-link"]')!;
    expect(source.localName).to.equal('a');
    expect(source.hasAttribute('href'), 'an <a> without href: text, not a link').to.equal(false);
    expect(text(source)).to.equal('原文第4条');
  });

  for (const id of STAGE_IDS) {
    it(`shows stage ${id} when selected (accessible, details from the dataset)`, async () => {
      const el = await timeline(html`<plan-timeline selected=${id}></plan-timeline>`);
      const stage = getStage(id)!;
      expect(pressed(el)).to.deep.equal([id]);
      expect(text($(el, '.details-label'))).to.equal(stage.label);
      expect(text($(el, '.details-headline'))).to.equal(stage.headline);
      expect($$(el, '.goals li').map(text)).to.deep.equal([...stage.goals]);
      expect($$(el, '[part="figure"]')).to.have.length(stageFigures(stage).length);
      expect($$(el, 'g.mark.selected').map((g) => g.dataset.stage)).to.deep.equal([id, id]); // both orientations' charts
      // the selected marker is drawn larger: 8 px of a 12 px tick label (0.667em), 6 px for the others
      expect($(el, 'g.mark.selected circle')!.getAttribute('r')).to.equal('0.667em');
      expect($(el, 'g.mark:not(.selected) circle')!.getAttribute('r')).to.equal('0.5em');
      await expect(el).to.be.accessible();
    });
  }

  it('shows the 2020 outcomes with an estimate tag, and the 2035 doubling with its base and without a unit', async () => {
    const el = await timeline(html`<plan-timeline selected="2020"></plan-timeline>`);
    expect(text($(el, '.section-title'))).to.equal('主要成就');
    const gdp = $$(el, '[part="figure"]')[0];
    expect(text(gdp.querySelector('.figure-label'))).to.equal('地区生产总值');
    expect(text(gdp.querySelector('.figure-value'))).to.equal('超过2.8万亿元');
    expect(text(gdp.querySelector('.tag'))).to.equal('预计');
    expect(gdp.querySelector('a')).to.equal(null); // same article as the stage
    el.selected = '2035';
    await el.updateComplete;
    const chips = $$(el, '[part="figure"]');
    expect(chips.map((c) => text(c.querySelector('.figure-value')))).to.deep.equal(['翻一番', '翻一番']);
    expect(text(chips[0].querySelector('.figure-base'))).to.equal('基数：二〇二〇年');
    const seed = (await loadSeed()).replace(/\s+/g, '');
    for (const s of ['预计二〇二〇年地区生产总值超过2.8万亿元', '在二〇二〇年基础上翻一番']) expect(seed).to.contain(s);
  });

  it('labels the axis with the same words as the list (本世纪中叶 for mid-century) and never prints 2050', async () => {
    const el = await timeline(html`<plan-timeline selected="mid-century"></plan-timeline>`);
    const labels = [...shownAxis(el).querySelectorAll('text.tick-label')].map(text);
    expect(labels).to.deep.equal(['二〇二〇年', '二〇二五年', '二〇三〇年', '二〇三五年', '本世纪中叶']);
    expect(labels).to.deep.equal(buttons(el).map((b) => text(b.querySelector('.stage-label'))));
    expect(el.shadowRoot!.textContent).not.to.contain('2050');
    expect(el.shadowRoot!.innerHTML).not.to.contain('2050');
    expect(text($(el, '.note'))).to.equal('本世纪中叶的位置仅为示意');
    expect($(el, '.axis-line.approximate')).to.exist;
    expect($$(el, '[part="figure"]')).to.have.length(0);
  });

  it('has its new state already when plan-stage-select fires', async () => {
    const el = await timeline(html`<plan-timeline></plan-timeline>`);
    const seen: Array<[string | undefined, string | undefined, string]> = [];
    el.addEventListener('plan-stage-select', (e) => seen.push([el.selected, el.selectedStage?.id, e.stage]));
    buttons(el)[3].click();
    expect(seen).to.deep.equal([['2035', '2035', '2035']]);
  });

  it('announces user selections only, not a `selected` set by the page (scrollytelling stays quiet)', async () => {
    const el = await timeline(html`<plan-timeline></plan-timeline>`);
    const live = $(el, '[aria-live="polite"]')!;
    el.selected = '2030';
    await el.updateComplete;
    expect(text(live)).to.equal('');
    buttons(el)[0].click();
    await el.updateComplete;
    expect(text(live)).to.equal(`已选择二〇二〇年：${getStage('2020')!.headline}`);
    el.selected = '2035';
    await el.updateComplete;
    expect(text(live)).to.equal('');
  });

  it('selects on click: reflects `selected`, fires a typed, bubbling, composed plan-stage-select event and announces it', async () => {
    const el = await timeline(html`<plan-timeline></plan-timeline>`);
    const live = $(el, '[aria-live="polite"]')!;
    expect(text(live)).to.equal('');
    setTimeout(() => buttons(el)[2].click());
    const event = (await oneEvent(document, 'plan-stage-select')) as unknown as PlanStageSelectEvent;
    expect(event).to.be.instanceOf(PlanStageSelectEvent);
    expect(event.stage).to.equal('2030');
    expect(event.previous).to.equal('2025');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('2030');
    expect(pressed(el)).to.deep.equal(['2030']);
    expect(text(live)).to.equal(`已选择二〇三〇年：${getStage('2030')!.headline}`);
    expect(text($(el, '.details-label'))).to.equal('二〇三〇年');
    await expect(el).to.be.accessible();
  });

  it('selects by clicking a marker in the chart too', async () => {
    const el = await timeline(html`<plan-timeline></plan-timeline>`);
    const events: PlanStageSelectEvent[] = [];
    el.addEventListener('plan-stage-select', (e) => events.push(e));
    $(el, 'g.mark[data-stage="2035"] circle')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(events.map((e) => e.stage)).to.deep.equal(['2035']);
    expect(el.selected).to.equal('2035');
  });

  it('does not fire the event when `selected` is set by the page, or when the selected stage is clicked again', async () => {
    const el = await timeline(html`<plan-timeline></plan-timeline>`);
    const events: Event[] = [];
    el.addEventListener('plan-stage-select', (e) => events.push(e));
    el.setAttribute('selected', '2035');
    await el.updateComplete;
    el.selected = '2020';
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['2020']);
    buttons(el)[0].click();
    await el.updateComplete;
    expect(events).to.have.length(0);
    buttons(el)[1].click();
    await el.updateComplete;
    expect(events).to.have.length(1);
  });

  describe('keyboard', () => {
    const focused = (el: PlanTimeline) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.stage;

    it('radio group: one tab stop (the checked stage); arrows move and select, wrapping; Home/End; Space keeps it', async () => {
      const el = await timeline(html`<plan-timeline></plan-timeline>`);
      expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1]);
      const events: string[] = [];
      el.addEventListener('plan-stage-select', (e) => events.push(e.stage));
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('2025');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal('2030');
      expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([-1, -1, 0, -1, -1]);
      expect(events).to.deep.equal(['2030']); // a radio group selects as focus moves
      expect(pressed(el)).to.deep.equal(['2030']);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)).to.equal('mid-century');
      await sendKeys({ press: 'ArrowRight' }); // wraps to the start
      await el.updateComplete;
      expect(focused(el)).to.equal('2020');
      await sendKeys({ press: 'ArrowLeft' }); // and back to the end
      await el.updateComplete;
      expect(focused(el)).to.equal('mid-century');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused(el)).to.equal('2020');
      await sendKeys({ press: 'ArrowDown' }); // ↓/↑ move too, whatever the orientation
      await el.updateComplete;
      expect(focused(el)).to.equal('2025');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(focused(el)).to.equal('2020');
      await sendKeys({ press: ' ' }); // 'Space' is unknown to Firefox's BiDi keyboard; ' ' works in all three
      await el.updateComplete;
      expect(events).to.deep.equal(['2030', 'mid-century', '2020', 'mid-century', '2020', '2025', '2020']);
      expect(pressed(el)).to.deep.equal(['2020']);
      // one tab stop: Tab leaves the group
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === null || !buttons(el).includes(el.shadowRoot!.activeElement as HTMLButtonElement)).to.equal(
        true,
      );
      before.remove();
    });

    it('moves with ↑/↓ when vertical', async () => {
      const el = await timeline(html`<plan-timeline orientation="vertical"></plan-timeline>`);
      buttons(el)[1].focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)).to.equal('2030');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(focused(el)).to.equal('2020');
      expect(el.selected).to.equal('2020');
    });

    it('moves the tab stop with `selected` when the page sets it', async () => {
      const el = await timeline(html`<plan-timeline></plan-timeline>`);
      buttons(el)[1].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      el.selected = '2020';
      await el.updateComplete;
      expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
      expect(pressed(el)).to.deep.equal(['2020']);
    });

    it('shows a visible focus ring', async () => {
      const el = await timeline(html`<plan-timeline></plan-timeline>`);
      buttons(el)[1].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const style = getComputedStyle(el.shadowRoot!.activeElement!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('orientation', () => {
    it('auto: horizontal from 45em of its own width, vertical below (a container query); explicit values win', async () => {
      const wide = await timeline(html`<plan-timeline></plan-timeline>`, 800);
      expect(wide.effectiveOrientation).to.equal('horizontal');
      expect($(wide, '.base')!.classList.contains('auto')).to.equal(true);
      const narrow = await timeline(html`<plan-timeline></plan-timeline>`, 700);
      expect(narrow.effectiveOrientation).to.equal('vertical');
      const forced = await timeline(html`<plan-timeline orientation="horizontal"></plan-timeline>`, 320);
      expect(forced.effectiveOrientation).to.equal('horizontal');
      expect($$(forced, '.axis').map((a) => a.classList.contains('horizontal'))).to.deep.equal([true]);
      const vertical = await timeline(html`<plan-timeline orientation="vertical"></plan-timeline>`, 800);
      expect(vertical.effectiveOrientation).to.equal('vertical');
      // three stages, or compact, fit horizontally from 30em
      expect((await timeline(html`<plan-timeline stages="2025,2030,2035"></plan-timeline>`, 500)).effectiveOrientation).to.equal(
        'horizontal',
      );
      expect((await timeline(html`<plan-timeline compact></plan-timeline>`, 500)).effectiveOrientation).to.equal('horizontal');
      expect((await timeline(html`<plan-timeline></plan-timeline>`, 500)).effectiveOrientation).to.equal('vertical');
      await expect(narrow).to.be.accessible();
      await expect(vertical).to.be.accessible();
    });

    it('lines the connectors up with the stages and markers (horizontal columns, vertical rows), at any width', async () => {
      for (const width of [280, 375, 600, 720, 1000, 1200]) {
        const el = await timeline(html`<plan-timeline></plan-timeline>`, width);
        expect(el.effectiveOrientation).to.equal(width >= 720 ? 'horizontal' : 'vertical');
        expectAligned(el);
      }
      expectAligned(await timeline(html`<plan-timeline orientation="horizontal" stages="2025,2030,2035"></plan-timeline>`, 400));
    });

    it('renders once: the first render is final (no measuring, no re-render after it)', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:375px"></div>`);
      const el = document.createElement('plan-timeline');
      let updates = 0;
      const spied = el as unknown as { updated: (c: Map<string, unknown>) => void };
      const original = spied.updated.bind(el);
      spied.updated = (c) => {
        updates++;
        original(c);
      };
      box.append(el);
      await el.updateComplete;
      for (let i = 0; i < 5; i++) await nextFrame();
      expect(updates).to.equal(1);
      expect(el.effectiveOrientation).to.equal('vertical');
      expectAligned(el);
    });

    it('is right when created hidden and shown later, with no re-render', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="display:none;width:320px"><plan-timeline></plan-timeline></div>`);
      const el = box.querySelector('plan-timeline')!;
      await el.updateComplete;
      box.style.display = 'block';
      await expectLaidOut(el, 'vertical');
      box.style.width = '900px';
      await expectLaidOut(el, 'horizontal');
      await expect(el).to.be.accessible();
    });

    it('follows a move to another container (a page that re-parents widgets)', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div><div class="narrow" style="width:360px"></div><div class="wide" style="width:960px"></div></div>`,
      );
      const el = document.createElement('plan-timeline');
      page.querySelector('.narrow')!.append(el);
      await el.updateComplete;
      expect(el.effectiveOrientation).to.equal('vertical');
      page.querySelector('.wide')!.append(el);
      await el.updateComplete;
      await expectLaidOut(el, 'horizontal');
      page.querySelector('.narrow')!.append(el);
      await el.updateComplete;
      await expectLaidOut(el, 'vertical');
    });

    it('follows the font size: the breakpoint is in em, so larger text goes vertical sooner', async () => {
      const el = await timeline(html`<plan-timeline></plan-timeline>`, 800);
      expect(el.effectiveOrientation).to.equal('horizontal');
      el.style.fontSize = '20px'; // 45em = 900px > 800px
      await expectLaidOut(el, 'vertical');
      el.style.fontSize = '';
      await expectLaidOut(el, 'horizontal');
    });

    it('never breaks a stage label inside, and keeps headlines short enough, from 280 to 1200 px', async () => {
      for (let width = 280; width <= 1200; width += 40) {
        for (const stagesAttr of ['', '2025,2030,2035']) {
          const el = await timeline(html`<plan-timeline stages=${stagesAttr || nothing}></plan-timeline>`, width);
          for (const b of buttons(el)) {
            const label = b.querySelector('.stage-label')!;
            const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
            expect(label.getBoundingClientRect().height, `${width}px ${text(label)}`).to.be.below(lineHeight * 1.5);
            const headline = b.querySelector('.stage-headline')!;
            const lines = Math.round(headline.getBoundingClientRect().height / lineHeight);
            expect(lines, `${width}px ${el.effectiveOrientation}: headline of ${b.dataset.stage}`).to.be.at.most(7);
          }
        }
      }
    });
  });

  describe('each marker reads as its own stage’s (issue #18)', () => {
    /**
     * Horizontal: each marker and its tick label stand over its own stage's column, inside that column's box and
     * outside every other column's (before, the 2035 marker stood over 二〇三〇年's column and 2030's over 二〇二五年's).
     * Vertical: each marker beside its own row.
     */
    function expectOwn(el: PlanTimeline, label: string) {
      const vertical = el.effectiveOrientation === 'vertical';
      const axis = shownAxis(el);
      const markers = [...axis.querySelectorAll('circle.marker')].map((m) => centre(m.getBoundingClientRect()));
      const ticks = [...axis.querySelectorAll('text.tick-label')].map((t) => t.getBoundingClientRect());
      const slots = $$(el, '.slot').map((s) => s.getBoundingClientRect());
      expect(markers.length, label).to.equal(slots.length);
      slots.forEach((own, i) => {
        const [at, lo, hi] = vertical ? [markers[i].y, own.top, own.bottom] : [markers[i].x, own.left, own.right];
        expect(at, `${label}: marker ${i} inside its own ${vertical ? 'row' : 'column'}`).to.be.within(lo, hi);
        slots.forEach((other, j) => {
          if (j === i) return;
          const [olo, ohi] = vertical ? [other.top, other.bottom] : [other.left, other.right];
          expect(at >= olo && at <= ohi, `${label}: marker ${i} over stage ${j}`).to.equal(false);
        });
        // horizontal: the tick label is centred on its marker, within its column
        if (!vertical) {
          expect(Math.abs(ticks[i].left + ticks[i].width / 2 - markers[i].x), `${label}: tick ${i} centred`).to.be.below(1.5);
          expect(ticks[i].left, `${label}: tick ${i} in its column`).to.be.at.least(own.left - 1);
          expect(ticks[i].right, `${label}: tick ${i} in its column`).to.be.at.most(own.right + 1);
        }
      });
    }

    for (const width of [375, 480, 720, 1280]) {
      it(`at ${width}px, every stage and subset`, async () => {
        for (const subset of ['', '2020,2030,2035', '2025,2035,mid-century', '2020,mid-century']) {
          const el = await timeline(html`<plan-timeline stages=${subset || nothing}></plan-timeline>`, width);
          await nextFrame();
          expectOwn(el, `${width}px ${subset || 'all'} ${el.effectiveOrientation}`);
          if (width >= 720) expect(el.effectiveOrientation).to.equal('horizontal');
        }
      });
    }

    it('forced horizontal in a narrow column too', async () => {
      const el = await timeline(html`<plan-timeline orientation="horizontal"></plan-timeline>`, 560);
      await nextFrame();
      expectOwn(el, 'horizontal at 560px');
    });
  });

  describe('axis labels follow the page’s font size (issue #18)', () => {
    for (const orientation of ['horizontal', 'vertical'] as const) {
      it(`${orientation}: 12 px on a 16 px page, 18 px on a 24 px page; markers and the label gutter grow with them`, async () => {
        const measure = async (px: number) => {
          const box = await fixture<HTMLDivElement>(
            html`<div style="width:800px;font-size:${px}px"><plan-timeline orientation=${orientation}></plan-timeline></div>`,
          );
          const el = box.querySelector('plan-timeline')!;
          await el.updateComplete;
          await nextFrame();
          const axis = shownAxis(el);
          const tick = axis.querySelector('text.tick-label')!;
          // the radius as the engine resolves it (0.5em of the tick label font), in px; a circle's box includes its
          // stroke in some engines and not in others
          const marker = { width: 2 * axis.querySelector<SVGCircleElement>('g.mark:not(.selected) circle')!.r.baseVal.value };
          const stage = $$(el, '.slot')[0].getBoundingClientRect();
          expectAligned(el);
          return {
            font: parseFloat(getComputedStyle(tick).fontSize),
            marker: marker.width,
            inset: stage.left - el.getBoundingClientRect().left,
          };
        };
        const normal = await measure(16);
        const large = await measure(24);
        expect(normal.font).to.equal(12);
        expect(large.font).to.equal(18);
        expect(normal.marker).to.be.closeTo(12, 0.5); // r 6 px
        expect(large.marker / normal.marker).to.be.closeTo(1.5, 0.15);
        // vertical: the list starts after the gutter of the widest label, which grows with the font
        if (orientation === 'vertical') expect(large.inset / normal.inset).to.be.closeTo(1.5, 0.05);
      });
    }
  });

  describe('share links: hash-bookmark (issue #18)', () => {
    let start = '';
    beforeEach(() => (start = location.href));
    afterEach(() => history.replaceState(history.state, '', start));
    const setHash = (h: string) => history.replaceState(history.state, '', `${location.pathname}${location.search}${h}`);

    it('#plan-stage=2035 in the URL selects that stage on load, silently; without hash-bookmark it is ignored', async () => {
      setHash('#plan-stage=2035');
      const events: string[] = [];
      const listen = (e: Event) => events.push((e as PlanStageSelectEvent).stage);
      document.addEventListener('plan-stage-select', listen);
      try {
        const el = await timeline(html`<plan-timeline hash-bookmark></plan-timeline>`);
        expect(el.selected).to.equal('2035');
        expect(pressed(el)).to.deep.equal(['2035']);
        const plain = await timeline(html`<plan-timeline></plan-timeline>`);
        expect(plain.selectedStage?.id).to.equal('2025');
      } finally {
        document.removeEventListener('plan-stage-select', listen);
      }
      expect(events, 'a share link is not the reader selecting').to.deep.equal([]);
    });

    it('the reader’s selection writes #plan-stage=… without adding history entries; a changed fragment selects', async () => {
      const el = await timeline(html`<plan-timeline hash-bookmark></plan-timeline>`);
      const entries = history.length;
      buttons(el)
        .find((b) => b.dataset.stage === '2030')!
        .click();
      expect(location.hash).to.equal('#plan-stage=2030');
      buttons(el)
        .find((b) => b.dataset.stage === '2035')!
        .click();
      expect(location.hash).to.equal('#plan-stage=2035');
      expect(history.length).to.equal(entries);
      location.hash = '#plan-stage=mid-century';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(el.selected).to.equal('mid-century');
      // a stage the element does not show, or garbage, changes nothing and throws nothing
      for (const h of ['#plan-stage=2050', `#plan-stage=${encodeURIComponent(XSS)}`, '#plan-stage=']) {
        location.hash = h;
        await oneEvent(window, 'hashchange');
        await el.updateComplete;
        expect(el.selected, h).to.equal('mid-century');
      }
      const subset = await timeline(html`<plan-timeline hash-bookmark stages="2020,2025"></plan-timeline>`);
      expect(subset.selectedStage?.id, 'not one of its stages').to.equal('2025');
    });

    it('the details panel’s 复制链接 copies the link to the selected stage and says so', async () => {
      const copied: string[] = [];
      const had = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) },
      });
      try {
        const el = await timeline(html`<plan-timeline hash-bookmark selected="2035"></plan-timeline>`);
        const share = $(el, '[part~="share"]')!;
        expect(text(share)).to.contain('复制链接');
        expect(text(share)).to.contain('二〇三五年'); // its accessible name says which stage
        share.click();
        await new Promise((r) => setTimeout(r, 0));
        await el.updateComplete;
        expect(copied.length).to.equal(1);
        expect(new URL(copied[0]).hash).to.equal('#plan-stage=2035');
        expect(text($(el, '[aria-live="polite"]'))).to.equal('链接已复制');
        await expect(el).to.be.accessible();
      } finally {
        if (had) Object.defineProperty(navigator, 'clipboard', had);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
      const plain = await timeline(html`<plan-timeline></plan-timeline>`);
      expect($(plain, '[part~="share"]'), 'no share button without hash-bookmark').to.equal(null);
    });
  });

  describe('stages subset', () => {
    it('shows only the listed stages, in chronological order, and scales to them', async () => {
      const el = await timeline(html`<plan-timeline stages="2035, 2025,2030"></plan-timeline>`);
      expect(buttons(el).map((b) => b.dataset.stage)).to.deep.equal(['2025', '2030', '2035']);
      expect(shownAxis(el).querySelectorAll('g.mark')).to.have.length(3);
      expect($(el, '.axis-line.approximate')).to.equal(null);
      expect($(el, '.note')).to.equal(null);
      expect(pressed(el)).to.deep.equal(['2025']);
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('ignores unknown ids and warns once naming the valid values', async () => {
      const el = await timeline(html`<plan-timeline stages="2025,2040,2035"></plan-timeline>`);
      await timeline(html`<plan-timeline stages="2025,2040,2035"></plan-timeline>`);
      expect(buttons(el).map((b) => b.dataset.stage)).to.deep.equal(['2025', '2035']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('2040').and.contain('2020, 2025, 2030, 2035, mid-century');
    });

    it('shows all stages when nothing valid remains, and selects the first shown stage when 2025 is left out', async () => {
      const el = await timeline(html`<plan-timeline stages="foo,,bar"></plan-timeline>`);
      expect(buttons(el)).to.have.length(5);
      expect(warnings.messages).to.have.length(1);
      const subset = await timeline(html`<plan-timeline stages="2030,mid-century"></plan-timeline>`);
      expect(pressed(subset)).to.deep.equal(['2030']);
      const other = await timeline(html`<plan-timeline stages="2030,mid-century" selected="2025"></plan-timeline>`);
      expect(pressed(other)).to.deep.equal(['2030']);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[1]).to.contain('selected="2025"').and.contain('2030, mid-century');
    });
  });

  describe('compact', () => {
    it('shows the axis and stage labels only (headlines stay in the accessible names), no details panel', async () => {
      const el = await timeline(html`<plan-timeline compact selected="2035"></plan-timeline>`);
      expect($(el, '[part="details"]')).to.equal(null);
      expect($(el, '.axis svg')).to.exist;
      const b = buttons(el)[3];
      expect(text(b)).to.contain(getStage('2035')!.headline);
      expect(b.querySelector<HTMLElement>('.stage-headline')!.getBoundingClientRect().width).to.be.at.most(1);
      await expect(el).to.be.accessible();
    });

    it('prints all headlines: the compact hiding rule applies to screens only', async () => {
      const el = await timeline(html`<plan-timeline compact></plan-timeline>`);
      const sheets = el.shadowRoot!.adoptedStyleSheets.length
        ? el.shadowRoot!.adoptedStyleSheets
        : [...el.shadowRoot!.querySelectorAll('style')].map((s) => s.sheet!);
      const hiding: CSSRule[] = [];
      const walk = (rules: CSSRuleList) => {
        for (const r of rules) {
          if (r instanceof CSSStyleRule && r.selectorText.includes('.compact .stage-headline')) hiding.push(r);
          if (r instanceof CSSMediaRule) walk(r.cssRules);
        }
      };
      sheets.forEach((s) => walk(s.cssRules));
      expect(hiding).to.have.length(1);
      expect((hiding[0].parentRule as CSSMediaRule).media.mediaText).to.equal('screen');
    });
  });

  describe('theme and locale', () => {
    it('is accessible in dark (theme="dark") and stays on the default for an unknown theme, warning once', async () => {
      const dark = await timeline(html`<plan-timeline theme="dark"></plan-timeline>`);
      await expect(dark).to.be.accessible();
      const vertical = await timeline(html`<plan-timeline theme="dark" selected="2020"></plan-timeline>`, 360);
      await expect(vertical).to.be.accessible();
      const odd = await timeline(html`<plan-timeline theme="sepia"></plan-timeline>`);
      expect(buttons(odd)).to.have.length(5);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('theme="sepia"').and.contain('light, dark');
    });

    it('falls back to zh-Hans for an unsupported lang (warned)', async () => {
      const el = await timeline(html`<plan-timeline lang="xx"></plan-timeline>`);
      expect(text($(el, '.section-title'))).to.equal('主要目标');
      expect(warnings.messages.some((m) => m.includes('lang="xx"'))).to.equal(true);
    });
  });

  describe('article-href', () => {
    it('builds source links from the template', async () => {
      const el = await timeline(html`<plan-timeline article-href="/plan/article-{n}"></plan-timeline>`);
      expect($(el, '[part="source-link"]')!.getAttribute('href')).to.equal('/plan/article-4');
      expect($$(el, '.figure-source').map((a) => a.getAttribute('href'))).to.deep.equal([
        '/plan/article-7',
        '/plan/article-7',
        '/plan/article-35',
      ]);
    });

    it('refuses an unsafe template: default links and one warning', async () => {
      const el = await timeline(html`<plan-timeline article-href="javascript:alert(1)//{n}"></plan-timeline>`);
      expect($(el, '[part="source-link"]')!.hasAttribute('href')).to.equal(false);
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('article-href');
    });
  });

  describe('links lead somewhere', () => {
    /** Elements with these ids, in the document (removed after the test). */
    const anchors: HTMLElement[] = [];
    const anchor = (id: string, parent: Node = document.body) => {
      const p = document.createElement('p');
      p.id = id;
      anchors.push(p);
      parent.appendChild(p);
      return p;
    };
    afterEach(() => anchors.splice(0).forEach((a) => a.remove()));
    const refs = (el: PlanTimeline) =>
      [...$$(el, '[part="source-link"]'), ...$$(el, '.figure-source')].map(
        (r) => `${r.localName} ${r.getAttribute('href') ?? '-'} ${text(r)}`,
      );

    it('alone on a page: every source reference is text (same words), no link to a missing #article-N', async () => {
      const el = await timeline(html`<plan-timeline></plan-timeline>`);
      expect(refs(el)).to.deep.equal(['a - 原文第4条', 'a - 第7条', 'a - 第7条', 'a - 第35条']);
      expect(el.shadowRoot!.querySelector('a[href^="#"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('links #article-N where the page has that id, and only there', async () => {
      anchor('article-4');
      anchor('article-35');
      const el = await timeline(html`<plan-timeline></plan-timeline>`);
      expect(refs(el)).to.deep.equal(['a #article-4 原文第4条', 'a - 第7条', 'a - 第7条', 'a #article-35 第35条']);
      await expect(el).to.be.accessible();
    });

    it('links to a <plan-article permalink> further down the page from its first render', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div style="width:800px"><plan-timeline></plan-timeline><plan-article number="4" permalink></plan-article></div>`,
      );
      const el = page.querySelector('plan-timeline')!;
      await el.updateComplete;
      expect($(el, '[part="source-link"]')!.getAttribute('href')).to.equal('#article-4');
      expect(page.querySelector('plan-article')!.id).to.equal('article-4');
    });

    it('checks when it renders: a target added later is linked from the next update', async () => {
      const el = await timeline(html`<plan-timeline></plan-timeline>`);
      anchor('article-4');
      expect($(el, '[part="source-link"]')!.hasAttribute('href')).to.equal(false);
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, '[part="source-link"]')!.getAttribute('href')).to.equal('#article-4');
      anchors.splice(0).forEach((a) => a.remove());
      el.selected = '2030';
      await el.updateComplete;
      expect($(el, '[part="source-link"]')!.hasAttribute('href')).to.equal(false);
    });

    it('in a shadow root: only an id in the document counts (a #fragment never reaches into a shadow root)', async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const el = document.createElement('plan-timeline');
      shadow.append(el);
      anchor('article-4', shadow);
      await el.updateComplete;
      expect($(el, '[part="source-link"]')!.hasAttribute('href')).to.equal(false);
      anchor('article-4');
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, '[part="source-link"]')!.getAttribute('href')).to.equal('#article-4');
    });

    it('always links with an article-href template from the page', async () => {
      const el = await timeline(html`<plan-timeline article-href="#article-{n}"></plan-timeline>`);
      expect(refs(el)).to.deep.equal(['a #article-4 原文第4条', 'a #article-7 第7条', 'a #article-7 第7条', 'a #article-35 第35条']);
    });
  });

  describe('source credit', () => {
    it('credits the plan: title and adoption date from the dataset, linking to the official text', async () => {
      const el = await timeline(html`<plan-timeline></plan-timeline>`);
      const credit = $(el, '[part="credit"]')!;
      expect(credit).to.exist;
      const [y, m, d] = planMeta.adoptedOn.split('-').map(Number);
      expect(text(credit)).to.equal(`来源：深圳“十四五”规划建议（${y}年${m}月${d}日通过）`);
      const seed = await loadSeed();
      for (const s of [planMeta.title, `${y}年${m}月${d}日`, planMeta.sourceUrl]) expect(seed).to.contain(s);
      expect(credit.querySelector('a')!.getAttribute('href')).to.equal(planMeta.sourceUrl);
      await expect(el).to.be.accessible();
      const compact = await timeline(html`<plan-timeline compact></plan-timeline>`);
      expect($(compact, '[part="credit"]')).to.exist;
    });

    it('no-credit turns it off; removing the attribute brings it back', async () => {
      const el = await timeline(html`<plan-timeline no-credit></plan-timeline>`);
      expect($(el, '[part="credit"]')).to.equal(null);
      el.removeAttribute('no-credit');
      await el.updateComplete;
      expect($(el, '[part="credit"]')).to.exist;
    });
  });

  describe('bad input', () => {
    it('falls back to 2025 for an unknown `selected`, warns once for many elements, and keeps the attribute', async () => {
      const el = await timeline(html`<plan-timeline selected="2050"></plan-timeline>`);
      await timeline(html`<plan-timeline selected="2050"></plan-timeline>`);
      expect(pressed(el)).to.deep.equal(['2025']);
      expect(el.getAttribute('selected')).to.equal('2050');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('selected="2050"').and.contain('2020, 2025, 2030, 2035, mid-century');
      expect(el.shadowRoot!.textContent).not.to.contain('2050');
    });

    it('falls back to auto for an unknown orientation and warns', async () => {
      const el = await timeline(html`<plan-timeline orientation="diagonal"></plan-timeline>`, 320);
      expect(el.effectiveOrientation).to.equal('vertical');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('auto, horizontal, vertical');
    });

    for (const attr of ['selected', 'stages', 'orientation', 'theme', 'article-href', 'lang']) {
      it(`treats HTML in ${attr} as an unknown value: no markup injected, renders normally, warns once`, async () => {
        const box = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
        const el = document.createElement('plan-timeline');
        el.setAttribute(attr, XSS);
        expect(() => box.append(el)).not.to.throw();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        expect(el.shadowRoot!.innerHTML).not.to.contain('<img');
        expect(buttons(el)).to.have.length(5);
        expect(pressed(el)).to.deep.equal(['2025']);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(attr);
        // a bad lang on the host is the page's own axe violation (valid-lang), which the element cannot fix
        await expect(el).to.be.accessible(attr === 'lang' ? { ignoredRules: ['valid-lang'] } : {});
      });
    }

    it('never throws for garbage property values', async () => {
      const el = await timeline(html`<plan-timeline></plan-timeline>`);
      for (const v of [undefined, '', ' ', '0', 'null', '{}', 'x'.repeat(10000)] as never[]) {
        el.selected = v;
        el.stages = v;
        el.orientation = v;
        await el.updateComplete;
        expect(buttons(el).length).to.equal(5);
      }
      expect(warnings.messages.every((m) => m.length < 400)).to.equal(true);
    });
  });
});
