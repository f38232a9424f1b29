import { expect, fixture, html } from '@open-wc/testing';
import '../../define/plan-document.js';
import type { PlanDocument } from './plan-document.js';
import { chapterSummaries, planMeta, planPreamble } from '../../data/outline.js';
import { loadChapter } from '../../data/text.js';
import { loadSeed } from '../../../test/helpers/index.js';
import { meta as enMeta } from '../../generated/en/meta.js';

/*
 * <plan-document>: the whole plan from the dataset (the title, preamble and chapter intros are also checked against the
 * seed), deep links to #article-N / #chapter-N, the fragment following the article in view without new history
 * entries, locales, accessibility.
 */
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');
const root = (el: Element) => el.shadowRoot!;
const until = async (test: () => boolean, ms = 8000) => {
  const end = performance.now() + ms;
  while (!test() && performance.now() < end) await new Promise((r) => setTimeout(r, 50));
  return test();
};

let startHash = '';
beforeEach(() => {
  startHash = location.hash;
});
afterEach(() => {
  history.replaceState(history.state, '', location.pathname + location.search + startHash);
});

async function doc(t = html`<plan-document></plan-document>`): Promise<PlanDocument> {
  const el = await fixture<PlanDocument>(t);
  await el.updateComplete;
  return el;
}

describe('<plan-document>', () => {
  it('has the title, the adoption line, the preamble, 15 chapters with their intros and all 73 articles, in order', async () => {
    const seed = squash(await loadSeed());
    const el = await doc();
    expect(squash(root(el).querySelector('[part~="title"]')!.textContent)).to.equal(squash(planMeta.title));
    expect(seed).to.contain(squash(planMeta.title));
    expect(root(el).querySelector('[part~="adoption"]')!.textContent).to.contain(planMeta.adoption);
    const preamble = [...root(el).querySelectorAll('[part~="preamble"] p')].map((p) => p.textContent);
    expect(preamble).to.deep.equal([...planPreamble]);
    for (const p of preamble) expect(seed).to.contain(squash(p));
    const chapters = [...root(el).querySelectorAll('section[part~="chapter"]')];
    expect(chapters.map((c) => c.id)).to.deep.equal(chapterSummaries.map((c) => `chapter-${c.number}`));
    const numbers = [...root(el).querySelectorAll('plan-article')].map((a) => Number(a.getAttribute('number')));
    expect(numbers).to.deep.equal(Array.from({ length: 73 }, (_, i) => i + 1));
    // chapter 8's intro arrives with its text chunk
    const ch8 = (await loadChapter(8))!.chapter.intro;
    expect(await until(() => squash(chapters[7].querySelector('[part~="intro"]')!.textContent) === squash(ch8.join('')))).to.equal(true);
    expect(seed).to.contain(squash(ch8[0]));
    // headings: title h2, chapters h3, articles h4
    expect(root(el).querySelector('[part~="title"]')!.localName).to.equal('h2');
    expect(chapters[0].querySelector('[part~="chapter-title"]')!.localName).to.equal('h3');
    expect(root(el).querySelector('plan-article')!.getAttribute('heading-level')).to.equal('4');
  });

  it('is accessible, in light and dark', async () => {
    const el = await doc();
    await Promise.all(
      [...root(el).querySelectorAll('plan-article')]
        .slice(0, 8)
        .map((a) => (a as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
    await expect(el).to.be.accessible();
    const dark = await doc(html`<plan-document theme="dark"></plan-document>`);
    await expect(dark).to.be.accessible();
  });

  it('#article-35 in the URL scrolls to article 35 once the text before it is there', async () => {
    history.replaceState(history.state, '', '#article-35');
    const el = await doc();
    const a35 = root(el).querySelector('#article-35')!;
    const inView = () => {
      const r = a35.getBoundingClientRect();
      return r.top >= -2 && r.top < innerHeight / 2;
    };
    expect(await until(inView), 'article 35 at the top of the viewport').to.equal(true);
  });

  it('a changed fragment (an outline link) scrolls to the chapter', async () => {
    const el = await doc();
    await new Promise((r) => setTimeout(r, 100));
    location.hash = '#chapter-12';
    const ch = root(el).querySelector('#chapter-12')!;
    expect(await until(() => Math.abs(ch.getBoundingClientRect().top) < innerHeight / 2)).to.equal(true);
  });

  it('while the reader scrolls, the fragment follows the article in view, without new history entries; the outline marks it', async () => {
    const el = await doc();
    await new Promise((r) => setTimeout(r, 300));
    const entries = history.length;
    const a40 = root(el).querySelector('#article-40') as HTMLElement & { updateComplete: Promise<unknown> };
    await Promise.all([...root(el).querySelectorAll('plan-article')].slice(0, 40).map((a) => (a as typeof a40).updateComplete));
    a40.scrollIntoView({ block: 'start' });
    expect(await until(() => location.hash === '#article-40'), `hash is ${location.hash}`).to.equal(true);
    expect(history.length).to.equal(entries);
    const outline = root(el).querySelector('plan-outline')!;
    expect(await until(() => outline.getAttribute('current') === '40')).to.equal(true);
  });

  it('no-hash: the fragment is left alone', async () => {
    const el = await doc(html`<plan-document no-hash></plan-document>`);
    await new Promise((r) => setTimeout(r, 300));
    const before = location.hash;
    const a20 = root(el).querySelector('#article-20') as HTMLElement & { updateComplete: Promise<unknown> };
    await Promise.all([...root(el).querySelectorAll('plan-article')].slice(0, 20).map((a) => (a as typeof a20).updateComplete));
    a20.scrollIntoView({ block: 'start' });
    await new Promise((r) => setTimeout(r, 400));
    expect(location.hash).to.equal(before);
  });

  it('en: the English title and the articles inherit the locale', async () => {
    const el = await doc(html`<plan-document lang="en"></plan-document>`);
    expect(root(el).querySelector('[part~="title"]')!.textContent).to.contain(enMeta.title);
    expect(root(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    const a1 = root(el).querySelector('plan-article') as HTMLElement & { updateComplete: Promise<unknown> };
    await a1.updateComplete;
    expect(a1.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
  });

  it('a bad heading-level falls back to 2 and warns', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.map(String).join(' '));
    try {
      const bad = '<b>9</b>';
      const el = await doc(html`<plan-document heading-level=${bad}></plan-document>`);
      expect(root(el).querySelector('[part~="title"]')!.localName).to.equal('h2');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('heading-level')).length).to.equal(1);
  });

  it('prints the document without the outline, chapters on new pages', async () => {
    const el = await doc();
    const css = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
    expect(css).to.match(/@media print[\s\S]*\.aside\s*\{\s*display:\s*none/);
    expect(css).to.match(/\.chapter\s*\{\s*break-before:\s*page/);
  });
});
