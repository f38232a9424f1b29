// Issue 20, part 3: lifecycle. Each element disconnected and reconnected 1,000 times leaks no observer or global
// listener (IntersectionObserver, ResizeObserver, MutationObserver and window/document listeners are counted while the
// test runs, test/helpers/guards.ts); 200 mixed instances on one page render (the time is printed for BENCHMARKS.md);
// inside a sandboxed iframe (opaque origin: no localStorage, no cookies) the elements render and nothing throws.
import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import { engine } from './helpers/fuzz.js';
import { countConsole, countResources, settleDeep, watchUncaught, type PlanEl } from './helpers/guards.js';

const ENGINE = engine();
const CYCLES = 1000;

/** Each element with the attributes that make it use what it can leak: observers, hash/popstate listeners, trackers. */
const ELEMENTS: [tag: string, attrs: Record<string, string>][] = [
  ['plan-timeline', { 'hash-bookmark': '' }],
  ['plan-target', { figure: 'gdp-2025' }],
  ['plan-article', { number: '35', permalink: '', highlight: '数字经济' }],
  ['plan-outline', { track: '' }],
  ['plan-search', { 'url-param': 'planq', query: '数字经济' }],
  ['plan-figures', { mode: 'chart' }],
  ['plan-document', { 'no-hash': '' }],
];

const cleanups: (() => void)[] = [];
let startUrl = '';
beforeEach(() => {
  startUrl = location.href;
});
afterEach(() => {
  for (const undo of cleanups.splice(0).reverse()) undo();
  if (location.href !== startUrl) history.replaceState(history.state, '', startUrl);
});

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

describe('lifecycle', () => {
  for (const [tag, attrs] of ELEMENTS) {
    it(`<${tag}> disconnected and reconnected ${CYCLES} times leaks no observer or listener`, async function () {
      this.timeout(120_000);
      const started = performance.now();
      const uncaught = watchUncaught();
      const quiet = countConsole();
      cleanups.push(
        () => quiet.stop(),
        () => uncaught.stop(),
      );
      const resources = countResources();
      cleanups.push(() => resources.restore());
      const box = await fixture<HTMLDivElement>('<div></div>');
      const el = document.createElement(tag) as PlanEl;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      // warm-up with another element: the page's one lang/theme MutationObserver on the document (src/internal/
      // ancestors.ts) is registered by any element's connection and stays, by design; the baseline includes it
      const other = document.createElement('plan-target') as PlanEl;
      other.setAttribute('figure', 'gdp-2020');
      box.append(other);
      await settleDeep(other);
      other.remove();
      await frame();
      const baseline = resources.counts();
      box.append(el);
      await settleDeep(el);
      await frame();
      // the element's own observation by the page's impression observer ends once it has been seen (plan-impression
      // fires once per page view: src/internal/impression.ts), so while connected it is left out of the comparison;
      // disconnected, nothing may observe the element any more (the baseline checks below count it)
      const self = (t: unknown) => t === el;
      const first = resources.counts(self);
      el.remove();
      await frame();
      // The page-wide lang/theme observer keeps watching the shadow roots inside the element that held plan elements
      // (a MutationObserver cannot unobserve one root; observing it again on reconnection only renews it): they are
      // the element's own, go with it, and do not grow with the cycles, so they are not counted as a leak.
      const own = (t: unknown) => t instanceof ShadowRoot && (t.host === el || el.shadowRoot!.contains(t.host));
      expect(resources.counts(own), `<${tag}> disconnected the first time: back to the baseline`).to.deep.equal(baseline);
      box.append(el);
      await settleDeep(el);
      await frame();
      const connected = resources.counts(self);
      // reconnected, it holds what it held when first connected (an observer made once and dropped on disconnect is lost)
      expect(connected, `<${tag}> reconnected: as when first connected`).to.deep.equal(first);
      for (let i = 0; i < CYCLES; i++) {
        el.remove();
        box.append(el);
        // now and then it renders while connected, and stays out for a frame while disconnected
        if (i % 100 === 0) await settleDeep(el);
        if (i % 250 === 0) {
          el.remove();
          await frame();
          box.append(el);
        }
      }
      await settleDeep(el);
      await frame();
      const what = `<${tag}> after ${CYCLES} cycles (connected once: ${JSON.stringify(connected)})`;
      expect(resources.counts(self), `connected: as after the first connection (${what})`).to.deep.equal(connected);
      el.remove();
      await frame();
      expect(resources.counts(own), `disconnected: back to the baseline (${what})`).to.deep.equal(baseline);
      expect(uncaught.errors).to.deep.equal([]);
      expect(quiet.errors).to.deep.equal([]);
      // still works: it renders when connected again
      box.append(el);
      await settleDeep(el);
      expect(!!el.shadowRoot!.querySelector('[part~="base"]'), 'renders after the cycles').to.equal(true);
      console.log(
        `lifecycle ${ENGINE} <${tag}>: ${CYCLES} cycles in ${Math.round(performance.now() - started)} ms, live while connected ${JSON.stringify(connected)}`,
      );
    });
  }

  it('200 mixed instances on one page all render (time printed)', async function () {
    this.timeout(120_000);
    const uncaught = watchUncaught();
    cleanups.push(() => uncaught.stop());
    const quiet = countConsole();
    cleanups.push(() => quiet.stop());
    const make = [
      (i: number) => `<plan-timeline${i % 2 ? ' compact' : ''}></plan-timeline>`,
      (i: number) =>
        `<plan-target figure="${['gdp-2025', 'gdp-2020', 'gdp-2035', 'export-streak'][i % 4]}"${i % 3 ? '' : ' variant="compact"'}></plan-target>`,
      (i: number) => `<plan-article number="${(i % 73) + 1}"${i % 2 ? ' excerpt' : ''}></plan-article>`,
      (i: number) => `<plan-outline${i % 2 ? ' expanded="all"' : ''}></plan-outline>`,
      () => `<plan-search></plan-search>`,
      (i: number) => `<plan-figures${i % 2 ? ' mode="chart"' : ''}></plan-figures>`,
    ];
    const markup = Array.from({ length: 200 }, (_, i) => make[i % make.length](i)).join('\n');
    const box = await fixture<HTMLDivElement>('<div></div>');
    const t0 = performance.now();
    box.innerHTML = markup;
    const els = [...box.children] as PlanEl[];
    await Promise.all(els.map((e) => settleDeep(e, 60_000)));
    // the article texts (chunks per chapter, loaded on demand) are part of "rendered"
    const articles = els.filter((e) => e.localName === 'plan-article');
    while (articles.some((a) => !a.shadowRoot!.querySelector('[part~="paragraph"]')) && performance.now() - t0 < 60_000) await frame();
    await frame();
    const ms = Math.round(performance.now() - t0);
    console.log(`lifecycle ${ENGINE}: 200 mixed instances rendered in ${ms} ms`);
    expect(els.length).to.equal(200);
    expect(els.filter((e) => !e.shadowRoot?.querySelector('[part~="base"]')).map((e) => e.outerHTML)).to.deep.equal([]);
    expect(articles.filter((a) => !a.shadowRoot!.querySelector('[part~="paragraph"]')).length, 'article texts').to.equal(0);
    expect(uncaught.errors).to.deep.equal([]);
    expect(quiet.errors).to.deep.equal([]);
    expect([...quiet.warnings.keys()], 'valid markup: no warning').to.deep.equal([]);
    // generous: a regression of an order of magnitude, not noise, should fail
    expect(ms, '200 instances render in under 30 s').to.be.below(30_000);
  });

  it('renders inside a sandboxed iframe (allow-scripts, opaque origin: no storage, no cookies) and nothing throws', async function () {
    this.timeout(60_000);
    const { result, errors } = await inSandbox(false);
    expect(result.origin, 'an opaque origin').to.equal('null');
    expect(result.storage, 'localStorage refused').to.not.equal('allowed');
    expect(result.cookie, 'cookies refused').to.not.equal('allowed');
    expect(result.rendered).to.deep.equal(SANDBOXED.map(([tag]) => `${tag}:base`));
    expect(result.paragraphs, 'the article text loaded').to.be.above(0);
    expect(result.hits, 'the search found something').to.be.above(0);
    expect(result.hash, 'the document’s fragment follows the article in view, also in a srcdoc frame').to.match(/^#article-\d+$/);
    expect(errors, 'nothing uncaught in the frame').to.deep.equal([]);
    expect(result.errors, 'no console.error in the frame').to.deep.equal([]);
  });

  // about:srcdoc in an opaque origin: history.replaceState('#plan-stage=…') throws SecurityError (the fragment resolves
  // against the parent's URL). The element must not throw into the page, and the choice must still count.
  it('in a sandboxed srcdoc iframe, choosing a stage of <plan-timeline hash-bookmark> throws nothing and fires plan-stage-select', async function () {
    this.timeout(60_000);
    const { result, errors } = await inSandbox(true);
    expect(errors, 'nothing uncaught in the frame').to.deep.equal([]);
    expect(result.selected, 'the stage chosen, its event fired').to.equal('selected:2030 event:2030');
  });
});

/** The elements of the sandboxed frame: those of the lifecycle tests, the document writing its fragment too. */
const SANDBOXED: typeof ELEMENTS = ELEMENTS.map(([tag, attrs]) => [
  tag,
  tag === 'plan-document' ? {} : tag === 'plan-search' ? { ...attrs, query: '' } : attrs,
]);

/**
 * Loads every element into an `<iframe sandbox="allow-scripts" srcdoc>` (opaque origin), lets the reader act in it
 * (a search typed, with `clickStage` a stage chosen) and returns the frame's report and what reached its window.
 */
async function inSandbox(clickStage: boolean): Promise<{ result: Record<string, unknown>; errors: string[] }> {
  // the frame reports to this page by postMessage (an opaque origin cannot be reached into)
  const script = `
      const report = (m) => parent.postMessage({ planSandbox: true, ...m }, '*');
      addEventListener('error', (e) => report({ kind: 'error', text: 'error: ' + e.message }));
      addEventListener('unhandledrejection', (e) => report({ kind: 'error', text: 'unhandledrejection: ' + String(e.reason) }));
      const errors = [];
      const origError = console.error;
      console.error = (...a) => { errors.push(a.map(String).join(' ')); origError(...a); };
      const probe = (f) => { try { f(); return 'allowed'; } catch (e) { return e.name; } };
      try {
        await import(${JSON.stringify(`${location.origin}/src/index.ts`)});
        const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('plan-'));
        const settle = () => Promise.all(els.map((e) => e.updateComplete));
        await settle();
        const until = async (t) => { for (let i = 0; i < 200 && !t(); i++) await new Promise((r) => setTimeout(r, 25)); return t(); };
        await until(() => !!document.querySelector('plan-article').shadowRoot.querySelector('[part~="paragraph"]'));
        // the reader acts: a stage chosen (hash-bookmark writes the fragment), a search typed (url-param writes the URL)
        let selected = 'not clicked';
        if (${clickStage}) {
          const tl = document.querySelector('plan-timeline');
          let fired = 'none';
          tl.addEventListener('plan-stage-select', (e) => (fired = e.stage ?? e.detail?.stage ?? String(tl.selected)));
          try {
            tl.shadowRoot.querySelectorAll('[part~="stage"]')[2].click();
          } finally {
            await tl.updateComplete;
            selected = 'selected:' + tl.selected + ' event:' + fired;
          }
        }
        const input = document.querySelector('plan-search').shadowRoot.querySelector('[part~="input"]');
        input.value = '科技';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await new Promise((r) => setTimeout(r, 300));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        await new Promise((r) => setTimeout(r, 100));
        // the reader scrolls the document: its fragment follows the article in view (history.replaceState)
        document.querySelector('plan-document').scrollIntoView();
        scrollBy(0, 4000);
        await new Promise((r) => setTimeout(r, 400));
        await settle();
        report({
          kind: 'done',
          origin: location.origin,
          storage: probe(() => localStorage.length),
          // WebKit answers '' instead of throwing: a cookie written is not kept either way
          cookie: probe(() => {
            document.cookie = 'plansandbox=1';
            if (!document.cookie.includes('plansandbox=1')) throw new Error('refused');
          }),
          rendered: els.map((e) => e.localName + ':' + (e.shadowRoot?.querySelector('[part~="base"]') ? 'base' : e.shadowRoot?.querySelector('[part~="error"]') ? 'error' : 'nothing')),
          paragraphs: document.querySelector('plan-article').shadowRoot.querySelectorAll('[part~="paragraph"]').length,
          hits: document.querySelector('plan-search').shadowRoot.querySelectorAll('[role="option"]').length,
          selected,
          hash: location.hash,
          errors,
        });
      } catch (e) {
        report({ kind: 'error', text: 'caught: ' + (e && e.stack || e) });
        report({ kind: 'done', rendered: [], errors });
      }`;
  const body = SANDBOXED.map(([tag, attrs]) => {
    const a = Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    return `<${tag}${a}></${tag}>`;
  }).join('\n');
  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.style.cssText = 'width: 1000px; height: 800px';
  iframe.srcdoc = `<!doctype html><html lang="zh-Hans"><body>${body}<script type="module">${script}</script></body></html>`;
  const errors: string[] = [];
  const done = new Promise<Record<string, unknown>>((resolve) => {
    const onMessage = (e: MessageEvent) => {
      const m = e.data as Record<string, unknown> | null;
      if (e.source !== iframe.contentWindow || !m?.planSandbox) return;
      if (m.kind === 'error') errors.push(String(m.text));
      if (m.kind === 'done') resolve(m);
    };
    addEventListener('message', onMessage);
    cleanups.push(() => removeEventListener('message', onMessage));
  });
  cleanups.push(() => iframe.remove());
  document.body.append(iframe);
  const result = await done;
  // the document's fragment follows the article in view after it has settled
  await new Promise((r) => setTimeout(r, 500));
  return { result, errors };
}
