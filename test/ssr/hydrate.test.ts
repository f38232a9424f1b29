/**
 * Issue #9 part 4: server-rendered HTML (src/ssr/) in the browser, three engines. test/ssr/page.html (every element
 * but <plan-document>, which test/ssr/document.html has alone, see the last block; an empty <plan-search>: results for a pre-filled `query` are computed on the client, so that
 * one grows when they arrive) is served as
 * the package's server renders it (`?ssr`, test/wtr/ssr-render.mjs renders it on each request) and opened in an
 * iframe:
 * - without JavaScript (a sandboxed iframe: scripts off), the page already shows the article's text, the timeline's
 *   chart and the figure cards;
 * - with JavaScript, the elements hydrate: the nodes the server rendered stay (not rendered again), nothing moves
 *   (every element's box as before its definition; Chromium's layout-shift entries sum to 0), and the console gets
 *   nothing but the one warning the page's bad figure id asks for. The elements then work (a stage can be chosen).
 * A control page loads the elements without the hydration support: the server's nodes are replaced, which is what
 * the "same nodes" assertion would catch.
 */
import { expect } from '@open-wc/testing';
import { loadSeed } from '../helpers/index.js';
import type { PlanTimeline } from '../../src/elements/plan-timeline/plan-timeline.js';
import en1 from '../../src/generated/en/chapters/chapter-01.js';

type Record = { logs: string[]; first: Map<Element, Element | null>; boxes: Map<Element, number[]>; shifts: number[] };
/** What the page logged, without the banner Lit's development build prints on every page. */
const logs = (win: PageWindow) => win.__ssr!.logs.filter((l) => !l.startsWith('warn: Lit is in dev mode'));

type Violation = { directive: string; blocked: string; sample: string; source: string };
type PageWindow = Window & typeof globalThis & { __ready?: boolean; __ssr?: Record; __violations: Violation[]; __errors: string[] };

const TAGS = 'plan-timeline, plan-target, plan-article, plan-outline, plan-figures, plan-search';
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

async function openFrame(src: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:1200px;border:0;display:block';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

async function openPage(src: string): Promise<PageWindow> {
  const frame = await openFrame(src);
  const win = () => frame.contentWindow as PageWindow | null;
  for (let i = 0; i < 600 && !win()?.__ready; i++) await new Promise((r) => setTimeout(r, 25));
  expect(win()?.__ready, `${src} loaded and its script ran`).to.equal(true);
  return win()!;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');
const visibleText = (el: Element) => squash((el.shadowRoot as unknown as HTMLElement | null)?.textContent);

/** Sentences of article 35 and the gdp-2025 phrase as the seed has them (page breaks aside). */
const ARTICLE_35 = '制定数字化发展战略规划，加快推动数字产业化、产业数字化';
const GDP_PHRASE = '经济总量超过4万亿元';

describe('server rendering: the HTML the server sends', () => {
  it('has declarative shadow roots with the article text, the chart SVG and the figure cards', async () => {
    const seed = squash(await loadSeed());
    for (const s of [ARTICLE_35, GDP_PHRASE]) expect(seed, 'the expected text is the seed’s').to.contain(s);
    const html = await (await fetch('/test/ssr/page.html?ssr')).text();
    // nine of the ten elements expanded; the bad figure id is left to the client, with its fallback right after the tag
    expect(html.match(/<template [^>]*shadowrootmode="open"/g)?.length).to.equal(9);
    // the English article (inheriting lang="en") is rendered in English on the server
    expect(html).to.contain(en1.articles.find((a) => a.number === 2)!.paragraphs[0].slice(0, 120)); // (no & in it to escape)
    expect(html).to.contain('<plan-target figure="no-such-figure"><span>');
    expect(squash(html)).to.contain(ARTICLE_35);
    expect(squash(html)).to.contain(GDP_PHRASE);
    expect(html).to.match(/<plan-timeline><template [^>]*shadowrootmode="open"[\s\S]*?<svg[\s\S]*?<\/svg>/);
    // the author's fallback content is kept, after the shadow root
    expect(html).to.match(/<\/template><p>第35条（原文见深圳市人民政府网站）<\/p><\/plan-article>/);
  });
});

/** Rendered with a `<style>` in each shadow root (the default), and with one linked stylesheet per element type. */
const MODES = [
  { name: 'inline styles', query: '' },
  { name: 'linked stylesheets', query: '&styles=link' },
];

describe('server rendering: shared stylesheets (RenderPageOptions.stylesheet)', () => {
  it('links one stylesheet per element type from every shadow root, and no <style>', async () => {
    const html = await (await fetch('/test/ssr/page.html?ssr&styles=link')).text();
    expect(html).to.not.contain('<style>');
    const links = [...html.matchAll(/<link rel="stylesheet" href="(\/test\/ssr\/styles\/[^"]+)">/g)].map((m) => m[1]);
    expect(links.length, 'one per rendered element').to.equal(9);
    const files = [...new Set(links)];
    expect(files.map((f) => /(plan-[a-z]+)-[0-9a-f]{8}\.css$/.exec(f)?.[1]).sort()).to.deep.equal([
      'plan-article',
      'plan-figures',
      'plan-outline',
      'plan-search',
      'plan-target',
      'plan-timeline',
    ]);
    for (const f of files) expect((await fetch(f)).headers.get('content-type'), f).to.contain('text/css');
  });

  it('control: with stylesheets that do not load, the page is unstyled (what the no-JavaScript test checks)', async () => {
    const frame = await openFrame('/test/ssr/page.html?ssr&styles=missing', 'allow-same-origin');
    const a35 = frame.contentDocument!.querySelector('plan-article')!;
    expect(a35.shadowRoot, 'server-rendered').to.not.equal(null);
    expect(getComputedStyle(a35).display, 'no :host rule applied').to.equal('inline');
  });
});

for (const mode of MODES)
  describe(`server rendering: without JavaScript (${mode.name})`, () => {
    it('the page shows the text, the chart and the cards (scripts off in a sandboxed frame)', async () => {
      const frame = await openFrame(`/test/ssr/page.html?ssr${mode.query}`, 'allow-same-origin');
      const doc = frame.contentDocument!;
      expect((frame.contentWindow as PageWindow).__ssr, 'no script ran').to.equal(undefined);
      const [timeline] = doc.querySelectorAll('plan-timeline');
      const [inline, card, bad] = doc.querySelectorAll('plan-target');
      const [a35, a7] = doc.querySelectorAll('plan-article');
      expect(frame.contentWindow!.customElements.get('plan-article') === undefined, 'no element defined in the frame').to.equal(true);
      expect(visibleText(a35)).to.contain(ARTICLE_35);
      expect(visibleText(a7)).to.contain('第7条');
      // styled: the :host rules apply (a custom element without them is inline)
      for (const el of [timeline, card, a35, a7]) expect(getComputedStyle(el).display, el.localName).to.equal('block');
      expect(visibleText(inline)).to.contain('4万亿元');
      expect(visibleText(card)).to.contain('5%');
      // one chart per orientation; the container query shows the one that fits (the vertical one in this column)
      const drawn = [...timeline.shadowRoot!.querySelectorAll('svg')].filter((svg) => svg.getBoundingClientRect().height > 100);
      expect(drawn.length, 'a chart is laid out').to.be.greaterThan(0);
      for (const el of [timeline, inline, card, a35, a7])
        expect(el.getBoundingClientRect().height, el.outerHTML.slice(0, 60)).to.be.greaterThan(0);
      // the paragraphs are visible, not only in the DOM
      const p = a35.shadowRoot!.querySelector('[part~="paragraph"]')!;
      expect(p.getBoundingClientRect().height).to.be.greaterThan(10);
      // the element the server left alone shows the page's fallback
      expect(bad.shadowRoot).to.equal(null);
      expect(squash(bad.textContent)).to.equal('（数据暂缺）');
    });
  });

for (const mode of MODES)
  describe(`server rendering: hydration (${mode.name})`, () => {
    it('keeps the server’s nodes, moves nothing and logs nothing but the bad id’s warning', async () => {
      const win = await openPage(`/test/ssr/page.html?ssr${mode.query}`);
      const record = win.__ssr!;
      const els = [...win.document.querySelectorAll(TAGS)];
      expect(els.length).to.equal(10);
      for (const el of els) {
        const first = record.first.get(el);
        if (el.getAttribute('figure') === 'no-such-figure') {
          expect(first, 'not server-rendered').to.equal(null);
          continue;
        }
        expect(first, `${el.localName}: a server-rendered node`).to.be.instanceOf(win.Element);
        expect(el.shadowRoot!.contains(first!), `${el.localName}: hydrated, not rendered again`).to.equal(true);
      }
      // rendered once: one base part per element, not the server's copy and the client's
      const rendered = els.filter((el) => el.getAttribute('figure') !== 'no-such-figure');
      for (const el of rendered) expect(el.shadowRoot!.querySelectorAll('[part~="base"]').length, el.localName).to.equal(1);
      for (const el of els) {
        const before = record.boxes.get(el)!;
        const r = el.getBoundingClientRect();
        if (el.getAttribute('figure') === 'no-such-figure') continue; // its fallback, as without server rendering
        [r.x, r.y, r.width, r.height].forEach((v, i) => expect(v, `${el.localName} box[${i}]`).to.be.closeTo(before[i], 0.5));
      }
      expect(
        record.shifts.reduce((a, b) => a + b, 0),
        'layout shift (Chromium reports it; 0 entries elsewhere)',
      ).to.equal(0);
      expect(logs(win).length, logs(win).join('\n')).to.equal(1);
      expect(logs(win)[0]).to.match(/^warn: .*<plan-target> figure="no-such-figure"/);
      // the article text is still the dataset's, with the highlight the client applies (the server rendered it too)
      const a35 = win.document.querySelector('plan-article')!;
      expect(visibleText(a35)).to.contain(ARTICLE_35);
      expect([...a35.shadowRoot!.querySelectorAll('mark')].map((m) => m.textContent)).to.include('数字经济');
    });

    it('the plain-text copy for feeds (outside <template>) is in the page but not shown, before or after hydration', async () => {
      const html = await (await fetch('/test/ssr/page.html?ssr')).text();
      expect(html.match(/data-plan-fallback/g)?.length ?? 0, 'inserted for the elements without a fallback of their own').to.be.greaterThan(
        3,
      );
      for (const src of ['/test/ssr/page.html?ssr']) {
        const win = await openPage(src);
        const copies = [...win.document.querySelectorAll('[data-plan-fallback]')];
        expect(copies.length).to.be.greaterThan(3);
        for (const c of copies) expect(c.getClientRects().length, `${c.parentElement!.localName}: not displayed`).to.equal(0);
      }
      const frame = await openFrame('/test/ssr/page.html?ssr', 'allow-same-origin');
      const copies = [...frame.contentDocument!.querySelectorAll('[data-plan-fallback]')];
      for (const c of copies) expect(c.getClientRects().length, `no JS, ${c.parentElement!.localName}: not displayed twice`).to.equal(0);
    });

    it('the hydrated elements work: choosing a stage updates the timeline', async () => {
      const win = await openPage(`/test/ssr/page.html?ssr${mode.query}`);
      const timeline = win.document.querySelector('plan-timeline') as PlanTimeline;
      const radio = timeline.shadowRoot!.querySelector<HTMLElement>('[role="radio"][aria-checked="false"]')!;
      radio.click();
      await timeline.updateComplete;
      expect(radio.getAttribute('aria-checked')).to.equal('true');
      expect(timeline.selected).to.not.equal('2025');
      expect(logs(win).length).to.equal(1);
    });

    it('control: without the hydration support the elements render again (what the tests above would catch)', async () => {
      const win = await openPage(`/test/ssr/page.html?ssr${mode.query}&control=no-hydrate`);
      const a35 = win.document.querySelector('plan-article')!;
      expect(win.__ssr!.first.get(a35)).to.be.instanceOf(win.Element);
      // Lit renders into the existing shadow root: the server's nodes plus a second copy
      expect(a35.shadowRoot!.querySelectorAll('[part~="base"]').length).to.equal(2);
    });
  });

describe('server rendering under a strict Content-Security-Policy', () => {
  it('with the style hashes the render reports in style-src: no violation, hydrated as without the header', async () => {
    const res = await fetch('/test/ssr/page.html?ssr&csp=hashes');
    expect(res.headers.get('content-security-policy')).to.match(
      /^default-src 'self'; script-src 'self'; style-src 'self'( '(sha256-[\w+/=]+|unsafe-hashes)')+; require-trusted-types-for 'script'; trusted-types lit-html$/,
    );
    const win = await openPage('/test/ssr/page.html?ssr&csp=hashes');
    expect(win.__violations, JSON.stringify(win.__violations)).to.deep.equal([]);
    expect(logs(win).length, logs(win).join('\n')).to.equal(1); // the bad id's warning
    const a35 = win.document.querySelector('plan-article')!;
    expect(a35.shadowRoot!.contains(win.__ssr!.first.get(a35)!), 'hydrated').to.equal(true);
    // the styles apply: the quotation rule of the article is drawn
    expect(getComputedStyle(a35).display).to.equal('block');
  });

  it('with linked stylesheets only the timeline’s style attribute needs a hash: no violation, the styles apply', async () => {
    const win = await openPage('/test/ssr/page.html?ssr&styles=link&csp=hashes');
    const policy = (await fetch('/test/ssr/page.html?ssr&styles=link&csp=hashes')).headers.get('content-security-policy')!;
    expect(policy.match(/'sha256-/g)?.length, policy).to.equal(1);
    expect(win.__violations, JSON.stringify(win.__violations)).to.deep.equal([]);
    const a35 = win.document.querySelector('plan-article')!;
    expect(a35.shadowRoot!.contains(win.__ssr!.first.get(a35)!), 'hydrated').to.equal(true);
    expect(getComputedStyle(a35).display).to.equal('block');
  });

  it('control: without the hashes the inserted styles are blocked (what the test above would catch)', async () => {
    const win = await openPage('/test/ssr/page.html?ssr&csp=strict');
    const directives = new Set(win.__violations.map((v) => v.directive));
    expect([...directives].sort()).to.deep.equal(['style-src-attr', 'style-src-elem']);
  });
});

/*
 * Issue #17: a server-rendered <plan-document> (test/ssr/document.html?ssr) hydrates in place. Before, the client's first
 * render had no chapter intros (their chunks had not come), Lit's hydration met fewer items than the server had rendered
 * ("Unhandled shorter than expected iterable") and appended a second copy of the whole document (146 articles).
 */
describe('server rendering: <plan-document> hydrates in place', function () {
  this.timeout(60000);
  const articleCount = (d: Element) => d.shadowRoot!.querySelectorAll('plan-article').length;

  it('the server sends the whole text: 73 server-rendered articles with their text, intros and the closing', async () => {
    const html = await (await fetch('/test/ssr/document.html?ssr')).text();
    // the document's own root, its search and outline, and one per article
    expect(html.match(/<template [^>]*shadowrootmode="open"/g)?.length).to.equal(1 + 2 + 73);
    const seed = squash(await loadSeed());
    expect(seed).to.contain(ARTICLE_35);
    expect(squash(html)).to.contain(ARTICLE_35);
  });

  it('keeps the server’s nodes, renders once, moves nothing and logs nothing', async () => {
    const win = await openPage('/test/ssr/document.html?ssr');
    const d = win.document.querySelector('plan-document')!;
    const first = win.__ssr!.first.get(d);
    expect(first, 'a server-rendered node').to.be.instanceOf(win.Element);
    expect(d.shadowRoot!.contains(first!), 'hydrated, not rendered again').to.equal(true);
    expect(d.shadowRoot!.querySelectorAll('[part~="base"]').length, 'one document').to.equal(1);
    expect(articleCount(d), 'each article once').to.equal(73);
    const a35 = d.shadowRoot!.querySelector('#article-35')!;
    expect(visibleText(a35)).to.contain(ARTICLE_35);
    const before = win.__ssr!.boxes.get(d)!;
    const r = d.getBoundingClientRect();
    [r.x, r.y, r.width, r.height].forEach((v, i) => expect(v, `box[${i}]`).to.be.closeTo(before[i], 0.5));
    expect(
      win.__ssr!.shifts.reduce((a, b) => a + b, 0),
      'layout shift (Chromium reports it; 0 entries elsewhere)',
    ).to.equal(0);
    expect(logs(win), logs(win).join('\n')).to.deep.equal([]);
  });

  it('honours a deep link after hydration: #article-35 is scrolled to the top', async () => {
    const win = await openPage('/test/ssr/document.html?ssr#article-35');
    const d = win.document.querySelector('plan-document')!;
    const a35 = d.shadowRoot!.querySelector('#article-35')!;
    const ok = async () => {
      for (let i = 0; i < 100; i++) {
        const top = a35.getBoundingClientRect().top;
        if (win.scrollY > 1000 && Math.abs(top) < 40) return true;
        await new Promise((r) => setTimeout(r, 50));
      }
      return false;
    };
    expect(await ok(), `article 35 at the top (top ${a35.getBoundingClientRect().top}, scrollY ${win.scrollY})`).to.equal(true);
    expect(logs(win), logs(win).join('\n')).to.deep.equal([]);
  });

  it('without server rendering, the document appears at once: its articles do not push each other down', async () => {
    // the same page as written: client-rendered; at a phone's width, where 73 articles growing one by one shifted the
    // page by 0.97 before the document waited for its text
    const frame = await openFrame('/test/ssr/document.html');
    frame.style.width = '375px';
    const win = frame.contentWindow as PageWindow;
    for (let i = 0; i < 600 && !win.__ready; i++) await new Promise((r) => setTimeout(r, 25));
    expect(win.__ready).to.equal(true);
    const d = win.document.querySelector('plan-document')!;
    expect(articleCount(d)).to.equal(73);
    for (const a of d.shadowRoot!.querySelectorAll('plan-article'))
      expect(a.shadowRoot!.querySelector('[part~="body"] p, [part~="body"] li')).to.not.equal(null);
    await new Promise((r) => setTimeout(r, 300));
    // the document's own appearance below the heading moves nothing that was there; growing articles would
    expect(
      win.__ssr!.shifts.reduce((a, b) => a + b, 0),
      'layout shift (Chromium; 0 entries elsewhere): the project’s CLS goal (issue #12), ≤ 0.05; 0–0.03 measured, 0.98 before',
    ).to.be.at.most(0.05);
    expect(logs(win), logs(win).join('\n')).to.deep.equal([]);
  });
});
