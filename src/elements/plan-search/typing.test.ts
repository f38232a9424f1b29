import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/plan-search.js';
import type { PlanSearch, PlanSearchSelectEvent } from './plan-search.js';
import { loadChapter } from '../../data/text.js';
import { planClosing, planPreamble } from '../../data/outline.js';
import type { LocaleCode } from '../../i18n/types.js';
import { loadSeed } from '../../../test/helpers/index.js';
import { getSearchIndex, parseQuery, search, snippet, type SearchIndex } from './search-index.js';

/*
 * Issue 17, part 2: search that understands how people type Chinese — script and variant folding, the whole
 * document, precision, portal behaviour (count, show all, URL, highlight on arrival, blank queries), narrow widths.
 * Literals are tied to the seed (zh-Hans) or to the generated locale text they stand in.
 */
let seed = '';
const idx: Partial<Record<LocaleCode, SearchIndex>> = {};
const localeText: Partial<Record<LocaleCode, string>> = {};
before(async () => {
  seed = (await loadSeed()).replace(/\s+/g, '');
  for (const l of ['zh-Hans', 'zh-Hant-HK', 'zh-Hant-TW', 'en'] as LocaleCode[]) {
    idx[l] = await getSearchIndex(l, loadChapter);
    const chapters = await Promise.all(Array.from({ length: 15 }, (_, i) => loadChapter(i + 1, l)));
    localeText[l] = chapters.map((c) => JSON.stringify(c)).join('');
  }
});
const inSeed = (s: string): void => {
  expect(seed.includes(s), `seed contains ${s}`).to.equal(true);
};
const inText = (l: LocaleCode, s: string, yes = true): void => {
  expect(localeText[l]!.includes(s), `${l} text ${yes ? 'contains' : 'lacks'} ${s}`).to.equal(yes);
};
const ids = (l: LocaleCode, q: string) => search(idx[l]!, q).map((h) => h.id);

describe('search: either script, variants, regional phrasing, width and case', () => {
  it('數字經濟 on zh-Hans finds 数字经济; 数字经济 on zh-Hant finds 數字經濟 — the same sections', () => {
    inSeed('加快释放数字经济潜力');
    inText('zh-Hant-HK', '數字經濟');
    const hans = ids('zh-Hans', '数字经济');
    expect(hans[0]).to.equal('article-35');
    expect(ids('zh-Hans', '數字經濟').join()).to.equal(hans.join());
    expect(ids('zh-Hant-HK', '数字经济').join()).to.equal(hans.join());
    expect(ids('zh-Hant-TW', '数字经济').join()).to.equal(hans.join());
    // the matched text as Taiwan's page writes it (數字經濟 or 數位經濟), never the typed Simplified form
    const hit = search(idx['zh-Hant-TW']!, '数字经济')[0];
    expect(hit.matched.length).to.equal(1);
    expect(hit.lead.includes(hit.matched[0]) && hit.matched[0] !== '数字经济').to.equal(true);
  });

  it('Hong Kong variant forms: 碳排放達峯 = 碳排放达峰 = 碳排放達峰; 衛生 and 群眾 find 衞生 and 羣眾', () => {
    inSeed('碳排放达峰');
    inText('zh-Hant-HK', '碳排放達峯');
    inText('zh-Hant-HK', '衞生');
    inText('zh-Hant-HK', '羣眾');
    inText('zh-Hant-HK', '衛生', false);
    const hans = ids('zh-Hans', '碳排放达峰');
    expect(hans.length).to.be.greaterThan(0);
    expect(ids('zh-Hans', '碳排放達峯').join()).to.equal(hans.join());
    expect(ids('zh-Hant-HK', '碳排放達峰').join()).to.equal(hans.join());
    expect(ids('zh-Hant-TW', '碳排放達峯').join()).to.equal(hans.join());
    expect(ids('zh-Hant-HK', '衛生').join()).to.equal(ids('zh-Hant-HK', '衞生').join());
    expect(ids('zh-Hant-HK', '衛生').length).to.be.greaterThan(0);
    expect(ids('zh-Hant-HK', '群眾').join()).to.equal(ids('zh-Hant-HK', '羣眾').join());
    expect(ids('zh-Hant-HK', '群眾').length).to.be.greaterThan(0);
  });

  it('Taiwan phrasing: 人工智能, 平台, 網絡, 數位經濟 on zh-Hant-TW find 人工智慧, 平臺, 網路, 數字經濟', () => {
    for (const [typed, text] of [
      ['人工智能', '人工智慧'],
      ['平台', '平臺'],
      ['網絡', '網路'],
      ['數位經濟', '數字經濟'],
    ] as const) {
      // one of the two is what the page says (Taiwan's text may write either 數字經濟 or 數位經濟)
      const says = localeText['zh-Hant-TW']!.includes(text) ? text : typed;
      const other = says === text ? typed : text;
      inText('zh-Hant-TW', says);
      inText('zh-Hant-TW', other, false);
      const found = ids('zh-Hant-TW', other);
      expect(found.length, other).to.be.greaterThan(0);
      // every section found for the other form has the page's form (網路 also stands inside 網際網路: a superset)
      const saysIds = ids('zh-Hant-TW', says);
      expect(
        found.every((id) => saysIds.includes(id)),
        other,
      ).to.equal(true);
      expect(found.length >= saysIds.length - 1, other).to.equal(true);
    }
    // 網絡 does not find 工業網際網路 (互联网), only 網路 (网络)
    inText('zh-Hant-TW', '工業網際網路');
    expect(ids('zh-Hant-TW', '網絡').join()).to.equal(ids('zh-Hans', '网络').join());
    // and the mainland phrase of another length finds Taiwan's: 工業互聯網 = 工業網際網路
    expect(ids('zh-Hant-TW', '工業互聯網').join()).to.equal(ids('zh-Hans', '工业互联网').join());
    expect(ids('zh-Hant-TW', '工業互聯網').length).to.be.greaterThan(0);
  });

  it('Hong Kong phrasing: 數碼 on zh-Hant-HK finds 數字', () => {
    inText('zh-Hant-HK', '數碼', false);
    expect(ids('zh-Hant-HK', '數碼經濟').join()).to.equal(ids('zh-Hant-HK', '數字經濟').join());
    expect(ids('zh-Hant-HK', '數碼經濟')[0]).to.equal('article-35');
  });

  it('full-width Latin and digits fold to ASCII, and case is ignored: ５Ｇ = 5G = 5g', () => {
    inSeed('5G');
    const ascii = ids('zh-Hans', '5G');
    expect(ascii.length).to.be.greaterThan(0);
    expect(ids('zh-Hans', '５Ｇ').join()).to.equal(ascii.join());
    expect(ids('zh-Hans', '５ｇ').join()).to.equal(ascii.join());
    expect(ids('en', 'ＤＩＧＩＴＡＬ ＥＣＯＮＯＭＹ')[0]).to.equal('article-35');
  });
});

describe('search: the whole document', () => {
  it('the preamble, chapter introductions and the closing are found, with their ids', () => {
    const preamble = planPreamble[0];
    const closing = planClosing[0];
    inSeed(preamble.slice(20, 40));
    inSeed(closing.slice(20, 40));
    expect(ids('zh-Hans', preamble.slice(20, 34))).to.include('preamble');
    expect(ids('zh-Hans', closing.slice(-20, -2))).to.include('closing');
    expect(ids('zh-Hans', '春天的故事').join()).to.equal('closing');
    inSeed('抢抓数字技术产业变革机遇');
    expect(ids('zh-Hans', '抢抓数字技术产业变革机遇').join()).to.equal('chapter-8');
    const hit = search(idx['zh-Hans']!, '抢抓数字技术产业变革机遇')[0];
    expect(hit.kind).to.equal('chapter');
    expect(snippet(hit).includes('抢抓数字技术产业变革机遇')).to.equal(true);
    // every chapter intro is indexed (13 of 15 chapters have one), in each locale
    for (const l of ['zh-Hans', 'zh-Hant-HK', 'zh-Hant-TW', 'en'] as LocaleCode[]) {
      const kinds = idx[l]!.entries.map((e) => e.kind);
      expect(kinds.filter((k) => k === 'chapter').length, l).to.equal(15);
      expect(kinds[0], l).to.equal('preamble');
      expect(kinds[kinds.length - 1], l).to.equal('closing');
    }
  });
});

describe('search: precision', () => {
  it('前海 lists only sections with 前海 (not 前 and 海 apart); “health care” only the two with the phrase', () => {
    inSeed('前海');
    const hits = search(idx['zh-Hans']!, '前海');
    expect(hits.length).to.be.greaterThan(0);
    expect(hits.every((h) => h.entry.body.includes('前海'))).to.equal(true);
    const en = search(idx.en!, 'health care');
    expect(en.length).to.equal(2);
    expect(en.every((h) => h.entry.body.toLowerCase().includes('health care'))).to.equal(true);
    // without the phrase anywhere, every word must occur: “economy digital”
    const words = search(idx.en!, 'economy digital');
    expect(words.length).to.be.greaterThan(0);
    expect(words.every((h) => h.mode === 'words' && /economy/i.test(h.entry.body) && /digital/i.test(h.entry.body))).to.equal(true);
  });

  it('the best article comes first: the lead with the phrase, then the most occurrences', () => {
    expect(ids('zh-Hans', '前海')[0]).to.equal('article-30');
    expect(ids('en', 'health care')[0]).to.equal(search(idx.en!, 'health care').sort((a, b) => b.phraseCount - a.phraseCount)[0].id);
  });

  it('bad input never throws', () => {
    for (const q of [null, undefined, 42, {}, '\ud800', '.*[(', '\u0000', '数'.repeat(10000), ' \u3000 ', '🙂前海'] as unknown[]) {
      expect(() => search(idx['zh-Hant-TW']!, q as string)).to.not.throw();
      expect(() => parseQuery(q as string, 'zh-Hant-HK')).to.not.throw();
    }
  });
});

const root = (el: PlanSearch) => el.shadowRoot!;
const input = (el: PlanSearch) => root(el).querySelector<HTMLInputElement>('[part~="input"]')!;
const options = (el: PlanSearch) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const status = (el: PlanSearch) => root(el).querySelector('[part~="status"]')!.textContent.trim();
const showAll = (el: PlanSearch) => root(el).querySelector<HTMLButtonElement>('[part~="show-all"]');
async function settled(el: PlanSearch): Promise<void> {
  await waitUntil(
    () => {
      const s = status(el);
      return s !== '' && !/加载|載|Loading/.test(s);
    },
    'search did not settle',
    { timeout: 10000 },
  );
  await el.updateComplete;
}
async function typeText(el: PlanSearch, text: string): Promise<void> {
  const i = input(el);
  i.focus();
  i.value = text;
  i.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await aTimeout(0);
}

describe('<plan-search>: a portal', () => {
  it('shows the count and a keyboard-reachable “show all N” that lists every result', async () => {
    const el = await fixture<PlanSearch>(html`<plan-search query="经济" max-results="3"></plan-search>`);
    await settled(el);
    const total = search(idx['zh-Hans']!, '经济').length;
    expect(total).to.be.greaterThan(10);
    expect(options(el).length).to.equal(3);
    expect(status(el)).to.equal(`找到${total}条结果，显示前3条`);
    expect(showAll(el)?.textContent.trim()).to.equal(`显示全部${total}条结果`);
    await expect(el).to.be.accessible();
    input(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement === showAll(el), 'Tab reaches the button').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(options(el).length).to.equal(total);
    expect(showAll(el)).to.equal(null);
    expect(status(el)).to.equal(`找到${total}条结果`);
    expect(root(el).activeElement === input(el), 'focus back in the field').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('labels chapter, preamble and closing results and links them to #chapter-N / #preamble / #closing', async () => {
    inSeed('抢抓数字技术产业变革机遇');
    const wrap = await fixture<HTMLElement>(html`<div>
      <plan-search query="抢抓数字技术产业变革机遇"></plan-search>
      <section id="chapter-8">8</section>
    </div>`);
    const el = wrap.querySelector('plan-search')!;
    await settled(el);
    expect(options(el)[0].id).to.equal('option-chapter-8');
    expect(options(el)[0].querySelector('[part~="number"]')!.textContent).to.equal('第八部分');
    const selected = oneEvent(el, 'plan-search-select');
    el.addEventListener('plan-search-select', (e) => e.preventDefault(), { once: true });
    options(el)[0].click();
    const ev = (await selected) as unknown as PlanSearchSelectEvent;
    expect(ev.href).to.equal('#chapter-8');
    expect(ev.number).to.equal(0);
    expect(ev.detail.kind).to.equal('chapter');
    expect(ev.detail.id).to.equal('chapter-8');
    el.setAttribute('query', '春天的故事');
    el.setAttribute('section-href', '/plan#{id}');
    await waitUntil(() => options(el)[0]?.id === 'option-closing');
    expect(options(el)[0].querySelector('[part~="number"]')!.textContent).to.equal('结束语');
    const second = oneEvent(el, 'plan-search-select');
    el.addEventListener('plan-search-select', (e) => e.preventDefault(), { once: true });
    options(el)[0].click();
    expect(((await second) as unknown as PlanSearchSelectEvent).href).to.equal('/plan#closing');
    await expect(el).to.be.accessible();
  });

  it('the select event and the href template carry the query and the matched text ({q})', async () => {
    const el = await fixture<PlanSearch>(
      html`<plan-search lang="zh-Hant-TW" query="数字经济" article-href="/plan/{n}?highlight={q}"></plan-search>`,
    );
    await settled(el);
    const lead = (await loadChapter(8, 'zh-Hant-TW'))!.articles[0].lead;
    const spelled = ['數字經濟', '數位經濟'].find((w) => lead.includes(w))!;
    expect(!!spelled, 'the Taiwan lead of article 35 writes digital economy').to.equal(true);
    // the result marks the text as it stands
    expect([...options(el)[0].querySelectorAll('[part~="lead"] mark')].map((m) => m.textContent).join()).to.equal(spelled);
    const selected = oneEvent(el, 'plan-search-select');
    el.addEventListener('plan-search-select', (e) => e.preventDefault(), { once: true });
    options(el)[0].click();
    const ev = (await selected) as unknown as PlanSearchSelectEvent;
    expect(ev.number).to.equal(35);
    expect(ev.detail.query).to.equal('数字经济');
    expect(ev.detail.highlight).to.equal(spelled);
    expect(ev.href).to.equal(`/plan/35?highlight=${encodeURIComponent(spelled)}`);
  });

  it('url-param="q": reads ?q= on load, writes it as the reader searches, back/forward restore it', async () => {
    const start = location.href;
    try {
      history.replaceState(null, '', `${location.pathname}?q=${encodeURIComponent('前海')}`);
      const el = await fixture<PlanSearch>(html`<plan-search url-param="q"></plan-search>`);
      await settled(el);
      expect(input(el).value).to.equal('前海');
      expect(options(el)[0].id).to.equal('option-article-30');
      el.remove();

      history.replaceState(null, '', location.pathname);
      const el2 = await fixture<PlanSearch>(html`<plan-search url-param="q"></plan-search>`);
      const length = history.length;
      await typeText(el2, '前海');
      await settled(el2);
      expect(new URL(location.href).searchParams.get('q')).to.equal('前海');
      expect(history.length).to.equal(length + 1);
      await typeText(el2, '数字经济');
      await waitUntil(() => new URL(location.href).searchParams.get('q') === '数字经济', 'URL follows');
      expect(history.length, 'refining replaces the entry').to.equal(length + 1);
      history.back();
      await waitUntil(() => input(el2).value === '', 'back: the empty query', { timeout: 3000 });
      history.forward();
      await waitUntil(() => input(el2).value === '数字经济', 'forward: the query again', { timeout: 3000 });
      await settled(el2);
      expect(options(el2)[0].id).to.equal('option-article-35');
      // without url-param nothing is written
      history.replaceState(null, '', location.pathname);
      const el3 = await fixture<PlanSearch>(html`<plan-search></plan-search>`);
      await typeText(el3, '前海');
      await settled(el3);
      expect(location.search).to.equal('');
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('the zh-Hant-TW element finds 人工智慧 for 人工智能 and marks it', async () => {
    inText('zh-Hant-TW', '人工智慧');
    const el = await fixture<PlanSearch>(html`<plan-search lang="zh-Hant-TW" query="人工智能"></plan-search>`);
    await settled(el);
    expect(options(el).length).to.be.greaterThan(0);
    const marked = [...root(el).querySelectorAll('[part~="snippet"] mark, [part~="lead"] mark')].map((m) => m.textContent);
    expect(marked.length).to.be.greaterThan(0);
    expect(marked.every((m) => m === '人工智慧')).to.equal(true);
  });
});

describe('<plan-search>: narrow containers', () => {
  for (const width of [240, 288]) {
    for (const lang of ['zh-Hans', 'en']) {
      it(`nothing overflows a ${width} px container (${lang})`, async () => {
        const wrap = await fixture<HTMLElement>(html`<div style="width:${width}px">
          <plan-search lang=${lang} query=${lang === 'en' ? 'digital economy' : '数字经济'} max-results="3"></plan-search>
        </div>`);
        const el = wrap.querySelector('plan-search')!;
        await settled(el);
        expect(options(el).length).to.be.greaterThan(0);
        const host = el.getBoundingClientRect();
        expect(host.width <= width + 0.5, `host ${host.width}`).to.equal(true);
        expect(wrap.scrollWidth <= width, `container scrollWidth ${wrap.scrollWidth}`).to.equal(true);
        expect(el.scrollWidth <= el.clientWidth, `host scrollWidth ${el.scrollWidth} > ${el.clientWidth}`).to.equal(true);
        const parts = [
          input(el),
          root(el).querySelector<HTMLElement>('[part~="listbox"]')!,
          ...options(el),
          showAll(el)!,
          root(el).querySelector<HTMLElement>('[part~="status"]')!,
        ];
        for (const p of parts.filter(Boolean)) {
          const r = p.getBoundingClientRect();
          expect(
            r.left >= host.left - 0.5 && r.right <= host.right + 0.5,
            `${p.getAttribute('part')} ${r.left}–${r.right} in ${host.left}–${host.right}`,
          ).to.equal(true);
          expect(p.scrollWidth <= p.clientWidth + 1, `${p.getAttribute('part')} scrollWidth ${p.scrollWidth} > ${p.clientWidth}`).to.equal(
            true,
          );
        }
      });
    }
  }
});
