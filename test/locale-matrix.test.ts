/**
 * Every element × every locale × light and dark. For each case: the outermost rendered part carries the locale's
 * `lang`; the shadow text is that locale's, taken from its generated data (src/generated/<locale>/ for zh-Hant-HK,
 * zh-Hant-TW and en; src/data/ for zh-Hans), never typed here; outside zh-Hans, no zh-Hans-only string of the element
 * (a headline, title, lead, label … that the locale writes differently) is in it; axe finds nothing (colour contrast
 * included). The locale is set on a wrapping div for half the cases and on the element itself for the other half,
 * so both ways an element finds its locale are exercised in every locale and theme.
 * test/locale.test.ts covers the behaviours (a changing `lang`, show-original, …); this file is the matrix.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import '../src/define/plan-outline.js';
import '../src/define/plan-figures.js';
import '../src/define/plan-search.js';
import '../src/define/plan-document.js';
import type { LocaleCode } from '../src/i18n/locale.js';
import type { ArticleSummary, ChapterSummary } from '../src/data/outline-types.js';
import type { ChapterText, Stage } from '../src/data/types.js';
import { stages as zhStages } from '../src/data/stages.js';
import { getFigure } from '../src/data/figure-index.js';
import { loadArticle, loadChapter } from '../src/data/text.js';
import { articleSummaries, chapterSummaries, planClosing, planMeta, planPreamble } from '../src/data/outline.js';
import { stages as hkStages } from '../src/generated/zh-Hant-HK/stages.js';
import { stages as twStages } from '../src/generated/zh-Hant-TW/stages.js';
import { stages as enStages } from '../src/generated/en/stages.js';
import { figures as hkFigures } from '../src/generated/zh-Hant-HK/figures.js';
import { figures as twFigures } from '../src/generated/zh-Hant-TW/figures.js';
import { figures as enFigures } from '../src/generated/en/figures.js';
import { chapters as hkChapters } from '../src/generated/zh-Hant-HK/chapters.js';
import { chapters as twChapters } from '../src/generated/zh-Hant-TW/chapters.js';
import { chapters as enChapters } from '../src/generated/en/chapters.js';
import * as hkOutline from '../src/generated/zh-Hant-HK/outline.js';
import * as twOutline from '../src/generated/zh-Hant-TW/outline.js';
import * as enOutline from '../src/generated/en/outline.js';
import { meta as hkMeta } from '../src/generated/zh-Hant-HK/meta.js';
import { meta as twMeta } from '../src/generated/zh-Hant-TW/meta.js';
import { meta as enMeta } from '../src/generated/en/meta.js';
import hk08 from '../src/generated/zh-Hant-HK/chapters/chapter-08.js';
import tw08 from '../src/generated/zh-Hant-TW/chapters/chapter-08.js';
import en08 from '../src/generated/en/chapters/chapter-08.js';

type Ready = HTMLElement & { updateComplete: Promise<boolean> };
const titles = (chapters: readonly ChapterSummary[]) => chapters.map((c) => c.title);
interface FigureText {
  readonly label: string;
  readonly phrase: string;
  readonly valueText: string;
  readonly unit: string;
}
interface ArticleText {
  readonly lead: string;
  readonly paragraphs: readonly string[];
}
/** What a reader sees of the plan in one locale: all of it from that locale's data module. */
interface LocaleData {
  readonly stages: readonly Stage[];
  readonly figure: (id: string) => FigureText;
  readonly chapters: readonly ChapterSummary[];
  readonly articles: readonly ArticleSummary[];
  readonly preamble: readonly string[];
  readonly closing: readonly string[];
  readonly title: string;
  /** Chapter 8 (article 35's) with its text. */
  readonly chapter8: () => Promise<ChapterText>;
}

const fromPack = (figures: { readonly [id: string]: FigureText }) => (id: string) => figures[id];
const DATA: Record<LocaleCode, LocaleData> = {
  'zh-Hans': {
    stages: zhStages,
    figure: (id) => getFigure(id)!,
    chapters: chapterSummaries,
    articles: articleSummaries,
    preamble: planPreamble,
    closing: planClosing,
    title: planMeta.title,
    chapter8: async () => (await loadChapter(8))!,
  },
  'zh-Hant-HK': {
    stages: hkStages,
    figure: fromPack(hkFigures),
    chapters: hkChapters,
    articles: hkOutline.articles,
    preamble: hkOutline.preamble,
    closing: hkOutline.closing,
    title: hkMeta.title,
    chapter8: () => Promise.resolve(hk08),
  },
  'zh-Hant-TW': {
    stages: twStages,
    figure: fromPack(twFigures),
    chapters: twChapters,
    articles: twOutline.articles,
    preamble: twOutline.preamble,
    closing: twOutline.closing,
    title: twMeta.title,
    chapter8: () => Promise.resolve(tw08),
  },
  en: {
    stages: enStages,
    figure: fromPack(enFigures),
    chapters: enChapters,
    articles: enOutline.articles,
    preamble: enOutline.preamble,
    closing: enOutline.closing,
    title: enMeta.title,
    chapter8: () => Promise.resolve(en08),
  },
};
const LOCALES = Object.keys(DATA) as LocaleCode[];
const ZH = DATA['zh-Hans'];

/** Article 35 (and its chapter, 8) in a locale: the zh-Hans one through the public loader, the others from the chunk. */
async function article35(locale: LocaleCode): Promise<ArticleText> {
  if (locale === 'zh-Hans') return (await loadArticle(35))!;
  return (await DATA[locale].chapter8()).articles.find((a) => a.number === 35)!;
}

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];
const SURFACE: Record<Theme, string> = {
  light: 'color-scheme: light; background: #fff',
  dark: 'color-scheme: dark; background: #121113',
};
type Via = 'ancestor' | 'own';
/** Half the cases get `lang` from a wrapping div, half on the element: alternating over locales and themes. */
const viaOf = (locale: LocaleCode, theme: Theme): Via => ((LOCALES.indexOf(locale) + THEMES.indexOf(theme)) % 2 ? 'own' : 'ancestor');

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (el: Element) => squash(el.shadowRoot?.textContent);
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** The shadow text without the nodes matching `selector` (e.g. a quote that is the zh-Hans original by design). */
function shadowTextWithout(el: Element, selector: string): string {
  const copy = document.createElement('div');
  for (const n of el.shadowRoot!.childNodes) copy.append(n.cloneNode(true));
  for (const n of copy.querySelectorAll(selector)) n.remove();
  return squash(copy.textContent);
}

async function ready<T extends Ready>(el: T): Promise<T> {
  await el.updateComplete;
  // an update that waited for a locale pack may have been followed by another
  await el.updateComplete;
  return el;
}

/**
 * Renders `<tag attrs>` in a surface of the theme, its locale set on the wrapper or on the element (`viaOf`), dark
 * with `theme="dark"` on the element.
 */
async function render<T extends Ready>(tag: string, attrs: Record<string, string>, locale: LocaleCode, theme: Theme): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div style=${SURFACE[theme]}></div>`);
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (theme === 'dark') el.setAttribute('theme', 'dark');
  if (viaOf(locale, theme) === 'ancestor') box.setAttribute('lang', locale);
  else el.setAttribute('lang', locale);
  box.append(el);
  return ready(el);
}

function expectLang(el: Element, locale: LocaleCode, what = el.localName): void {
  const base = part(el, 'base');
  expect(base, `${what} [part~="base"]`).to.exist;
  expect(base!.getAttribute('lang'), `${what} base lang`).to.equal(locale);
}

function expectContains(text: string, expected: readonly string[], what: string): void {
  for (const s of expected) expect(text, `${what}: ${s.slice(0, 40)}`).to.contain(squash(s));
}

/**
 * Outside zh-Hans: none of the zh-Hans strings that the locale writes differently (not found in `localeStrings`) is in
 * `text`. There must be at least one such string, or the check would prove nothing.
 */
function expectNoZhHans(
  text: string,
  locale: LocaleCode,
  zhStrings: readonly string[],
  localeStrings: readonly string[],
  what: string,
): void {
  if (locale === 'zh-Hans') return;
  const own = localeStrings.map(squash).join('\n');
  const distinctive = zhStrings.map(squash).filter((s) => s && !own.includes(s));
  expect(distinctive, `${what}: zh-Hans strings that ${locale} writes differently`).not.to.be.empty;
  for (const s of distinctive) expect(text, `${what}: zh-Hans leaked into ${locale}`).not.to.contain(s);
}

const cases = (fn: (locale: LocaleCode, theme: Theme, label: string) => void) => {
  for (const locale of LOCALES) {
    for (const theme of THEMES)
      fn(locale, theme, `${locale}, ${theme}, lang on ${viaOf(locale, theme) === 'own' ? 'the element' : 'an ancestor'}`);
  }
};

describe('locale matrix: <plan-timeline>', () => {
  cases((locale, theme, label) => {
    it(label, async () => {
      const el = await render('plan-timeline', {}, locale, theme);
      const { stages } = DATA[locale];
      expectLang(el, locale);
      const text = shadowText(el);
      const selected = stages.find((s) => s.id === '2025')!;
      expectContains(text, [...stages.map((s) => s.headline), ...selected.goals], 'headlines and 2025 goals');
      const zhSelected = ZH.stages.find((s) => s.id === '2025')!;
      expectNoZhHans(
        text,
        locale,
        [...ZH.stages.map((s) => s.headline), ...zhSelected.goals],
        stages.flatMap((s) => [s.headline, s.label, ...s.goals]),
        'timeline',
      );
      await expect(el).to.be.accessible();
    });
  });
});

// gdp-2025 (万亿元) and public-housing (43 万套: a 万 unit, 430,000 in English)
for (const id of ['gdp-2025', 'public-housing']) {
  describe(`locale matrix: <plan-target figure="${id}">`, () => {
    cases((locale, theme, label) => {
      it(label, async () => {
        const el = await render('plan-target', { figure: id }, locale, theme);
        const f = DATA[locale].figure(id);
        const zh = ZH.figure(id);
        expectLang(el, locale);
        expect(squash(part(el, 'label')!.textContent), 'label').to.equal(squash(f.label));
        expect(squash(part(el, 'value')!.textContent), 'value').to.contain(squash(f.valueText + f.unit));
        // the quote is the locale's phrase; in English it is the Chinese original, marked so
        const quote = part(el, 'quote')!;
        expect(quote.getAttribute('lang'), 'quote lang').to.equal(locale === 'en' ? 'zh-Hans' : locale);
        expect(squash(quote.textContent), 'quote').to.contain(squash(f.phrase));
        const text = locale === 'en' ? shadowTextWithout(el, '[part~="quote"]') : shadowText(el);
        expectNoZhHans(
          text,
          locale,
          [zh.label, zh.phrase, zh.unit],
          locale === 'en' ? [f.label, f.valueText + f.unit] : [f.label, f.phrase, f.valueText + f.unit],
          `target ${id}`,
        );
        await expect(el).to.be.accessible();
      });
    });
  });
}

describe('locale matrix: <plan-article number="35">', () => {
  cases((locale, theme, label) => {
    it(label, async () => {
      const el = await render('plan-article', { number: '35' }, locale, theme);
      const a = await article35(locale);
      const chapter = DATA[locale].chapters[7];
      expectLang(el, locale);
      expect(part(el, 'body')!.getAttribute('lang'), 'body lang').to.equal(locale);
      const paragraphs = [...el.shadowRoot!.querySelectorAll('[part~="body"] [part~="paragraph"]')].map((p) => p.textContent);
      expect(paragraphs, 'paragraphs').to.deep.equal([...a.paragraphs]);
      expect(squash(part(el, 'title')!.textContent), 'title').to.contain(squash(a.lead));
      expect(squash(part(el, 'chapter')!.textContent), 'chapter').to.contain(squash(chapter.title));
      // zh-Hans is the original; every other locale says it is converted / translated
      if (locale === 'zh-Hans') expect(part(el, 'translation-note'), 'translation note').to.equal(null);
      else expect(part(el, 'translation-note'), 'translation note').to.exist;
      const zh = await article35('zh-Hans');
      expectNoZhHans(
        shadowText(el),
        locale,
        [zh.lead, ...zh.paragraphs, ZH.chapters[7].title],
        [a.lead, ...a.paragraphs, chapter.title],
        'article 35',
      );
      await expect(el).to.be.accessible();
    });
  });
});

describe('locale matrix: <plan-outline expanded="8">', () => {
  cases((locale, theme, label) => {
    it(label, async () => {
      const el = await render('plan-outline', { expanded: '8' }, locale, theme);
      const { chapters, articles } = DATA[locale];
      expectLang(el, locale);
      const text = shadowText(el);
      expectContains(text, titles(chapters), 'chapter titles');
      expectContains(
        text,
        chapters[7].articles.map((n) => articles[n - 1].lead),
        'chapter 8 leads',
      );
      const list = el.shadowRoot!.querySelector<HTMLElement>('#chapter-8-articles')!;
      expect(list.hidden, 'chapter 8 expanded').to.equal(false);
      expectNoZhHans(
        text,
        locale,
        [...titles(ZH.chapters), ...ZH.articles.map((a) => a.lead)],
        [...titles(chapters), ...articles.map((a) => a.lead)],
        'outline',
      );
      await expect(el).to.be.accessible();
    });
  });
});

describe('locale matrix: <plan-search>', () => {
  cases((locale, theme, label) => {
    it(label, async function () {
      // the first search of a locale loads its fifteen chapter chunks: on a busy machine (a build or a second run
      // beside this one) the dev server transforms them slowly; wait for the result, with room for that
      this.timeout(40_000);
      // the query: article 35's lead in this locale (text the locale's index has)
      const { articles } = DATA[locale];
      const query = articles[34].lead;
      const el = await render('plan-search', { query }, locale, theme);
      // the first query waits for the index (every chapter of the locale) to load
      await new Promise((r) => setTimeout(r, 200));
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="option"]'), `${locale}: no result for “${query}”`, {
        timeout: 30_000,
      });
      await ready(el);
      expectLang(el, locale);
      const options = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="option"]')];
      expect(options[0].id, 'best hit').to.equal('option-article-35');
      // every article result's lead is the locale's (chapter, preamble and closing results have none)
      for (const o of options.filter((o) => o.id.startsWith('option-article-'))) {
        const n = Number(o.id.slice('option-article-'.length));
        expect(squash(o.querySelector('[part~="lead"]')!.textContent), `lead of ${n}`).to.equal(squash(articles[n - 1].lead));
      }
      expect(el.shadowRoot!.querySelector('[part~="mark"]'), 'a marked term').to.exist;
      const text = shadowText(el);
      expectNoZhHans(
        text,
        locale,
        ZH.articles.map((a) => a.lead),
        articles.map((a) => a.lead),
        'search',
      );
      await expect(el).to.be.accessible();
    });
  });
});

describe('locale matrix: <plan-figures> (table)', () => {
  cases((locale, theme, label) => {
    it(label, async () => {
      const el = await render('plan-figures', {}, locale, theme);
      const { chapters, figure } = DATA[locale];
      expectLang(el, locale);
      const ids = ['gdp-2025', 'public-housing'];
      const rows = ids.map((id) => el.shadowRoot!.querySelector(`tr[data-id="${id}"]`));
      ids.forEach((id, i) => {
        expect(rows[i], `row ${id}`).to.exist;
        expect(squash(rows[i]!.querySelector('th')!.textContent), `${id} label`).to.equal(squash(figure(id).label));
        expect(squash(rows[i]!.querySelector('[part~="value"]')!.textContent), `${id} value`).to.contain(
          squash(figure(id).valueText + figure(id).unit),
        );
      });
      const text = shadowText(el);
      // the chapter filter lists the locale's chapter titles
      expectContains(text, titles(chapters), 'chapter filter');
      expectNoZhHans(
        text,
        locale,
        [...ids.map((id) => ZH.figure(id).label), ...titles(ZH.chapters)],
        [...ids.map((id) => figure(id).label), ...titles(chapters)],
        'figures table',
      );
      await expect(el).to.be.accessible();
    });
  });
});

describe('locale matrix: <plan-figures mode="chart">', () => {
  // once per locale, the theme alternating
  for (const locale of LOCALES) {
    const theme: Theme = LOCALES.indexOf(locale) % 2 ? 'dark' : 'light';
    it(`${locale}, ${theme}, lang on ${viaOf(locale, theme) === 'own' ? 'the element' : 'an ancestor'}`, async () => {
      const el = await render('plan-figures', { mode: 'chart' }, locale, theme);
      const { figure } = DATA[locale];
      expectLang(el, locale);
      expect(part(el, 'error'), 'chart failed to load').to.equal(null);
      expect(el.shadowRoot!.querySelector('svg'), 'chart').to.exist;
      const text = shadowText(el);
      // the GDP row: 2020 → 2025, named by the 2025 figure's label
      expectContains(text, [figure('gdp-2025').label], 'chart label');
      expectNoZhHans(text, locale, [ZH.figure('gdp-2025').label], [figure('gdp-2025').label], 'figures chart');
      await expect(el).to.be.accessible();
    });
  }
});

describe('locale matrix: <plan-document>', () => {
  cases((locale, theme, label) => {
    it(label, async function () {
      this.timeout(60000);
      const el = await render('plan-document', { 'no-hash': '' }, locale, theme);
      const d = DATA[locale];
      const chapter8 = await d.chapter8();
      // chapter intros render when each chapter's text has arrived
      await waitUntil(() => shadowText(el).includes(squash(chapter8.chapter.intro[0])), `${locale}: chapter 8 intro`, {
        timeout: 20000,
      });
      expectLang(el, locale);
      const text = shadowText(el);
      expectContains(text, [d.title, ...d.preamble, ...d.closing, ...chapter8.chapter.intro], 'title, preamble, closing, intro');
      expectContains(text, titles(d.chapters), 'chapter titles');

      // its parts: article 35, the outline and the search box, in the same locale
      const article = el.shadowRoot!.querySelector<Ready>('#article-35')!;
      const outline = el.shadowRoot!.querySelector<Ready>('plan-outline')!;
      const search = el.shadowRoot!.querySelector<Ready>('plan-search')!;
      await Promise.all([ready(article), ready(outline), ready(search)]);
      for (const inner of [article, outline, search]) expectLang(inner, locale, `document’s ${inner.localName}`);
      const a = await article35(locale);
      const paragraphs = [...article.shadowRoot!.querySelectorAll('[part~="body"] [part~="paragraph"]')].map((p) => p.textContent);
      expect(paragraphs, 'article 35 paragraphs').to.deep.equal([...a.paragraphs]);
      // the translation note is said once, by the document (issue #17), not by each of its 73 articles
      expect(part(article, 'translation-note'), 'no translation note per article').to.equal(null);
      if (locale === 'zh-Hans') expect(part(el, 'translation-note'), 'translation note').to.equal(null);
      else expect(part(el, 'translation-note'), 'translation note').to.exist;
      expectContains(shadowText(outline), [d.chapters[7].title], 'outline');

      const zh8 = (await ZH.chapter8()).chapter;
      const zhA = await article35('zh-Hans');
      expectNoZhHans(
        [text, shadowText(article), shadowText(outline)].join('\n'),
        locale,
        [ZH.title, ...ZH.preamble, ...ZH.closing, ...titles(ZH.chapters), ...zh8.intro, zhA.lead, ...zhA.paragraphs],
        [d.title, ...d.preamble, ...d.closing, ...titles(d.chapters), ...chapter8.chapter.intro, a.lead, ...a.paragraphs],
        'document',
      );
      await expect(el).to.be.accessible();
    });
  });
});
