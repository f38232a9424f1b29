// Issue 18 §4 C: an article page with several widgets credits the plan once when it says so,
// `<meta name="plan-widgets-credit" content="once">`: only the first element in document order that would show a
// credit line shows it. Without the switch every element keeps its own (a lone widget always does).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/plan-figures.js';
import '../src/define/plan-search.js';
import '../src/define/plan-target.js';
import '../src/define/plan-timeline.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

let meta: HTMLMetaElement | undefined;
function creditOnce(content = 'once'): void {
  meta = document.head.appendChild(Object.assign(document.createElement('meta'), { name: 'plan-widgets-credit', content }));
}
afterEach(() => meta?.remove());

/** Renders the page and returns, per element, whether it shows a credit line (all elements rendered first). */
async function credits(page: ReturnType<typeof html>): Promise<boolean[]> {
  const box = await fixture<HTMLElement>(page);
  const els = [...box.querySelectorAll<Lit>('plan-timeline, plan-target, plan-figures, plan-search')];
  await Promise.all(els.map((el) => el.updateComplete));
  for (const el of els) expect(el.shadowRoot!.querySelector('[part~="base"]'), `${el.localName} rendered`).to.not.equal(null);
  return els.map((el) => el.shadowRoot!.querySelector('[part~="credit"]') !== null);
}

const FIVE = html`<article>
  <h2>规划</h2>
  <plan-timeline></plan-timeline>
  <p>正文</p>
  <plan-target figure="gdp-2025"></plan-target>
  <plan-target figure="rd-intensity-2025" variant="compact"></plan-target>
  <plan-figures></plan-figures>
  <plan-search></plan-search>
</article>`;

describe('credit once per page', () => {
  it('without the switch, each of five elements shows its credit', async () => {
    expect(await credits(FIVE)).to.deep.equal([true, true, true, true, true]);
  });

  it('with <meta name="plan-widgets-credit" content="once">, exactly one: the first element’s', async () => {
    creditOnce();
    expect(await credits(FIVE)).to.deep.equal([true, false, false, false, false]);
  });

  it('skips elements that show no credit anyway (no-credit, an inline target): the next one credits', async () => {
    creditOnce();
    const shown = await credits(html`<div>
      <p>到2025年<plan-target figure="gdp-2025" variant="inline"></plan-target>。</p>
      <plan-timeline no-credit></plan-timeline>
      <plan-target figure="gdp-2025"></plan-target>
      <plan-figures></plan-figures>
    </div>`);
    expect(shown).to.deep.equal([false, false, true, false]);
  });

  it('leaves a lone widget its credit, and ignores other values of the switch', async () => {
    creditOnce();
    expect(await credits(html`<div><plan-target figure="gdp-2025"></plan-target></div>`)).to.deep.equal([true]);
    meta!.content = 'always';
    expect(await credits(FIVE)).to.deep.equal([true, true, true, true, true]);
  });
});
