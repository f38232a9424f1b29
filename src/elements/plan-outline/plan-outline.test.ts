import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/plan-outline.js';
import type { PlanOutline, PlanOutlineCurrentEvent, PlanOutlineSelectEvent } from './plan-outline.js';
import { articleSummaries, chapterSummaries, getArticleRef } from '../../data/outline.js';
import { articles as hkArticles } from '../../generated/zh-Hant-HK/outline.js';
import { chapters as hkChapters } from '../../generated/zh-Hant-HK/chapters.js';
import { articles as enArticles } from '../../generated/en/outline.js';
import { chapters as enChapters } from '../../generated/en/chapters.js';
import { loadSeed, warningsOfEachTest } from '../../../test/helpers/index.js';

/*
 * Expected text comes from the dataset (src/data/outline.ts, and each locale's generated outline), never typed here,
 * and the zh-Hans chapter headings and leads are checked against the seed (whitespace removed), so a typo in the
 * data or the element fails. Presence is asserted as booleans and strings: a failing chai assertion that has to
 * print a DOM element hangs the runner.
 */
let seed = '';
before(async () => {
  seed = (await loadSeed()).replace(/\s+/g, '');
});

const warnings = warningsOfEachTest();
const warned = (s: string) => warnings.filter((w) => w.includes(s)).length;

const root = (el: Element) => el.shadowRoot!;
const all = (el: Element, sel: string) => [...root(el).querySelectorAll<HTMLElement>(sel)];
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => all(el, `[part~="${name}"]`);
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const buttons = (el: Element) => all(el, 'button[part~="chapter-button"]');
const expandedOf = (el: Element) =>
  buttons(el)
    .map((b) => b.getAttribute('aria-expanded'))
    .join('');
/** The chapter numbers whose list is shown. */
const openChapters = (el: Element) =>
  buttons(el)
    .filter((b) => b.getAttribute('aria-expanded') === 'true')
    .map((b) => b.dataset.chapter)
    .join(',');
/** Shown links (in an open list): their text. */
const shownLinks = (el: Element) => all(el, 'ol:not([hidden]) a[part~="article-link"]');
const focused = (el: Element) => {
  const a = root(el).activeElement as HTMLElement | null;
  return a ? `${a.localName}${a.dataset.chapter ? `#${a.dataset.chapter}` : ''}:${squash(a.textContent).slice(0, 8)}` : 'none';
};
/** The ideographic space between 第N条 and the lead (zh-Hans and zh-Hant strings). */
const SP = '\u3000';
const XSS = '<img src=x onerror=alert(1)>';

async function ready<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T): Promise<T> {
  await el.updateComplete;
  // an update that waited for a locale pack may have been followed by another
  await el.updateComplete;
  return el;
}

/** Polls until `condition` holds (IntersectionObserver callbacks come when the engine gets to them), at most 5 s. */
async function waitUntil(condition: () => boolean, what: string): Promise<void> {
  const end = performance.now() + 5000;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 10)));
  }
}

describe('<plan-outline> structure', () => {
  it('15 chapters as disclosure buttons (closed), 73 article links: 第N条 and the lead, from the dataset; accessible', async () => {
    const el = await fixture<PlanOutline>(html`<plan-outline></plan-outline>`);
    await expect(el).to.be.accessible();
    const base = part(el, 'base')!;
    expect(base.localName).to.equal('nav');
    expect(base.getAttribute('aria-label')).to.equal('目录');
    expect(base.getAttribute('lang')).to.equal('zh-Hans');
    expect(parts(el, 'chapter')).to.have.length(15);
    const bs = buttons(el);
    expect(bs).to.have.length(chapterSummaries.length);
    expect(expandedOf(el)).to.equal('false'.repeat(15));
    bs.forEach((b, i) => {
      const c = chapterSummaries[i];
      expect(squash(b.textContent)).to.equal(`${c.numeral}、${c.title}`);
      expect(seed.includes(`${c.numeral}、${c.title}`.replace(/\s+/g, '')), `seed has chapter ${c.number}`).to.equal(true);
      const list = root(el).getElementById(b.getAttribute('aria-controls')!);
      expect(list?.getAttribute('part')).to.equal('list');
      expect(list?.hidden).to.equal(true);
      expect(b.parentElement!.getAttribute('role')).to.equal('heading');
      expect(b.parentElement!.getAttribute('aria-level')).to.equal('3');
    });
    const links = parts(el, 'article-link');
    expect(links).to.have.length(73);
    expect(shownLinks(el)).to.have.length(0);
    links.forEach((a, i) => {
      const s = articleSummaries[i];
      expect(a.textContent).to.equal(`第${s.number}条${SP}${s.lead}`);
      expect(seed.includes(s.lead.replace(/\s+/g, '')), `seed has lead ${s.number}`).to.equal(true);
      expect(a.getAttribute('href')).to.equal(`#article-${s.number}`);
      expect(a.hasAttribute('aria-current')).to.equal(false);
    });
    // each chapter's list holds exactly its own articles
    for (const c of chapterSummaries) {
      const list = root(el).getElementById(`chapter-${c.number}-articles`)!;
      const texts = [...list.querySelectorAll('a')].map((a) => a.textContent);
      expect(texts).to.deep.equal(c.articles.map((n) => `第${n}条${SP}${articleSummaries[n - 1].lead}`));
    }
    expect(warnings).to.have.length(0);
  });

  it('expanded="all" opens every chapter; accessible in light and dark with a current article', async () => {
    const el = await fixture<PlanOutline>(html`<plan-outline expanded="all" current="35"></plan-outline>`);
    expect(expandedOf(el)).to.equal('true'.repeat(15));
    expect(shownLinks(el)).to.have.length(73);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'current')!).color).to.equal('rgb(255, 180, 171)');
    await expect(el).to.be.accessible();
    expect(warnings).to.have.length(0);
  });

  it('heading-level sets the chapter headings’ level; a bad one falls back to 3 and warns', async () => {
    const el = await fixture<PlanOutline>(html`<plan-outline heading-level="2"></plan-outline>`);
    expect(part(el, 'chapter-heading')!.getAttribute('aria-level')).to.equal('2');
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(part(el, 'chapter-heading')!.getAttribute('aria-level')).to.equal('3');
    expect(warned('heading-level="9"')).to.equal(1);
  });
});

describe('<plan-outline> print', () => {
  it('print shows every list, closed ones too, without the disclosure marker', async () => {
    const el = await fixture<PlanOutline>(html`<plan-outline></plan-outline>`);
    const rules = (el.shadowRoot!.adoptedStyleSheets.length ? el.shadowRoot!.adoptedStyleSheets : [...el.shadowRoot!.styleSheets])
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
      .flatMap((r) => [...r.cssRules].map((x) => x.cssText.replace(/\s+/g, ' ')));
    expect(rules.some((r) => r.startsWith('.list[hidden] {') && r.includes('display: block'))).to.equal(true);
    expect(rules.some((r) => r.startsWith('.toggle::before {') && r.includes('display: none'))).to.equal(true);
  });
});

describe('<plan-outline> disclosure', () => {
  it('by keyboard: Tab to a chapter, Enter opens, Tab into its links, Space closes; ↓ ↑ Home End move between chapters', async () => {
    const el = await fixture<PlanOutline>(html`<plan-outline></plan-outline>`);
    buttons(el)[0].focus();
    expect(focused(el)).to.match(/^button#1:/);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(openChapters(el)).to.equal('1');
    expect(shownLinks(el).map((a) => a.textContent)).to.deep.equal(
      chapterSummaries[0].articles.map((n) => `第${n}条${SP}${articleSummaries[n - 1].lead}`),
    );
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent).to.equal(`第1条${SP}${articleSummaries[0].lead}`);
    // (back by script: WebKit's WebDriver cannot hold Shift for Shift+Tab)
    buttons(el)[0].focus();
    expect(focused(el)).to.match(/^button#1:/);
    await sendKeys({ press: ' ' }); // 'Space' is unknown to Firefox's BiDi keyboard
    await el.updateComplete;
    expect(openChapters(el)).to.equal('');
    // closed: Tab goes to the next chapter's button, past the hidden links
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.match(/^button#2:/);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.match(/^button#3:/);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.match(/^button#2:/);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.match(/^button#15:/);
    await sendKeys({ press: 'ArrowDown' }); // no wrap at the end
    expect(focused(el)).to.match(/^button#15:/);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.match(/^button#1:/);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(openChapters(el)).to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('a click toggles; several chapters stay open', async () => {
    const el = await fixture<PlanOutline>(html`<plan-outline></plan-outline>`);
    buttons(el)[2].click();
    buttons(el)[4].click();
    await el.updateComplete;
    expect(openChapters(el)).to.equal('3,5');
    buttons(el)[2].click();
    await el.updateComplete;
    expect(openChapters(el)).to.equal('5');
  });

  it('expanded: a chapter number, none, all; changing it resets; bad values warn and open none', async () => {
    const el = await fixture<PlanOutline>(html`<plan-outline expanded="8"></plan-outline>`);
    expect(openChapters(el)).to.equal('8');
    buttons(el)[0].click();
    await el.updateComplete;
    expect(openChapters(el)).to.equal('1,8');
    el.expanded = 'all';
    await el.updateComplete;
    expect(openChapters(el).split(',')).to.have.length(15);
    el.setAttribute('expanded', 'none');
    await el.updateComplete;
    expect(openChapters(el)).to.equal('');
    for (const bad of ['abc', '16', '0', XSS]) {
      el.setAttribute('expanded', bad);
      await el.updateComplete;
      expect(openChapters(el), bad).to.equal('');
      expect(warned(`expanded="${bad}"`), bad).to.equal(1);
    }
    expect(all(el, 'img')).to.have.length(0);
    el.removeAttribute('expanded');
    await el.updateComplete;
    expect(openChapters(el)).to.equal('');
    expect(warnings).to.have.length(4);
  });
});

describe('<plan-outline> chapter', () => {
  it('chapter="8": that chapter only, heading and its article links, no disclosure; accessible', async () => {
    const el = await fixture<PlanOutline>(html`<plan-outline chapter="8"></plan-outline>`);
    await expect(el).to.be.accessible();
    const c = chapterSummaries[7];
    expect(buttons(el)).to.have.length(0);
    expect(parts(el, 'chapter')).to.have.length(1);
    const heading = part(el, 'chapter-heading')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(squash(heading.textContent)).to.equal(`${c.numeral}、${c.title}`);
    expect(shownLinks(el).map((a) => a.textContent)).to.deep.equal(c.articles.map((n) => `第${n}条${SP}${articleSummaries[n - 1].lead}`));
    expect(shownLinks(el).some((a) => a.textContent?.includes('加快释放数字经济潜力'))).to.equal(true);
    el.chapter = '3';
    await el.updateComplete;
    expect(squash(part(el, 'chapter-heading')!.textContent)).to.equal(`${chapterSummaries[2].numeral}、${chapterSummaries[2].title}`);
    expect(warnings).to.have.length(0);
  });

  for (const bad of ['0', '16', 'abc', '<b>8</b>', '8.5', ' ']) {
    it(`chapter="${bad}": a short notice and one warning; no markup injected`, async () => {
      const el = await fixture<PlanOutline>(html`<plan-outline chapter=${bad}></plan-outline>`);
      expect(squash(part(el, 'error')?.textContent)).to.equal('此处内容无法显示');
      expect(part(el, 'base') === null).to.equal(true);
      expect(all(el, 'b')).to.have.length(0);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<plan-outline> chapter=');
      expect(warnings[0]).to.include('1–15');
      await expect(el).to.be.accessible();
    });
  }

  it('an unknown chapter shows the page’s fallback content instead of the notice', async () => {
    const el = await fixture<PlanOutline>(html`<plan-outline chapter="99"><p>目录见下文</p></plan-outline>`);
    expect(part(el, 'error') === null).to.equal(true);
    expect(el.querySelector('p')?.assignedSlot ? 'slotted' : 'not').to.equal('slotted');
    expect(warned('chapter="99"')).to.equal(1);
  });
});

describe('<plan-outline> current and links', () => {
  it('current="35" marks its link aria-current="location" (part current) and opens its chapter', async () => {
    const el = await fixture<PlanOutline>(html`<plan-outline current="35"></plan-outline>`);
    const ref = getArticleRef(35)!;
    expect(openChapters(el)).to.equal(String(ref.chapter));
    const cur = parts(el, 'current');
    expect(cur).to.have.length(1);
    expect(cur[0].getAttribute('aria-current')).to.equal('location');
    expect(cur[0].getAttribute('part')).to.equal('article-link current');
    expect(cur[0].textContent).to.equal(`第35条${SP}${articleSummaries[34].lead}`);
    el.current = 5;
    await el.updateComplete;
    expect(part(el, 'current')!.textContent).to.equal(`第5条${SP}${articleSummaries[4].lead}`);
    // the chapter is open while its article is current
    expect(openChapters(el)).to.equal(String(getArticleRef(5)!.chapter));
    await expect(el).to.be.accessible();
    expect(warnings).to.have.length(0);
  });

  it('the reader may close the current chapter; a chapter the reader opened stays open; removing current closes its chapter', async () => {
    const el = await fixture<PlanOutline>(html`<plan-outline current="35"></plan-outline>`);
    const c35 = getArticleRef(35)!.chapter;
    buttons(el)[c35 - 1].click();
    await el.updateComplete;
    expect(openChapters(el)).to.equal('');
    buttons(el)[c35 - 1].click();
    buttons(el)[0].click();
    await el.updateComplete;
    expect(openChapters(el)).to.equal(`1,${c35}`);
    el.removeAttribute('current');
    await el.updateComplete;
    expect(el.current).to.equal(undefined);
    // opened by the reader: stays open
    expect(openChapters(el)).to.equal(`1,${c35}`);
    el.setAttribute('current', '3');
    await el.updateComplete;
    el.removeAttribute('current');
    await el.updateComplete;
    expect(openChapters(el)).to.equal(`1,${c35}`);
    const fresh = await fixture<PlanOutline>(html`<plan-outline current="35"></plan-outline>`);
    fresh.removeAttribute('current');
    await fresh.updateComplete;
    expect(openChapters(fresh)).to.equal('');
    expect(fresh.hasAttribute('current')).to.equal(false);
  });

  it('a bad current (0, 74, abc, HTML) marks nothing and warns once', async () => {
    for (const bad of ['0', '74', 'abc', XSS]) {
      const el = await fixture<PlanOutline>(html`<plan-outline current=${bad}></plan-outline>`);
      expect(parts(el, 'current'), bad).to.have.length(0);
      expect(openChapters(el)).to.equal('');
      expect(all(el, 'img')).to.have.length(0);
      expect(warned(`current="${bad.slice(0, 40)}`), bad).to.equal(1);
    }
    expect(warnings).to.have.length(4);
  });

  it('article-href: the page’s template; an unsafe one is refused with a warning (#article-N instead)', async () => {
    const el = await fixture<PlanOutline>(html`<plan-outline expanded="all" article-href="/plan/article-{n}.html"></plan-outline>`);
    const hrefs = parts(el, 'article-link').map((a) => a.getAttribute('href'));
    expect(hrefs[0]).to.equal('/plan/article-1.html');
    expect(hrefs[72]).to.equal('/plan/article-73.html');
    for (const bad of ['javascript:alert({n})', 'data:text/html,{n}', '/plan/article', '" onclick="x{n}']) {
      el.articleHref = bad;
      await el.updateComplete;
      expect(part(el, 'article-link')!.getAttribute('href'), bad).to.equal('#article-1');
      expect(warned('article-href='), bad).to.be.greaterThan(0);
    }
    expect(warnings).to.have.length(4);
    expect(part(el, 'article-link')!.hasAttribute('onclick')).to.equal(false);
  });

  it('fires plan-outline-select on a click and on Enter, without preventing navigation', async () => {
    const el = await fixture<PlanOutline>(html`<plan-outline expanded="8" article-href="#outline-test-{n}"></plan-outline>`);
    const got: string[] = [];
    el.addEventListener('plan-outline-select', (e: PlanOutlineSelectEvent) => got.push(`${e.article}`));
    // a listener after the element's: navigation was not prevented (then stop it, to keep the test page in place)
    const prevented: boolean[] = [];
    const onClick = (e: Event) => {
      prevented.push(e.defaultPrevented);
      e.preventDefault();
    };
    document.addEventListener('click', onClick);
    try {
      const links = shownLinks(el);
      links[0].click();
      links[1].focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => got.length === 2, 'two select events');
    } finally {
      document.removeEventListener('click', onClick);
    }
    const c = chapterSummaries[7];
    expect(got).to.deep.equal([String(c.articles[0]), String(c.articles[1])]);
    expect(prevented).to.deep.equal([false, false]);
  });
});

describe('<plan-outline> track', () => {
  /**
   * A page of article blocks (each 70% of the viewport high) and the outline(s) in a fixed sidebar, as a page would
   * have them: an outline above the articles would push them down when it opens a chapter, and WebKit, which has no
   * scroll anchoring, would then show the article before.
   */
  async function page(numbers: number[], outlines = 1) {
    const box = await fixture<HTMLDivElement>(html`<div>
      <div style="position: fixed; inset-block-start: 0; inset-inline-end: 0; width: 20em; max-height: 40vh; overflow: auto">
        ${Array.from({ length: outlines }, () => html`<plan-outline track></plan-outline>`)}
      </div>
      ${numbers.map((n) => html`<div id=${`article-${n}`} style="height: 70vh; margin-block: 20vh">article ${n}</div>`)}
    </div>`);
    const els = [...box.querySelectorAll('plan-outline')];
    await Promise.all(els.map((e) => e.updateComplete));
    /** Scrolls so that article n's top is just above the viewport's top: it is the topmost visible block. */
    const scrollTo = (n: number) => {
      const target = document.getElementById(`article-${n}`)!;
      window.scrollTo(0, target.getBoundingClientRect().top + window.scrollY + 10);
    };
    return { box, els, scrollTo };
  }
  afterEach(() => window.scrollTo(0, 0));

  it('the topmost visible article-N element becomes current; plan-outline-current fires; its chapter opens', async () => {
    const { els, scrollTo } = await page([33, 34, 35, 36, 37]);
    const el = els[0];
    const events: string[] = [];
    el.addEventListener('plan-outline-current', (e: PlanOutlineCurrentEvent) =>
      events.push(`${e.previous ?? '-'}→${e.article}:${el.current}`),
    );
    scrollTo(35);
    await waitUntil(() => el.current === '35', 'current 35');
    await el.updateComplete;
    expect(el.getAttribute('current')).to.equal('35');
    expect(part(el, 'current')!.textContent).to.equal(`第35条${SP}${articleSummaries[34].lead}`);
    expect(openChapters(el)).to.include(String(getArticleRef(35)!.chapter));
    scrollTo(37);
    await waitUntil(() => el.current === '37', 'current 37');
    expect(events[events.length - 1]).to.equal('35→37:37');
    expect(events.some((e) => e.endsWith('→35:35'))).to.equal(true);
  });

  it('articles added later are tracked (MutationObserver), and two outlines follow the same page', async () => {
    const { box, els, scrollTo } = await page([10, 11], 2);
    scrollTo(11);
    await waitUntil(() => els.every((e) => e.current === '11'), 'both at 11');
    const later = document.createElement('div');
    later.style.cssText = 'height: 70vh; margin-block: 20vh';
    later.textContent = 'article 60, added later';
    box.append(later);
    later.id = 'article-60'; // an id set after insertion (as <plan-article permalink> does) counts too
    await new Promise((r) => setTimeout(r, 50));
    scrollTo(60);
    await waitUntil(() => els.every((e) => e.current === '60'), 'both at 60');
    await Promise.all(els.map((e) => e.updateComplete));
    expect(els.map((e) => part(e, 'current')?.textContent).join('|')).to.equal(
      [0, 1].map(() => `第60条${SP}${articleSummaries[59].lead}`).join('|'),
    );
  });

  it('without track, scrolling changes nothing', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <plan-outline current="2"></plan-outline>
      <div id="article-1" style="height: 70vh"></div>
      <div id="article-9" style="height: 150vh"></div>
    </div>`);
    const el = box.querySelector('plan-outline')!;
    window.scrollTo(0, document.getElementById('article-9')!.getBoundingClientRect().top + window.scrollY + 10);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((r) => setTimeout(r, 100));
    expect(el.current).to.equal('2');
  });
});

describe('<plan-outline> locales', () => {
  it('zh-Hant-HK: the converted chapter titles and leads, lang on the region; accessible', async () => {
    const el = await ready(await fixture<PlanOutline>(html`<plan-outline lang="zh-Hant-HK" expanded="all"></plan-outline>`));
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('zh-Hant-HK');
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('目錄');
    expect(buttons(el).map((b) => squash(b.textContent))).to.deep.equal(hkChapters.map((c) => `${c.numeral}、${c.title}`));
    expect(parts(el, 'article-link').map((a) => a.textContent)).to.deep.equal(hkArticles.map((a) => `第${a.number}條${SP}${a.lead}`));
    // really converted: article 35's lead differs from the simplified source
    expect(hkArticles[34].lead).not.to.equal(articleSummaries[34].lead);
    await expect(el).to.be.accessible();
  });

  it('en: English chapter titles and leads, Article N; accessible in dark', async () => {
    const el = await ready(
      await fixture<PlanOutline>(html`<plan-outline lang="en" expanded="all" theme="dark" current="35"></plan-outline>`),
    );
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Contents');
    expect(buttons(el).map((b) => squash(b.textContent))).to.deep.equal(enChapters.map((c) => `Chapter ${c.numeral}: ${c.title}`));
    expect(parts(el, 'article-link').map((a) => a.textContent)).to.deep.equal(enArticles.map((a) => `Article ${a.number}: ${a.lead}`));
    expect(part(el, 'current')!.textContent).to.equal(`Article 35: ${enArticles[34].lead}`);
    await expect(el).to.be.accessible();
  });
});
