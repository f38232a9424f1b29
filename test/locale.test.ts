/**
 * Issue #10: every element in zh-Hans, zh-Hant-HK, zh-Hant-TW and en. Expected text comes from the generated data of
 * each locale (src/generated/<locale>/, built from the seed by scripts/build-hant.ts with OpenCC and from
 * translations/en/ by scripts/build-en.ts; test/i18n/*.node.ts tie those to the seed), never typed here, except a
 * few representative words a reader would check (經濟, 人工智慧 / 人工智能, "trillion yuan").
 * Asserted: the rendered text is the locale's, the `lang` attributes say which language each part is in (the Chinese
 * original inside English UI too), the locale follows an ancestor's or the document's `lang` and changes with it,
 * accessibility in every locale, English articles say they are an unofficial translation and show the original on
 * demand (a zh-Hans page downloading none of it is test/locale-downloads.test.ts, in a page of its own). Every
 * element in every locale, light and dark, with axe: test/locale-matrix.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import '../src/define/plan-outline.js';
import '../src/define/plan-figures.js';
import '../src/define/plan-search.js';
import type { PlanArticle } from '../src/elements/plan-article/plan-article.js';
import type { PlanTarget } from '../src/elements/plan-target/plan-target.js';
import type { PlanTimeline } from '../src/elements/plan-timeline/plan-timeline.js';
import { stages as zhStages } from '../src/data/stages.js';
import { getFigure } from '../src/data/figure-index.js';
import { loadArticle } from '../src/data/text.js';
import { stages as hkStages } from '../src/generated/zh-Hant-HK/stages.js';
import { stages as twStages } from '../src/generated/zh-Hant-TW/stages.js';
import { stages as enStages } from '../src/generated/en/stages.js';
import { figures as hkFigures } from '../src/generated/zh-Hant-HK/figures.js';
import { figures as enFigures } from '../src/generated/en/figures.js';
import hk35 from '../src/generated/zh-Hant-HK/chapters/chapter-08.js';
import tw35 from '../src/generated/zh-Hant-TW/chapters/chapter-08.js';
import en35 from '../src/generated/en/chapters/chapter-08.js';
import type { Stage } from '../src/data/types.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (el: Element) => squash(el.shadowRoot?.textContent);
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

const STAGES: Record<string, readonly Stage[]> = { 'zh-Hans': zhStages, 'zh-Hant-HK': hkStages, 'zh-Hant-TW': twStages, en: enStages };
const LOCALES = Object.keys(STAGES);

async function ready<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T): Promise<T> {
  await el.updateComplete;
  // an update that waited for a locale pack may have been followed by another
  await el.updateComplete;
  return el;
}

describe('locales: <plan-timeline>', () => {
  for (const locale of LOCALES) {
    it(`${locale}: labels, headlines and goals are the locale's; lang says so; accessible`, async () => {
      const el = await ready(await fixture<PlanTimeline>(html`<plan-timeline lang=${locale}></plan-timeline>`));
      const stages = STAGES[locale];
      expect(part(el, 'base')!.getAttribute('lang')).to.equal(locale);
      const text = shadowText(el);
      for (const s of stages) expect(text, `${locale} ${s.id} headline`).to.contain(squash(s.headline));
      const selected = stages.find((s) => s.id === '2025')!;
      for (const g of selected.goals) expect(text).to.contain(squash(g));
      await expect(el).to.be.accessible();
    });
  }

  it('zh-Hant-HK and zh-Hant-TW differ where Taiwan phrasing does, and neither keeps simplified characters', () => {
    const hk = hkStages.map((s) => s.headline + s.goals.join('')).join('');
    const tw = twStages.map((s) => s.headline + s.goals.join('')).join('');
    for (const c of '这个们国经济数区时业产实现务设进') {
      expect(hk, c).not.to.contain(c);
      expect(tw, c).not.to.contain(c);
    }
    expect(hk).to.contain('經濟');
    expect(tw).to.contain('經濟');
  });

  it('follows an ancestor’s lang, and re-renders in the new language when it changes', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="zh-HK"><plan-timeline></plan-timeline></div>`);
    const el = await ready(box.querySelector('plan-timeline')!);
    expect(shadowText(el)).to.contain(squash(hkStages[1].headline));
    box.setAttribute('lang', 'en-GB');
    await new Promise((r) => setTimeout(r));
    await ready(el);
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
    expect(shadowText(el)).to.contain(squash(enStages[1].headline));
    box.setAttribute('lang', 'zh-TW');
    await new Promise((r) => setTimeout(r));
    await ready(el);
    expect(shadowText(el)).to.contain(squash(twStages[1].headline));
  });
});

describe('locales: <plan-target>', () => {
  it('en: English label and value, the quote is the Chinese original marked lang="zh-Hans"; accessible', async () => {
    const el = await ready(await fixture<PlanTarget>(html`<plan-target lang="en" figure="gdp-2025"></plan-target>`));
    const f = enFigures['gdp-2025'];
    expect(part(el, 'label')!.textContent).to.equal(f.label);
    expect(squash(part(el, 'value')!.textContent)).to.equal('more than 4 trillion yuan');
    const quote = part(el, 'quote')!;
    expect(quote.getAttribute('lang')).to.equal('zh-Hans');
    expect(squash(quote.textContent)).to.equal(getFigure('gdp-2025')!.phrase);
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('en: a value in 万 is read in English units (43 万套 → 430,000), also the page’s own values', async () => {
    const el = await ready(await fixture<PlanTarget>(html`<plan-target lang="en" figure="public-housing"></plan-target>`));
    expect(squash(part(el, 'value')!.textContent)).to.contain('430,000');
  });

  it('zh-Hant-HK: label, value and quote converted, quote marks 「」; accessible', async () => {
    const el = await ready(
      await fixture<PlanTarget>(html`<plan-target lang="zh-Hant-HK" figure="gdp-2025" variant="compact"></plan-target>`),
    );
    const f = hkFigures['gdp-2025'];
    expect(part(el, 'label')!.textContent).to.equal(f.label);
    const quote = part(el, 'quote')!;
    expect(quote.getAttribute('lang')).to.equal('zh-Hant-HK');
    expect(squash(quote.textContent)).to.equal(`「${f.phrase}」`);
    await expect(el).to.be.accessible();
  });

  it('the approximation note quotes the qualifier as the reader sees the text: 超過 in zh-Hant, the original in en', async () => {
    // gdp-2025 pairs with gdp-2020, whose phrase says 超过 (converted: the zh-Hant pack's qualifier)
    const registry = getFigure('gdp-2020')!.qualifier!;
    const notes: Record<string, string> = {};
    for (const lang of ['zh-Hant-HK', 'zh-Hant-TW', 'en']) {
      const el = await ready(await fixture<PlanTarget>(html`<plan-target lang=${lang} figure="gdp-2025"></plan-target>`));
      notes[lang] = squash(part(el, 'note')?.textContent);
    }
    const converted = hkFigures['gdp-2020'].qualifier!;
    expect(converted).to.not.equal(registry);
    expect(notes['zh-Hant-HK']).to.contain(`「${converted}」`).and.not.contain(registry);
    expect(notes['zh-Hant-TW']).to.contain(`「${converted}」`).and.not.contain(registry);
    expect(notes.en).to.contain(`“${registry}”`);
  });
});

describe('locales: <plan-article>', () => {
  it('zh-Hant-HK and zh-Hant-TW: the converted text, a note that it is converted, lang on the text', async () => {
    for (const [locale, chapter] of [
      ['zh-Hant-HK', hk35],
      ['zh-Hant-TW', tw35],
    ] as const) {
      const el = await ready(await fixture<PlanArticle>(html`<plan-article lang=${locale} number="35"></plan-article>`));
      const a = chapter.articles.find((x) => x.number === 35)!;
      const paragraphs = [...el.shadowRoot!.querySelectorAll('[part~="body"] [part~="paragraph"]')].map((p) => p.textContent);
      expect(paragraphs).to.deep.equal([...a.paragraphs]);
      expect(part(el, 'body')!.getAttribute('lang')).to.equal(locale);
      expect(part(el, 'translation-note')).to.exist;
      await expect(el).to.be.accessible();
    }
    // Taiwan phrasing where Hong Kong keeps the mainland word
    const tw = tw35.articles[0].paragraphs.join('');
    const hk = hk35.articles[0].paragraphs.join('');
    expect(tw).to.contain('人工智慧');
    expect(hk).to.contain('人工智能');
  });

  it('en: the unofficial translation, labelled; show-original swaps in the Chinese original (lang zh-Hans) and back', async () => {
    const el = await ready(await fixture<PlanArticle>(html`<plan-article lang="en" number="35"></plan-article>`));
    const a = en35.articles.find((x) => x.number === 35)!;
    const body = () => [...el.shadowRoot!.querySelectorAll('[part~="body"] [part~="paragraph"]')].map((p) => p.textContent);
    expect(body()).to.deep.equal([...a.paragraphs]);
    expect(part(el, 'title')!.textContent).to.contain(a.lead);
    expect(part(el, 'translation-note')!.textContent).to.match(/unofficial/i);
    expect(part(el, 'body')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();

    const toggle = part(el, 'show-original')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await ready(el);
    expect(el.showOriginal).to.equal(true);
    expect(el.hasAttribute('show-original')).to.equal(true);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(body()).to.deep.equal([...(await loadArticle(35))!.paragraphs]);
    expect(part(el, 'body')!.getAttribute('lang')).to.equal('zh-Hans');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en'); // the UI stays English
    await expect(el).to.be.accessible();
    toggle.click();
    await ready(el);
    expect(body()).to.deep.equal([...a.paragraphs]);
  });

  it('zh-Hans: no translation note, no toggle', async () => {
    const el = await ready(await fixture<PlanArticle>(html`<plan-article number="35"></plan-article>`));
    expect(part(el, 'translation-note')).to.equal(null);
    expect(part(el, 'body')!.getAttribute('lang')).to.equal('zh-Hans');
  });
});
