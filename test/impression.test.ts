/**
 * Issue #18 part 2: `plan-impression`, for a newsroom's analytics — fired once when the reader first sees an element
 * (half of it in the viewport), not for an element below the fold, not again while it stays on the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PlanImpressionEvent } from '../src/internal/events.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
async function settle(ms = 300) {
  await frame();
  await new Promise((r) => setTimeout(r, ms));
}

describe('plan-impression', () => {
  const seen: string[] = [];
  const on = (e: Event) => seen.push(`${(e as PlanImpressionEvent).element}@${(e.target as Element).id}`);
  beforeEach(() => {
    seen.length = 0;
    document.addEventListener('plan-impression', on);
  });
  afterEach(() => {
    document.removeEventListener('plan-impression', on);
    window.scrollTo(0, 0);
  });

  it('fires once per element when it comes into view, for every element, not for one below the fold', async () => {
    const tags = ['plan-timeline', 'plan-target', 'plan-article', 'plan-outline', 'plan-search', 'plan-figures'];
    const page = await fixture<HTMLElement>(html`<div>
      <plan-target id="top" figure="gdp-2025"></plan-target>
      <div style="height: 3000px"></div>
      <plan-timeline id="t1"></plan-timeline>
      <plan-target id="t2" figure="gdp-2025"></plan-target>
      <plan-article id="t3" number="35"></plan-article>
      <plan-outline id="t4"></plan-outline>
      <plan-search id="t5"></plan-search>
      <plan-figures id="t6"></plan-figures>
    </div>`);
    await settle();
    expect(seen, 'only the element in view').to.deep.equal(['plan-target@top']);
    for (let i = 1; i <= tags.length; i++) {
      page.querySelector(`#t${i}`)!.scrollIntoView({ block: 'start' });
      await settle();
    }
    for (let i = 1; i <= tags.length; i++) expect(seen, tags[i - 1]).to.include(`${tags[i - 1]}@t${i}`);
    const before = seen.length;
    // scrolling back and forth: no second impression
    window.scrollTo(0, 0);
    await settle();
    page.querySelector('#t1')!.scrollIntoView();
    await settle();
    expect(seen.length).to.equal(before);
    expect(new Set(seen).size, 'each once').to.equal(seen.length);
  });

  it('bubbles out of the shadow roots (composed) and says which element; a removed element is no longer watched', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('plan-target');
    el.setAttribute('figure', 'gdp-2025');
    const got = new Promise<PlanImpressionEvent>((resolve) => wrap.addEventListener('plan-impression', resolve, { once: true }));
    wrap.append(el);
    const e = await got;
    expect(e.element).to.equal('plan-target');
    expect(e.target).to.equal(el);
    expect(e.bubbles && e.composed).to.equal(true);
    // removed before it was seen: nothing fires later
    const below = document.createElement('plan-target');
    below.setAttribute('figure', 'gdp-2025');
    below.style.cssText = 'display:block;margin-top:5000px';
    wrap.append(below);
    await settle();
    below.remove();
    below.style.marginTop = '0';
    await settle();
    expect(seen.filter((s) => s.startsWith('plan-target')).length, seen.join()).to.equal(1);
  });
});
