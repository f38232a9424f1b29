import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { planMeta } from '../../data/chapters.js';
import { loadSeed, warningsDuring } from '../../../test/helpers/index.js';
import { loadArticle } from '../../data/text.js';
import { resetWarnings } from '../../internal/warn.js';
import '../../define/plan-article.js';
import { citationParts, gbCitation, isoDate, planAuthor } from './citation.js';
import { copyText, legacyCopy } from './clipboard.js';
import { cutAt, DEFAULT_MAX_CHARS, leadPrefixLength, makeExcerpt } from './excerpt.js';
import { MAX_TERMS, parseTerms, splitRuns } from './highlight.js';
import { PlanArticle, PlanArticleCopyEvent, PlanArticleErrorEvent, PlanArticleLoadEvent } from './plan-article.js';
import { articleStyles } from './plan-article.styles.js';
import { textLoad } from './text-load.js';

const XSS = '<img src=x onerror=alert(1)>';

const root = (el: PlanArticle) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: PlanArticle, sel: string) => root(el).querySelector<T>(sel);
const qa = <T extends Element = HTMLElement>(el: PlanArticle, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const bodyParagraphs = (el: PlanArticle) => qa(el, '[part~="body"] [part~="paragraph"]').map((p) => p.textContent);
const button = (el: PlanArticle, part: string) => q<HTMLButtonElement>(el, `button[part~="${part}"]`)!;
const count = (text: string, term: string) => text.split(term).length - 1;

/**
 * Makes the test dev server fail, stall or delay one chapter's text chunk for this browser (a cookie read by
 * test/wtr/chunk-gate.mjs): the element loads its text through the real import(). Returns a function that undoes it.
 * A browser keeps a chunk that failed, and text.ts the chapters loaded: each chapter serves one test only.
 */
function gateChunk(chapter: number, mode: 'fail' | 'stall' | `delay-${number}`): () => void {
  const name = `plan-chunk-${String(chapter).padStart(2, '0')}`;
  // max-age: should a run be cut short before the undo, the gate cannot outlive it into a later test file
  document.cookie = `${name}=${mode}; path=/; max-age=20`;
  return () => void (document.cookie = `${name}=; path=/; max-age=0`);
}

/** Creates a <plan-article> (not yet in the page), so that listeners can be added before it loads anything. */
function article(number: number | string, inner = ''): PlanArticle {
  const el = document.createElement('plan-article');
  el.setAttribute('number', String(number));
  el.innerHTML = inner;
  return el;
}

/** Collects the plan-article-* events that reach the document (they bubble and are composed). */
function recordEvents() {
  const seen: Event[] = [];
  const types = ['plan-article-load', 'plan-article-error', 'plan-article-copy'] as const;
  const on = (e: Event) => void seen.push(e);
  for (const t of types) document.addEventListener(t, on);
  return { seen, stop: () => types.forEach((t) => document.removeEventListener(t, on)) };
}

/** Replaces navigator.clipboard (undefined: no Clipboard API) for one test; returns a restore function. */
function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  const had = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: writeText ? { writeText } : undefined });
  return () => {
    if (had) Object.defineProperty(navigator, 'clipboard', had);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

/** Replaces document.execCommand for one test (the legacy copy path). */
function stubExecCommand(result: boolean | Error) {
  const copied: string[] = [];
  document.execCommand = (command: string) => {
    if (command === 'copy') copied.push((document.activeElement as HTMLTextAreaElement | null)?.value ?? '');
    if (result instanceof Error) throw result;
    return result;
  };
  // the stub is an own property of document: deleting it uncovers Document.prototype.execCommand again
  return { copied, restore: () => void delete (document as { execCommand?: unknown }).execCommand };
}

describe('highlight (pure)', () => {
  it('splits terms on , and ，, trims, ignores empty ones, dedupes and sorts longest first', () => {
    expect(parseTerms(' 5G ，数字经济,, ，数字, 5G ')).to.deep.equal(['数字经济', '5G', '数字']);
    expect(parseTerms('')).to.deep.equal([]);
    expect(parseTerms(null)).to.deep.equal([]);
    expect(parseTerms(' , ，')).to.deep.equal([]);
  });

  it('caps the number and length of terms', () => {
    const many = Array.from({ length: 30 }, (_, i) => `t${i}`).join(',');
    expect(parseTerms(many)).to.have.length(MAX_TERMS);
    expect(parseTerms('x'.repeat(51))).to.deep.equal([]);
  });

  it('marks every occurrence, longest term first, and the runs join back to the text', () => {
    const text = '壮大数字经济生产力，实现数字经济五年翻番。实施“5G+8K+AI+云”';
    const runs = splitRuns(text, parseTerms('数字,数字经济,5g'));
    expect(runs.map((r) => r.text).join('')).to.equal(text);
    expect(runs.filter((r) => r.mark).map((r) => r.text)).to.deep.equal(['数字经济', '数字经济', '5G']);
  });

  it('matches at the start and the end, adjacent occurrences, and HTML only as literal text', () => {
    expect(splitRuns('5G5G', ['5G'])).to.deep.equal([
      { text: '5G', mark: true },
      { text: '5G', mark: true },
    ]);
    expect(splitRuns('a<b>c', ['<b>'])).to.deep.equal([
      { text: 'a', mark: false },
      { text: '<b>', mark: true },
      { text: 'c', mark: false },
    ]);
    expect(splitRuns('文本', [])).to.deep.equal([{ text: '文本', mark: false }]);
    expect(splitRuns('', ['x'])).to.deep.equal([{ text: '', mark: false }]);
  });
});

describe('excerpt (pure)', () => {
  it('knows how much of the first paragraph is the lead', () => {
    expect(leadPrefixLength('加快释放数字经济潜力。制定', '加快释放数字经济潜力')).to.equal(11);
    expect(leadPrefixLength('“十四五”时期经济社会发展主要目标', '“十四五”时期经济社会发展主要目标')).to.equal(17);
    expect(leadPrefixLength('别的开头', '加快')).to.equal(0);
  });

  it('cuts at a late sentence end, else at the last clause end (dropping the comma), else hard', () => {
    expect(cutAt([...'一二三四五六。七八，九'], 10)).to.deep.equal({ end: 7, keep: 7 });
    expect(cutAt([...'一。二三四五六七，八九十'], 10)).to.deep.equal({ end: 9, keep: 8 });
    expect(cutAt([...'一二三四五六七八九十'], 5)).to.deep.equal({ end: 0, keep: 0 });
  });

  it('keeps the lead, then cuts article 35 at a boundary within max-chars', async () => {
    const a = (await loadArticle(35))!;
    const ex = makeExcerpt(a.paragraphs, a.lead, DEFAULT_MAX_CHARS);
    expect(ex.truncated).to.equal(true);
    expect(ex.pieces).to.have.length(1);
    const [piece] = ex.pieces;
    expect(a.paragraphs[0].startsWith(piece.text)).to.equal(true);
    expect(piece.text.startsWith(`${a.lead}。`)).to.equal(true);
    const rest = piece.text.length - a.lead.length - 1;
    expect(rest).to.be.within(60, DEFAULT_MAX_CHARS);
    // cut after a sentence end (kept), or before a clause mark (dropped)
    const last = piece.text.at(-1)!;
    const next = a.paragraphs[0].charAt(piece.text.length);
    expect(/[。；！？]/.test(last) || /[，、：]/.test(next), `${last}|${next}`).to.equal(true);
  });

  it('takes whole paragraphs while they fit (article 6) and handles a lead-only first paragraph (article 7)', async () => {
    const a6 = (await loadArticle(6))!;
    const ex6 = makeExcerpt(a6.paragraphs, a6.lead, 120);
    expect(ex6.pieces.map((p) => p.whole)).to.deep.equal([true]);
    expect(ex6.truncated).to.equal(true);
    const a7 = (await loadArticle(7))!;
    const ex7 = makeExcerpt(a7.paragraphs, a7.lead, 40);
    expect(ex7.pieces[0]).to.deep.equal({ index: 0, text: a7.lead, whole: true });
    expect(ex7.pieces[1].index).to.equal(1);
    expect(a7.paragraphs[1].startsWith(ex7.pieces[1].text)).to.equal(true);
    expect(ex7.pieces[1].text.length).to.be.at.most(40);
  });

  it('is the whole text, not truncated, when it fits', async () => {
    const a = (await loadArticle(73))!;
    const ex = makeExcerpt(a.paragraphs, a.lead, 5000);
    expect(ex.truncated).to.equal(false);
    expect(ex.pieces.map((p) => p.text)).to.deep.equal([...a.paragraphs]);
    expect(makeExcerpt([], 'x', 10)).to.deep.equal({ pieces: [], truncated: false });
  });
});

describe('citation (pure)', () => {
  const accessed = new Date(2025, 0, 5);

  it('derives the author from the title and formats dates as YYYY-MM-DD', () => {
    expect(planAuthor(planMeta)).to.equal('中共深圳市委');
    expect(isoDate(accessed)).to.equal('2025-01-05');
  });

  it('writes the GB/T 7714—2015 [EB/OL] reference with adoption and access dates', () => {
    expect(gbCitation(planMeta, accessed)).to.equal(
      '中共深圳市委. 中共深圳市委关于制定深圳市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议[EB/OL]. ' +
        '(2020-12-22)[2025-01-05]. http://www.sz.gov.cn/cn/xxgk/zfxxgj/zwdt/content/post_8386242.html.',
    );
  });

  it('takes every part from the dataset, which matches the seed', async () => {
    const seed = await loadSeed();
    const p = citationParts(planMeta, 35, accessed);
    expect(seed).to.include(p.title);
    expect(seed).to.include(p.url);
    expect(seed).to.include(`(${p.adoption})`);
    expect(p.accessed).to.equal('2025-01-05');
  });
});

describe('clipboard', () => {
  it('uses the Clipboard API when it works', async () => {
    const written: string[] = [];
    const restore = stubClipboard((t) => {
      written.push(t);
      return Promise.resolve();
    });
    try {
      expect(await copyText('甲')).to.equal(true);
      expect(written).to.deep.equal(['甲']);
    } finally {
      restore();
    }
  });

  it('falls back to a selected textarea + execCommand when the API refuses, and restores focus', async () => {
    const restoreClipboard = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const exec = stubExecCommand(true);
    const focusMe = document.createElement('button');
    document.body.append(focusMe);
    try {
      expect(await copyText('乙', focusMe)).to.equal(true);
      expect(exec.copied).to.deep.equal(['乙']);
      expect(document.activeElement).to.equal(focusMe);
      expect(document.querySelector('textarea')).to.equal(null);
    } finally {
      exec.restore();
      restoreClipboard();
      focusMe.remove();
    }
  });

  it('reports failure when neither path works, without throwing', async () => {
    const restoreClipboard = stubClipboard(() => Promise.reject(new Error('no')));
    const exec = stubExecCommand(new Error('unsupported'));
    try {
      expect(await copyText('丙')).to.equal(false);
      exec.restore();
      const exec2 = stubExecCommand(false);
      expect(legacyCopy('丁')).to.equal(false);
      expect(exec2.copied).to.deep.equal(['丁']);
      exec2.restore();
    } finally {
      exec.restore();
      restoreClipboard();
    }
  });
});

describe('<plan-article>', () => {
  beforeEach(() => resetWarnings());

  it('renders chapter context, 第N条 and the lead as an h3 title, and is accessible', async () => {
    const el = await fixture<PlanArticle>(html`<plan-article number="35"></plan-article>`);
    expect(el).to.be.instanceOf(PlanArticle);
    expect(q(el, '[part~="chapter"]')!.textContent).to.equal('八、加快数字化整体转型，打造全球数字先锋城市');
    const title = q(el, '[part~="title"]')!;
    expect(title.localName).to.equal('h3');
    expect(q(el, '[part~="number"]')!.textContent).to.equal('第35条');
    expect(title.textContent).to.equal('第35条加快释放数字经济潜力');
    expect(q(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  for (const n of [1, 6, 7, 35, 73]) {
    it(`renders the text of article ${n} exactly as in the dataset`, async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number=${n}></plan-article>`);
      const a = (await loadArticle(n))!;
      expect(bodyParagraphs(el)).to.deep.equal([...a.paragraphs]);
      expect(q(el, '[part~="title"]')!.textContent).to.equal(`第${n}条${a.lead}`);
      await expect(el).to.be.accessible();
    });
  }

  it('shows text that matches the seed, page breaks rejoined', async () => {
    const seed = await loadSeed();
    const text = async (n: number) => bodyParagraphs(await fixture<PlanArticle>(html`<plan-article number=${n}></plan-article>`));
    const a1 = await text(1);
    expect(a1[0]).to.include('高举中国特色社会主义伟大旗帜，解放思想、改革创新');
    expect(a1[0].endsWith('充分证明党中央关于兴办经济特区的战略决策是完全正确的。')).to.equal(true);
    const a6 = await text(6);
    expect(a6).to.include(
      '——在社会主义法治建设上走在前列、勇当尖兵。坚持科学立法、严格执法、公正司法、全民守法，加快法治城市、法治政府、法治社会建设，营造一流法治环境。',
    );
    expect(a6[6]).to.include('注重在科学化、精细化、智能化上下功夫');
    const a7 = await text(7);
    expect(a7[1]).to.include('经济总量超过4万亿元');
    expect(a7[1]).to.include('全社会研发投入占地区生产总值比重达5%左右');
    // single-line articles: the whole paragraph is one line of the seed, preceded by "N. "
    for (const n of [35, 73]) {
      const [p] = await text(n);
      expect(seed).to.include(`\n${n}. ${p}\n`);
    }
  });

  it('renders the —— items of articles 6 and 7 as an unbulleted list, keeping the dashes', async () => {
    for (const [n, items] of [
      [6, 10],
      [7, 5],
    ] as const) {
      const el = await fixture<PlanArticle>(html`<plan-article number=${n}></plan-article>`);
      const lists = qa(el, '[part~="body"] ul[part~="list"]');
      expect(lists).to.have.length(1);
      expect(lists[0].getAttribute('role')).to.equal('list');
      expect(getComputedStyle(lists[0]).listStyleType).to.equal('none');
      const li = qa(el, '[part~="body"] li[part~="paragraph"]');
      expect(li).to.have.length(items);
      expect(li.every((x) => x.textContent.startsWith('——'))).to.equal(true);
      expect(qa(el, '[part~="body"] p[part~="paragraph"]')).to.have.length(1);
    }
    const plain = await fixture<PlanArticle>(html`<plan-article number="35"></plan-article>`);
    expect(qa(plain, 'ul')).to.have.length(0);
  });

  it('takes the heading level from heading-level (2–6) and warns once for a bad one', async () => {
    const h2 = await fixture<PlanArticle>(html`<plan-article number="1" heading-level="2"></plan-article>`);
    expect(q(h2, '[part~="title"]')!.localName).to.equal('h2');
    const h6 = await fixture<PlanArticle>(html`<plan-article number="1" heading-level="6"></plan-article>`);
    expect(q(h6, '[part~="title"]')!.localName).to.equal('h6');
    for (const bad of ['7', '1', 'abc', XSS]) {
      let el!: PlanArticle;
      const warnings = await warningsDuring(async () => {
        el = await fixture<PlanArticle>(html`<plan-article number="1" heading-level=${bad}></plan-article>`);
        await fixture<PlanArticle>(html`<plan-article number="2" heading-level=${bad}></plan-article>`);
      });
      expect(q(el, '[part~="title"]')!.localName).to.equal('h3');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('heading-level').and.include('2–6');
      expect(root(el).querySelector('img')).to.equal(null);
    }
  });

  describe('highlight', () => {
    it('marks every occurrence across the title and text', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="35" highlight="数字经济,5G"></plan-article>`);
      const marks = qa(el, 'mark[part~="highlight"]');
      expect(marks.map((m) => m.textContent)).to.deep.equal(['数字经济', '数字经济', '数字经济', '数字经济', '5G', '数字经济']);
      expect(qa(el, '[part~="title"] mark')).to.have.length(1);
      const a = (await loadArticle(35))!;
      const all = [a.lead, ...a.paragraphs].join('\n');
      expect(marks).to.have.length(count(all, '数字经济') + count(all, '5G'));
      // marking does not change the text
      expect(bodyParagraphs(el)).to.deep.equal([...a.paragraphs]);
      await expect(el).to.be.accessible();
    });

    it('accepts full-width commas and spaces, and updates when the attribute changes', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="35" highlight=" 5G ，  "></plan-article>`);
      expect(qa(el, 'mark').map((m) => m.textContent)).to.deep.equal(['5G']);
      el.highlight = '';
      await el.updateComplete;
      expect(qa(el, 'mark')).to.have.length(0);
    });

    it('treats HTML in terms as literal text', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="35" highlight=${`${XSS},数字经济,<b>`}></plan-article>`);
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect(qa(el, 'mark')).to.have.length(5);
    });

    it('is accessible in the dark theme too', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="35" theme="dark" highlight="数字经济,5G"></plan-article>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('excerpt', () => {
    it('shows the lead and at most max-chars more, with a 展开全文 disclosure that reveals the rest', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="35" excerpt></plan-article>`);
      const a = (await loadArticle(35))!;
      const excerpt = q(el, '[part~="excerpt"]')!;
      const shown = excerpt.querySelector('[part~="paragraph"]')!.textContent;
      expect(shown.endsWith('……')).to.equal(true);
      const cut = shown.slice(0, -2);
      expect(a.paragraphs[0].startsWith(cut)).to.equal(true);
      expect(cut.length - a.lead.length - 1).to.be.at.most(120);
      const body = q(el, '#body')!;
      expect(body.hidden).to.equal(true);
      const more = button(el, 'expand');
      expect(more.textContent.trim()).to.equal('展开全文');
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(more.getAttribute('aria-controls')).to.equal('body');
      await expect(el).to.be.accessible();

      more.click();
      await el.updateComplete;
      expect(q(el, '[part~="excerpt"]')).to.equal(null);
      expect(q(el, '#body')!.hidden).to.equal(false);
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      expect(more.textContent.trim()).to.equal('收起');
      expect(bodyParagraphs(el)).to.deep.equal([...a.paragraphs]);
      await expect(el).to.be.accessible();

      more.click();
      await el.updateComplete;
      expect(q(el, '#body')!.hidden).to.equal(true);
    });

    it('opens with the keyboard', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="6" excerpt></plan-article>`);
      button(el, 'expand').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button(el, 'expand').getAttribute('aria-expanded')).to.equal('true');
      // ' ' rather than 'Space': Firefox's WebDriver BiDi keyboard (puppeteer) does not know the name Space
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button(el, 'expand').getAttribute('aria-expanded')).to.equal('false');
    });

    it('keeps list items as list items in an excerpt (article 7)', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="7" excerpt max-chars="60"></plan-article>`);
      const excerpt = q(el, '[part~="excerpt"]')!;
      expect(excerpt.querySelector('p')!.textContent).to.equal('“十四五”时期经济社会发展主要目标');
      const li = excerpt.querySelectorAll('li');
      expect(li).to.have.length(1);
      expect(li[0].textContent.startsWith('——经济实力、发展质量跻身全球城市前列。')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('has no button when the whole text fits, and a shorter cut for a smaller max-chars', async () => {
      const long = await fixture<PlanArticle>(html`<plan-article number="73" excerpt max-chars="1000"></plan-article>`);
      expect(q(long, '[part~="expand"]')).to.equal(null);
      expect(q(long, '#body')!.hidden).to.equal(false);
      const short = await fixture<PlanArticle>(html`<plan-article number="73" excerpt max-chars="30"></plan-article>`);
      const text = q(short, '[part~="excerpt"]')!.textContent;
      expect(text.length - '健全规划制定和落实机制。'.length - 2).to.be.at.most(30);
    });

    it('falls back to 120 and warns once for an invalid max-chars', async () => {
      for (const bad of ['0', 'abc', '-5', '12.5', XSS]) {
        let el!: PlanArticle;
        const warnings = await warningsDuring(async () => {
          el = await fixture<PlanArticle>(html`<plan-article number="35" excerpt max-chars=${bad}></plan-article>`);
          await fixture<PlanArticle>(html`<plan-article number="36" excerpt max-chars=${bad}></plan-article>`);
        });
        expect(warnings, bad).to.have.length(1);
        expect(warnings[0]).to.include('max-chars');
        const ref = await fixture<PlanArticle>(html`<plan-article number="35" excerpt></plan-article>`);
        expect(q(el, '[part~="excerpt"]')!.textContent).to.equal(q(ref, '[part~="excerpt"]')!.textContent);
        expect(root(el).querySelector('img')).to.equal(null);
      }
    });

    it('prints the full text without buttons', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="35" excerpt></plan-article>`);
      // Apply the sheet's print rules unconditionally, then check what they do.
      const sheet = articleStyles.styleSheet!;
      const print = [...sheet.cssRules].find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')!;
      expect(print, 'a @media print block').to.exist;
      const style = document.createElement('style');
      style.textContent = [...print.cssRules].map((r) => r.cssText).join('\n');
      root(el).append(style);
      expect(getComputedStyle(q(el, '#body')!).display).to.equal('block');
      expect(getComputedStyle(q(el, '[part~="excerpt"]')!).display).to.equal('none');
      expect(getComputedStyle(q(el, '[part~="actions"]')!).display).to.equal('none');
      expect(getComputedStyle(q(el, '.controls')!).display).to.equal('none');
    });
  });

  describe('permalink (opt-in)', () => {
    it('leaves the host without an id by default, so the page keeps its own article-N ids unique', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div><p id="article-35">目录：第35条</p><plan-article number="35"></plan-article></div>`,
      );
      const el = page.querySelector('plan-article')!;
      await el.updateComplete;
      expect(el.hasAttribute('id')).to.equal(false);
      expect(document.querySelectorAll('#article-35')).to.have.length(1);
      const alone = await fixture<PlanArticle>(html`<plan-article number="36"></plan-article>`);
      expect(alone.hasAttribute('id')).to.equal(false);
    });

    it('permalink: id="article-N" on the host, following number; removed with the attribute or for a bad number', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="35" permalink></plan-article>`);
      expect(el.id).to.equal('article-35');
      el.number = '36';
      await el.updateComplete;
      expect(el.id).to.equal('article-36');
      expect(q(el, '[part~="title"]')!.textContent).to.equal('第36条建设全球领先的数字基建');
      expect(bodyParagraphs(el)).to.deep.equal([...(await loadArticle(36))!.paragraphs]);
      await warningsDuring(async () => {
        el.number = '99';
        await el.updateComplete;
      });
      expect(el.hasAttribute('id')).to.equal(false);
      el.number = '35';
      await el.updateComplete;
      expect(el.id).to.equal('article-35');
      el.removeAttribute('permalink');
      await el.updateComplete;
      expect(el.hasAttribute('id')).to.equal(false);
      el.permalink = true;
      await el.updateComplete;
      expect(el.id).to.equal('article-35');
    });

    it('permalink never overwrites an id the page set, nor duplicates one already in the page', async () => {
      const own = await fixture<PlanArticle>(html`<plan-article id="digital" number="35" permalink></plan-article>`);
      expect(own.id).to.equal('digital');
      own.number = '36';
      await own.updateComplete;
      expect(own.id).to.equal('digital');
      own.removeAttribute('permalink');
      await own.updateComplete;
      expect(own.id).to.equal('digital');
      const wrap = await fixture<HTMLDivElement>(
        html`<div><p id="article-35">目录</p><plan-article number="35" permalink></plan-article><plan-article number="36" permalink></plan-article
          ><plan-article number="36" permalink></plan-article></div>`,
      );
      const [taken, first, second] = wrap.querySelectorAll('plan-article');
      expect(taken.hasAttribute('id')).to.equal(false);
      expect(first.id).to.equal('article-36');
      expect(second.hasAttribute('id')).to.equal(false);
      expect(wrap.querySelectorAll('#article-35')).to.have.length(1);
    });
  });

  describe('copy link and cite', () => {
    let written: string[];
    let restore: () => void;
    beforeEach(() => {
      written = [];
      restore = stubClipboard((t) => {
        written.push(t);
        return Promise.resolve();
      });
    });
    afterEach(() => restore());

    it('copies the page URL and says 已复制 politely; without an id the link has no fragment', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="35"></plan-article>`);
      const status = q(el, '[part~="status"]')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.textContent).to.equal('');
      button(el, 'copy-link').click();
      await aTimeout(0);
      await el.updateComplete;
      const expected = new URL(location.href);
      expected.hash = '';
      expect(written).to.deep.equal([expected.href]);
      expect(written[0]).not.to.include('#');
      expect(button(el, 'copy-link').textContent.trim().startsWith('已复制')).to.equal(true);
      expect(status.textContent).to.equal('链接已复制');
      await expect(el).to.be.accessible();
    });

    it('copies #article-N with permalink, and the host id when the page set one', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="35" permalink></plan-article>`);
      button(el, 'copy-link').click();
      await aTimeout(0);
      const expected = new URL(location.href);
      expected.hash = 'article-35';
      expect(written).to.deep.equal([expected.href]);
      const own = await fixture<PlanArticle>(html`<plan-article id="digital" number="35"></plan-article>`);
      expect(own.link().endsWith('#digital')).to.equal(true);
    });

    it('links to no fragment from inside a shadow root, where a fragment cannot reach', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const el = article(35);
      el.id = 'inside';
      shadow.append(el);
      await el.updateComplete;
      expect(el.link()).not.to.include('#');
    });

    it('fires plan-article-copy (which, whether it worked, the text) after its state is shown', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="35" permalink></plan-article>`);
      const events = recordEvents();
      try {
        setTimeout(() => button(el, 'copy-link').click());
        const e = (await oneEvent(el, 'plan-article-copy')) as unknown as PlanArticleCopyEvent;
        expect(e).to.be.instanceOf(PlanArticleCopyEvent);
        expect([e.what, e.ok, e.text]).to.deep.equal(['link', true, el.link()]);
        expect([e.bubbles, e.composed]).to.deep.equal([true, true]);
        setTimeout(() => button(el, 'cite').click());
        const c = (await oneEvent(el, 'plan-article-copy')) as unknown as PlanArticleCopyEvent;
        expect([c.what, c.ok, c.text]).to.deep.equal(['citation', true, el.citation()]);
        expect(written).to.deep.equal([e.text, c.text]);
        restore();
        restore = stubClipboard(() => Promise.reject(new Error('denied')));
        const exec = stubExecCommand(false);
        try {
          setTimeout(() => button(el, 'cite').click());
          const f = (await oneEvent(el, 'plan-article-copy')) as unknown as PlanArticleCopyEvent;
          expect([f.what, f.ok]).to.deep.equal(['citation', false]);
        } finally {
          exec.restore();
        }
        expect(events.seen.map((x) => x.type)).to.deep.equal(['plan-article-copy', 'plan-article-copy', 'plan-article-copy']);
      } finally {
        events.stop();
      }
    });

    it('copies a GB/T 7714—2015 citation with today as the access date, or the plain form', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="35"></plan-article>`);
      button(el, 'cite').click();
      await aTimeout(0);
      await el.updateComplete;
      expect(written).to.deep.equal([gbCitation(planMeta, new Date())]);
      expect(written[0]).to.include(`[EB/OL]. (2020-12-22)[${isoDate(new Date())}]. `);
      expect(q(el, '[part~="status"]')!.textContent).to.equal('引用已复制');
      expect(el.citation('gb7714', new Date(2025, 5, 1))).to.equal(gbCitation(planMeta, new Date(2025, 5, 1)));

      el.citationStyle = 'plain';
      await el.updateComplete;
      expect(button(el, 'cite').textContent).to.include('文字格式');
      button(el, 'cite').click();
      await aTimeout(0);
      expect(written[1]).to.equal(
        '《中共深圳市委关于制定深圳市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》' +
          `（2020年12月22日中国共产党深圳市第六届委员会第十七次全体会议通过）第35条。访问日期：${isoDate(new Date())}。` +
          '来源：http://www.sz.gov.cn/cn/xxgk/zfxxgj/zwdt/content/post_8386242.html',
      );
    });

    it('warns once for an unknown citation-style and copies GB/T', async () => {
      let el!: PlanArticle;
      const warnings = await warningsDuring(async () => {
        el = await fixture<PlanArticle>(html`<plan-article number="35" citation-style=${XSS}></plan-article>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('citation-style').and.include('gb7714, plain');
      expect(el.citation()).to.equal(gbCitation(planMeta, new Date()));
    });

    it('says 复制失败 and shows the text to copy by hand when copying fails', async () => {
      restore();
      restore = stubClipboard(() => Promise.reject(new Error('denied')));
      const exec = stubExecCommand(false);
      try {
        const el = await fixture<PlanArticle>(html`<plan-article number="35"></plan-article>`);
        button(el, 'cite').click();
        await aTimeout(0);
        await el.updateComplete;
        expect(button(el, 'cite').textContent.trim().startsWith('复制失败')).to.equal(true);
        expect(q(el, '[part~="status"]')!.textContent).to.equal('复制失败，请手动复制下面的文字。');
        expect(q(el, '[part~="manual"]')!.textContent).to.equal(el.citation());
        await expect(el).to.be.accessible();
      } finally {
        exec.restore();
      }
    });

    it('copies through the textarea fallback when there is no Clipboard API', async () => {
      restore();
      restore = stubClipboard(undefined);
      const exec = stubExecCommand(true);
      try {
        const el = await fixture<PlanArticle>(html`<plan-article number="35"></plan-article>`);
        const b = button(el, 'copy-link');
        b.focus();
        b.click();
        await aTimeout(0);
        await el.updateComplete;
        expect(exec.copied).to.deep.equal([el.link()]);
        expect(q(el, '[part~="status"]')!.textContent).to.equal('链接已复制');
        expect(root(el).activeElement).to.equal(b);
      } finally {
        exec.restore();
      }
    });
  });

  describe('loading and fallback content', () => {
    let ungate: (() => void) | undefined;
    const timeout = textLoad.timeout;
    afterEach(() => {
      ungate?.();
      ungate = undefined;
      textLoad.timeout = timeout;
    });

    it('has no static loadText seam any more', () => {
      expect('loadText' in PlanArticle).to.equal(false);
    });

    it('shows the host content until the text has rendered, with the number already there', async () => {
      ungate = gateChunk(12, 'delay-400'); // article 52
      const el = article(52, '<p>第五十二条（无脚本时的原文）</p>');
      document.body.append(el);
      try {
        await aTimeout(0);
        const slot = q<HTMLSlotElement>(el, 'slot')!;
        expect(slot).to.exist;
        expect(slot.assignedElements()).to.have.length(1);
        // chapter title and lead come with the chapter's text chunk; the synchronous part is the number only
        expect(q(el, '[part~="chapter"]')).to.equal(null);
        expect(q(el, '[part~="title"]')!.textContent).to.equal('第52条');
        expect(q(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
        await expect(el).to.be.accessible();

        await el.updateComplete;
        const a = (await loadArticle(52))!;
        expect(q(el, 'slot')).to.equal(null);
        expect(q(el, '[part~="title"]')!.textContent).to.equal(`第52条${a.lead}`);
        expect(bodyParagraphs(el)).to.deep.equal([...a.paragraphs]);
        expect(q(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
      } finally {
        el.remove();
      }
    });

    it('says 正在加载… while loading when the host gave no content', async () => {
      ungate = gateChunk(13, 'delay-400'); // article 59
      const el = article(59);
      document.body.append(el);
      try {
        await aTimeout(0);
        expect(q(el, '[part~="body"]')!.textContent.trim()).to.equal('正在加载…');
        await el.updateComplete;
        expect(bodyParagraphs(el)).to.deep.equal([...(await loadArticle(59))!.paragraphs]);
      } finally {
        el.remove();
      }
    });

    it('fires plan-article-load once the text is in the shadow DOM', async () => {
      const el = article(73);
      const events = recordEvents();
      try {
        const loaded = oneEvent(el, 'plan-article-load');
        document.body.append(el);
        const e = (await loaded) as unknown as PlanArticleLoadEvent;
        expect(e).to.be.instanceOf(PlanArticleLoadEvent);
        expect(e.article).to.equal(73);
        expect([e.bubbles, e.composed]).to.deep.equal([true, true]);
        // the state is already consistent when the event fires
        expect(bodyParagraphs(el)).to.deep.equal([...(await loadArticle(73))!.paragraphs]);
        await el.updateComplete;
        expect(events.seen.map((x) => x.type)).to.deep.equal(['plan-article-load']);
      } finally {
        events.stop();
        el.remove();
      }
    });

    it('a chunk that fails to load: message, host content kept, plan-article-error, one warning', async () => {
      ungate = gateChunk(10, 'fail'); // article 44
      const events = recordEvents();
      let el!: PlanArticle;
      try {
        const warnings = await warningsDuring(async () => {
          el = await fixture<PlanArticle>(html`<plan-article number="44"><p>原文</p></plan-article>`);
        });
        expect(q(el, '[part~="error"]')!.textContent).to.equal('条文加载失败，请稍后重试。');
        expect(q<HTMLSlotElement>(el, 'slot')!.assignedElements()).to.have.length(1);
        expect(q(el, '[part~="title"]')!.textContent).to.equal('第44条');
        expect(q(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
        const [e] = events.seen as PlanArticleErrorEvent[];
        expect(events.seen).to.have.length(1);
        expect(e).to.be.instanceOf(PlanArticleErrorEvent);
        expect([e.type, e.article, e.reason]).to.deep.equal(['plan-article-error', 44, 'failed']);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('<plan-article>').and.include('44');
        await expect(el).to.be.accessible();
      } finally {
        events.stop();
      }
    });

    it('a chunk that never arrives: updateComplete resolves with the error state after the time limit', async () => {
      textLoad.timeout = 300;
      ungate = gateChunk(9, 'stall'); // article 40
      const events = recordEvents();
      const el = article(40, '<p>原文</p>');
      try {
        const t0 = performance.now();
        const warnings = await warningsDuring(async () => {
          document.body.append(el);
          await el.updateComplete;
        });
        expect(performance.now() - t0).to.be.within(250, 5000);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('number="40"').and.include('300 ms');
        expect(q(el, '[part~="error"]')!.textContent).to.equal('条文加载失败，请稍后重试。');
        expect(q<HTMLSlotElement>(el, 'slot')!.assignedElements()).to.have.length(1);
        expect(q(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
        const e = events.seen[0] as PlanArticleErrorEvent;
        expect([events.seen.length, e.article, e.reason]).to.deep.equal([1, 40, 'timeout']);
        await expect(el).to.be.accessible();
      } finally {
        events.stop();
        el.remove();
      }
    });

    it('text that arrives after the time limit is still shown (plan-article-load follows the error)', async () => {
      textLoad.timeout = 200;
      ungate = gateChunk(11, 'delay-1200'); // article 48
      const events = recordEvents();
      const el = article(48, '<p>原文</p>');
      try {
        await warningsDuring(async () => {
          document.body.append(el);
          await el.updateComplete;
        });
        expect(q(el, '[part~="error"]')).to.exist;
        await oneEvent(el, 'plan-article-load');
        expect(q(el, '[part~="error"]')).to.equal(null);
        expect(bodyParagraphs(el)).to.deep.equal([...(await loadArticle(48))!.paragraphs]);
        expect(events.seen.map((x) => x.type)).to.deep.equal(['plan-article-error', 'plan-article-load']);
      } finally {
        events.stop();
        el.remove();
      }
    });

    it('ignores a late answer for a number that is no longer shown', async () => {
      ungate = gateChunk(14, 'delay-500'); // article 63
      const el = article(63);
      document.body.append(el);
      try {
        await aTimeout(0);
        el.number = '73';
        await el.updateComplete;
        await loadArticle(63); // the delayed chunk has arrived
        await aTimeout(0);
        await el.updateComplete;
        expect(bodyParagraphs(el)).to.deep.equal([...(await loadArticle(73))!.paragraphs]);
        expect(q(el, '[part~="error"]')).to.equal(null);
      } finally {
        el.remove();
      }
    });
  });

  describe('source credit', () => {
    it('credits the plan under the article: title and adoption date from the dataset, linking to the official text', async () => {
      const seed = await loadSeed();
      const el = await fixture<PlanArticle>(html`<plan-article number="35"></plan-article>`);
      const credit = q(el, '[part~="credit"]')!;
      expect(credit).to.exist;
      const [y, m, d] = planMeta.adoptedOn.split('-').map(Number);
      expect(credit.textContent.replace(/\s+/g, '')).to.equal(`来源：深圳“十四五”规划建议（${y}年${m}月${d}日通过）`);
      expect(seed).to.include(planMeta.title);
      expect(seed).to.include(`${y}年${m}月${d}日`);
      const link = credit.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(planMeta.sourceUrl);
      expect(seed).to.include(planMeta.sourceUrl);
      expect(link.textContent).to.equal('深圳“十四五”规划建议'); // the short title of the common strings
      await expect(el).to.be.accessible();
    });

    it('no-credit turns it off; removing the attribute brings it back', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="35" no-credit></plan-article>`);
      expect(q(el, '[part~="credit"]')).to.equal(null);
      el.removeAttribute('no-credit');
      await el.updateComplete;
      expect(q(el, '[part~="credit"]')).to.exist;
    });
  });

  describe('styles', () => {
    it('style the shadow content by class: no ::part names, no element selectors in the sheet', () => {
      const selectors: string[] = [];
      const walk = (rules: CSSRuleList) => {
        for (const r of rules) {
          if (r instanceof CSSStyleRule) selectors.push(...r.selectorText.split(','));
          else if (r instanceof CSSGroupingRule) walk(r.cssRules);
        }
      };
      walk(articleStyles.styleSheet!.cssRules);
      const byElementOrPart = selectors
        .map((sel) => sel.trim())
        .filter((sel) => /\[part/.test(sel) || sel.split(/[\s>+~]+/).some((c) => c !== '' && !/^(\.|:host\b|::?)/.test(c)));
      expect(byElementOrPart).to.deep.equal([]);
    });
  });

  describe('bad number', () => {
    for (const bad of ['0', '74', 'abc', '', '3.5', '-1', ' 1e1', XSS]) {
      it(`number="${bad}": the page's fallback content, else a short neutral notice; the valid range only in the console, once`, async () => {
        let el!: PlanArticle;
        let blank!: PlanArticle;
        const warnings = await warningsDuring(async () => {
          el = await fixture<PlanArticle>(html`<plan-article number=${bad}><p>备用内容</p></plan-article>`);
          blank = await fixture<PlanArticle>(html`<plan-article number=${bad}>
            </plan-article>`);
          blank.requestUpdate();
          await blank.updateComplete;
        });
        // the page put content inside the tag: readers get that content, and no notice
        expect(q(el, '[part~="error"]')).to.equal(null);
        expect(q<HTMLSlotElement>(el, 'slot')!.assignedElements()).to.have.length(1);
        // nothing but whitespace inside: the neutral notice
        expect(q(blank, '[part~="error"]')!.textContent).to.equal('此处内容无法显示');
        // developers' details (attribute, valid range) never reach the page; the console has them once
        for (const shown of [root(el).textContent, root(blank).textContent]) expect(shown).not.to.match(/number|1–73|有效/);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('<plan-article> number=').and.include('1–73');
        expect(root(el).querySelector('img, article, button')).to.equal(null);
        expect(el.hasAttribute('id')).to.equal(false);
        await expect(el).to.be.accessible();
        await expect(blank).to.be.accessible();
      });
    }

    it('without a number attribute: the notice, and a warning with the range', async () => {
      let el!: PlanArticle;
      const warnings = await warningsDuring(async () => {
        el = await fixture<PlanArticle>(html`<plan-article></plan-article>`);
      });
      expect(q(el, '[part~="error"]')!.textContent).to.equal('此处内容无法显示');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('1–73');
    });

    it('fallback content the page adds later replaces the notice', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="0"></plan-article>`);
      expect(q(el, '[part~="error"]')).to.exist;
      const p = document.createElement('p');
      p.textContent = '备用内容';
      el.append(p);
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(q(el, '[part~="error"]')).to.equal(null);
      expect(q<HTMLSlotElement>(el, 'slot')!.assignedElements()).to.deep.equal([p]);
    });

    it('recovers when the number becomes valid', async () => {
      const el = await fixture<PlanArticle>(html`<plan-article number="0"></plan-article>`);
      el.number = 73;
      await el.updateComplete;
      expect(q(el, '[part~="error"]')).to.equal(null);
      expect(bodyParagraphs(el)).to.deep.equal([...(await loadArticle(73))!.paragraphs]);
    });
  });
});
