import { expect, fixture, html } from '@open-wc/testing';
import { allFigures, getFigure } from '../../data/figure-index.js';
import '../../define/plan-target.js';
import type { PlanTarget } from './plan-target.js';
import { loadSeed, warningsOfEachTest, warningsSettled } from '../../../test/helpers/index.js';
import { formatValue } from '../../data/figure-format.js';
import { planMeta } from '../../data/article-index.js';

/*
 * Expected strings are literals read off the seed (seeds/000_5c869d822c55e6be.txt) by hand; each quoted phrase is
 * also checked to occur in the seed (whitespace removed: the seed has page breaks and spaces around digits), and
 * compared with the dataset, so a typo in the test, the data or the element fails.
 */
let seed = '';
before(async () => {
  seed = (await loadSeed()).replace(/\s+/g, '');
});
const inSeed = (s: string) => {
  expect(seed.includes(s.replace(/\s+/g, '')), `seed contains ${s}`).to.equal(true);
};

const warnings = warningsOfEachTest();

// Presence is asserted as booleans: a failing chai assertion that has to print a DOM element hangs the runner.
const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const warned = (s: string) => warnings.filter((w) => w.includes(s)).length;
const XSS = '<img src=x onerror=alert(1)>';

describe('<plan-target> card', () => {
  it('shows gdp-2025 as the plan states it: label, value, kind, year, quote, source', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025"></plan-target>`);
    await expect(el).to.be.accessible();
    const f = getFigure('gdp-2025')!;
    inSeed('经济总量超过4万亿元');
    expect(text(el, 'label')).to.equal('经济总量');
    expect(text(el, 'label')).to.equal(f.label);
    expect(text(el, 'value')).to.equal('超过4万亿元');
    expect(text(el, 'value')).to.equal(formatValue(f));
    expect(text(el, 'qualifier')).to.equal('超过');
    expect(text(el, 'kind')).to.equal('目标');
    expect(text(el, 'year')).to.equal('2025年');
    const quote = part(el, 'quote')!;
    expect(quote.localName).to.equal('blockquote');
    expect(quote.textContent.trim()).to.equal('经济总量超过4万亿元');
    expect(quote.textContent.trim()).to.equal(f.phrase);
    // alone on a page: the source is named, not linked (no element has id="article-7"; see "source link")
    const source = part(el, 'source')!;
    expect(source.localName).to.equal('a');
    expect(source.hasAttribute('href'), 'an <a> without href: text, not a link').to.equal(false);
    expect(quote.hasAttribute('cite')).to.equal(false);
    expect(source.textContent).to.equal('原文第7条');
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('规划数据：经济总量');
    expect(el.getAttribute('variant')).to.equal('card');
    expect(root(el).querySelector('.meta [part="estimate"]') === null).to.equal(true);
    expect(warnings).to.have.length(0);
  });

  it('pairs GDP 2020 → 2025 and says the change is approximate (超过 bounds, 预计 estimate)', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025"></plan-target>`);
    inSeed('预计二〇二〇年地区生产总值超过2.8万亿元');
    // the pair's other end only: the value itself is the card's headline (plan-target.editorial.test.ts)
    expect(text(el, 'pair')).to.equal('起点：2020年超过2.8万亿元预计');
    expect(text(el, 'change')).to.match(/^变化：约\+1\.2万亿元（约\+43%）/);
    expect(text(el, 'note')).to.equal('原文用“超过”表述，数值并非精确值；其中有原文所称的预计值（“预计”），变化量只是近似值。');
    await expect(el).to.be.accessible();
  });

  it('shows the 2020 GDP figure as an estimated outcome, paired with its 2025 goal', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2020"></plan-target>`);
    expect(text(el, 'kind')).to.equal('已实现');
    expect(text(el, 'year')).to.equal('2020年');
    expect(root(el).querySelector('.meta [part="estimate"]')!.textContent).to.equal('预计');
    expect(text(el, 'value')).to.equal('超过2.8万亿元');
    expect(text(el, 'quote')).to.equal(getFigure('gdp-2020')!.phrase);
    expect(text(el, 'pair')).to.equal('目标：2025年超过4万亿元');
    expect(text(el, 'change')).to.match(/^变化：约\+1\.2万亿元（约\+43%）/);
    await expect(el).to.be.accessible();
  });

  it('R&D intensity 4.93% → 5%左右: qualifier after the value, change in percentage points, approximate (左右)', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="rd-intensity-2025"></plan-target>`);
    inSeed('全社会研发投入占地区生产总值比重达4.93%');
    inSeed('全社会研发投入占地区生产总值比重达5%左右');
    expect(text(el, 'value')).to.equal('5%左右');
    const value = part(el, 'value')!;
    expect(value.lastElementChild!.getAttribute('part')).to.equal('qualifier');
    expect(text(el, 'pair')).to.equal('起点：2020年达4.93%');
    expect(text(el, 'change')).to.match(/^变化：约\+0\.07个百分点 /);
    expect(text(el, 'change')).not.to.include('（');
    expect(text(el, 'note')).to.equal('原文用“左右”表述，数值并非精确值，变化量只是近似值。');
    await expect(el).to.be.accessible();
  });

  it('exact pair (高校数量从9所增至15所): an exact change, no note', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="universities"></plan-target>`);
    inSeed('高校数量从9所增至15所');
    expect(text(el, 'pair')).to.equal('起点：9所');
    expect(text(el, 'change')).to.equal('变化：+6所（+67%）');
    expect(part(el, 'note') === null).to.equal(true);
    expect(text(el, 'year')).to.equal('原文未注明年份');
    await expect(el).to.be.accessible();
  });

  it('不低于30%: the lower bound before the value; year not stated, none invented; no pair', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="basic-research-share"></plan-target>`);
    inSeed('确保每年基础研究资金投入不低于市级科研资金的30%');
    expect(text(el, 'value')).to.equal('不低于30%');
    expect(text(el, 'label')).to.equal('基础研究资金投入');
    expect(text(el, 'year')).to.equal('原文未注明年份');
    // (the source credit's adoption date, 2020年12月22日, is not a year of the figure)
    expect(root(el).textContent.replace(part(el, 'credit')!.textContent, '')).not.to.match(/20\d\d年/);
    expect(part(el, 'pair') === null).to.equal(true);
    expect(text(el, 'quote')).to.equal('确保每年基础研究资金投入不低于市级科研资金的30%');
    expect(text(el, 'source')).to.equal('原文第8条');
    await expect(el).to.be.accessible();
  });

  it('二十八连冠: a Chinese-numeral count, an outcome without a year', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="export-streak"></plan-target>`);
    inSeed('出口总额实现全国“二十八连冠”');
    expect(text(el, 'value')).to.equal('二十八连冠');
    expect(text(el, 'kind')).to.equal('已实现');
    expect(text(el, 'year')).to.equal('原文未注明年份');
    expect(text(el, 'quote')).to.equal('出口总额实现全国“二十八连冠”');
    await expect(el).to.be.accessible();
  });

  it('翻一番 (gdp-2035): a multiple shows its base, never a subtraction with 万亿元', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2035"></plan-target>`);
    inSeed('经济总量、人均地区生产总值在二〇二〇年基础上翻一番');
    expect(text(el, 'value')).to.equal('翻一番');
    expect(text(el, 'relative-to')).to.equal('以二〇二〇年为基数');
    expect(text(el, 'year')).to.equal('2035年');
    expect(part(el, 'pair') === null).to.equal(true);
    expect(part(el, 'change') === null).to.equal(true);
    expect(text(el, 'quote')).to.equal('经济总量、人均地区生产总值在二〇二〇年基础上翻一番');
    await expect(el).to.be.accessible();
  });

  it('三倍 (a multiple written with a numeral): value with 倍, its base, no pair', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="high-tech-enterprises-growth"></plan-target>`);
    inSeed('国家级高新技术企业数量是“十二五”期末的三倍');
    expect(text(el, 'value')).to.equal('三倍');
    expect(text(el, 'relative-to')).to.equal('以“十二五”期末为基数');
    expect(part(el, 'pair') === null).to.equal(true);
    expect(text(el, 'quote')).to.equal('国家级高新技术企业数量是“十二五”期末的三倍');
    await expect(el).to.be.accessible();
  });

  it('renders every figure of the dataset: quote = phrase, value as written, link to its article', async () => {
    // formatted values that are not a verbatim substring of the phrase (words between qualifier and number)
    const notVerbatim = ['basic-research-share'];
    for (const f of allFigures) {
      const el = await fixture<PlanTarget>(html`<plan-target figure=${f.id}></plan-target>`);
      expect(text(el, 'quote'), f.id).to.equal(f.phrase);
      expect(text(el, 'label'), f.id).to.equal(f.label);
      expect(text(el, 'value'), f.id).to.equal(formatValue(f));
      expect(f.phrase.includes(formatValue(f)), f.id).to.equal(!notVerbatim.includes(f.id));
      expect(text(el, 'source'), f.id).to.equal(`原文第${f.article}条`);
      expect(text(el, 'year'), f.id).to.equal(f.year === null ? '原文未注明年份' : `${f.year}年`);
    }
    expect(warnings).to.have.length(0);
  });

  it('passes axe for every figure in every variant (sample of kinds)', async () => {
    for (const id of ['top-hospitals-growth', 'public-housing-multiple', 'gdp-rank-asia-2020', 'school-places-2025']) {
      for (const variant of ['card', 'compact', 'inline']) {
        const el = await fixture<PlanTarget>(html`<plan-target figure=${id} variant=${variant}></plan-target>`);
        await expect(el).to.be.accessible();
      }
    }
  });

  it('reacts to a changed figure attribute', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025"></plan-target>`);
    el.setAttribute('figure', 'rd-intensity-2025');
    await el.updateComplete;
    expect(text(el, 'value')).to.equal('5%左右');
    expect(text(el, 'source')).to.equal('原文第7条');
    el.figure = 'nope';
    await el.updateComplete;
    expect(part(el, 'error') !== null).to.equal(true);
    expect(part(el, 'value') === null).to.equal(true);
  });

  it('accepts a theme and stays accessible in dark', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025" theme="dark" actual="3.46" actual-year="2023"></plan-target>`);
    await expect(el).to.be.accessible();
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(28, 27, 29)');
  });
});

describe('<plan-target> variants', () => {
  it('compact: same content, the quote as <q> with its quotation marks as text', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025" variant="compact"></plan-target>`);
    await expect(el).to.be.accessible();
    expect(part(el, 'quote')!.localName).to.equal('q');
    expect(text(el, 'quote')).to.equal('“经济总量超过4万亿元”');
    expect(text(el, 'quote')).to.equal(`“${getFigure('gdp-2025')!.phrase}”`);
    expect(text(el, 'value')).to.equal('超过4万亿元');
    expect(getComputedStyle(part(el, 'value')!).display).to.equal('inline');
  });

  // How inline reads inside a sentence (seen and heard), inline-form="quote" and ::part hiding:
  // plan-target.editorial.test.ts
  it('inline: the value as written and a source marker; no block layout; wraps with the sentence', async () => {
    const host = await fixture<HTMLParagraphElement>(
      html`<p style="width: 5em">规划提出，到2025年经济总量<plan-target figure="gdp-2025" variant="inline"></plan-target>，并继续推进。</p>`,
    );
    const el = host.querySelector('plan-target')!;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(getComputedStyle(el).display).to.equal('inline');
    for (const node of root(el).querySelectorAll('*')) {
      if (!node.closest('.visually-hidden')) expect(getComputedStyle(node).display, node.localName).to.be.oneOf(['inline', 'none']);
    }
    expect(text(el, 'value')).to.equal('超过4万亿元');
    expect(part(el, 'quote') === null).to.equal(true);
    expect(text(el, 'marker')!.replace(/\s+/g, '')).to.equal('（目标，2025年，原文第7条）');
    expect(text(el, 'source')).to.equal('原文第7条');
    // wraps inside the sentence: the host spans several line boxes in a narrow paragraph
    expect(el.getClientRects().length).to.be.greaterThan(1);
  });

  it('inline: an estimate is said (预计 before the value), an unstated year too (in the marker)', async () => {
    const a = await fixture<PlanTarget>(html`<plan-target figure="gdp-2020" variant="inline"></plan-target>`);
    expect(text(a, 'estimate')).to.equal('预计');
    expect(part(a, 'estimate')!.nextElementSibling === part(a, 'value')).to.equal(true);
    expect(text(a, 'marker')!.replace(/\s+/g, '')).to.equal('（已实现，2020年，原文第2条）');
    const b = await fixture<PlanTarget>(html`<plan-target figure="basic-research-share" variant="inline"></plan-target>`);
    expect(text(b, 'value')).to.equal('不低于30%');
    expect(text(b, 'marker')!.replace(/\s+/g, '')).to.equal('（目标，原文未注明年份，原文第8条）');
    await expect(b).to.be.accessible();
    // quoted, the formatted value is not verbatim in this phrase: the quote stays whole
    const q = await fixture<PlanTarget>(
      html`<plan-target figure="basic-research-share" variant="inline" inline-form="quote"></plan-target>`,
    );
    expect(part(q, 'value') === null).to.equal(true);
    expect(text(q, 'quote')).to.equal('“确保每年基础研究资金投入不低于市级科研资金的30%”');
    await expect(q).to.be.accessible();
  });

  it('unknown variant: warns once, renders the card', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025" variant="poster"></plan-target>`);
    await fixture(html`<plan-target figure="gdp-2025" variant="poster"></plan-target>`);
    expect(warned('variant="poster"')).to.equal(1);
    expect(warnings[0]).to.include('card, inline, compact');
    expect(part(el, 'quote')!.localName).to.equal('blockquote');
    expect(getComputedStyle(el).display).to.equal('block');
    await expect(el).to.be.accessible();
  });

  it('variant reflects to the attribute', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025"></plan-target>`);
    el.variant = 'compact';
    await el.updateComplete;
    expect(el.getAttribute('variant')).to.equal('compact');
  });
});

describe('<plan-target> source link', () => {
  it('follows an article-href template', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="rd-intensity-2025" article-href="/plan/a-{n}.html"></plan-target>`);
    expect(part(el, 'source')!.getAttribute('href')).to.equal('/plan/a-7.html');
    expect(part(el, 'quote')!.getAttribute('cite')).to.equal('/plan/a-7.html');
    expect(warnings).to.have.length(0);
  });

  it('refuses an unsafe template: default link, one warning', async () => {
    for (const bad of ['javascript:alert({n})', `x{n}${XSS}`, 'no-placeholder']) {
      const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025" article-href=${bad}></plan-target>`);
      expect(part(el, 'source')!.hasAttribute('href')).to.equal(false);
      expect(root(el).querySelector('img') === null).to.equal(true);
    }
    expect(warned('article-href')).to.equal(3);
  });
});

describe('<plan-target> links lead somewhere', () => {
  const anchors: HTMLElement[] = [];
  afterEach(() => anchors.splice(0).forEach((a) => a.remove()));
  const anchor = (id: string, parent: Node = document.body) => {
    const p = document.createElement('p');
    p.id = id;
    anchors.push(p);
    parent.appendChild(p);
  };
  const source = (el: Element) => {
    const s = part(el, 'source')!;
    return `${s.localName} ${s.getAttribute('href') ?? '-'} ${s.textContent} cite=${part(el, 'quote')?.getAttribute('cite') ?? '-'}`;
  };

  it('alone on a page, in every variant: the source is text with the same words, and the quote has no cite', async () => {
    for (const variant of ['card', 'compact', 'inline']) {
      const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025" variant=${variant}></plan-target>`);
      expect(source(el), variant).to.equal('a - 原文第7条 cite=-');
      expect(root(el).querySelector('a[href^="#"]') === null, variant).to.equal(true);
      await expect(el).to.be.accessible();
    }
  });

  it('links #article-N where the page has that id; checked when it renders', async () => {
    anchor('article-7');
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025"></plan-target>`);
    expect(source(el)).to.equal('a #article-7 原文第7条 cite=#article-7');
    const later = await fixture<PlanTarget>(html`<plan-target figure="basic-research-share"></plan-target>`);
    expect(source(later)).to.equal('a - 原文第8条 cite=-');
    anchor('article-8');
    later.requestUpdate();
    await later.updateComplete;
    expect(source(later)).to.equal('a #article-8 原文第8条 cite=#article-8');
  });

  it('in a shadow root: an id beside it in that shadow root does not count, one in the document does', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('plan-target');
    el.figure = 'gdp-2025';
    shadow.append(el);
    anchor('article-7', shadow);
    await el.updateComplete;
    expect(source(el)).to.equal('a - 原文第7条 cite=-');
    anchor('article-7');
    el.requestUpdate();
    await el.updateComplete;
    expect(source(el)).to.equal('a #article-7 原文第7条 cite=#article-7');
  });
});

describe('<plan-target> source credit', () => {
  it('cards credit the plan (title, adoption date, link to the official text); inline does not', async () => {
    const [y, m, d] = planMeta.adoptedOn.split('-').map(Number);
    for (const s of [planMeta.title, `${y}年${m}月${d}日`, planMeta.sourceUrl]) inSeed(s);
    for (const variant of ['card', 'compact']) {
      const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025" variant=${variant}></plan-target>`);
      expect(text(el, 'credit'), variant).to.equal(`来源：深圳“十四五”规划建议（${y}年${m}月${d}日通过）`);
      expect(part(el, 'credit')!.querySelector('a')!.getAttribute('href')).to.equal(planMeta.sourceUrl);
      await expect(el).to.be.accessible();
    }
    const inline = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025" variant="inline"></plan-target>`);
    expect(part(inline, 'credit') === null).to.equal(true);
  });

  it('no-credit turns it off; removing the attribute brings it back', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025" no-credit></plan-target>`);
    expect(part(el, 'credit') === null).to.equal(true);
    el.removeAttribute('no-credit');
    await el.updateComplete;
    expect(part(el, 'credit') !== null).to.equal(true);
  });
});

describe('<plan-target> bad figure', () => {
  // (no ids on the page, fallback content, the console's details: plan-target.editorial.test.ts)
  it('unknown id: a short neutral notice; the nearest ids and the full list go to the console, once; never throws', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2030"></plan-target>`);
    await fixture(html`<plan-target figure="gdp-2030"></plan-target>`);
    await expect(el).to.be.accessible();
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('note');
    expect(error.textContent).to.equal('此处内容无法显示');
    await warningsSettled();
    expect(warned('figure="gdp-2030"')).to.equal(1);
    expect(warnings[0]).to.include('nearest: gdp-2020, gdp-2035, gdp-2025');
    expect(warnings[0]).to.include(`Valid ids: ${allFigures.map((f) => f.id).join(', ')}.`);
  });

  it('empty, missing, whitespace and markup ids: the same notice, no markup injected', async () => {
    const missing = await fixture<PlanTarget>(html`<plan-target></plan-target>`);
    await warningsSettled();
    expect(warned('figure=""')).to.equal(1);
    const empty = await fixture<PlanTarget>(html`<plan-target figure=""></plan-target>`);
    const blank = await fixture<PlanTarget>(html`<plan-target figure="   "></plan-target>`);
    const markup = await fixture<PlanTarget>(html`<plan-target figure=${XSS}></plan-target>`);
    for (const el of [empty, missing, blank, markup]) {
      expect(part(el, 'error')!.textContent).to.equal('此处内容无法显示');
      expect(root(el).querySelector('img') === null).to.equal(true);
      await expect(el).to.be.accessible();
    }
    // missing and empty give the same message: warned once
    await warningsSettled();
    expect(warnings).to.have.length(3);
    expect(warned('figure=""')).to.equal(1);
    expect(warned('figure="<img src=x onerror=alert(1)>"')).to.equal(1);
  });

  it('inline error stays inline inside prose', async () => {
    const p = await fixture<HTMLParagraphElement>(html`<p>见<plan-target figure="rd-2025" variant="inline"></plan-target>。</p>`);
    const el = p.querySelector('plan-target')!;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    for (const node of root(el).querySelectorAll('*')) {
      expect(getComputedStyle(node).display, node.localName).to.be.oneOf(['inline', 'none', 'contents']);
    }
    expect(part(el, 'error')!.textContent).to.equal('此处内容无法显示');
    expect(warnings[0]).to.include('nearest: rd-intensity-2025, gdp-2025, gdp-2020');
  });

  it('non-string property values do not throw', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target></plan-target>`);
    for (const v of [42, null, {}, ['gdp-2025']]) {
      (el as unknown as { figure: unknown }).figure = v;
      await el.updateComplete;
      expect(part(el, 'error') !== null).to.equal(true);
    }
  });
});

describe('<plan-target> progress from the page', () => {
  it('actual + actual-year: a labelled bar toward the target, apart from the plan text', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 300px"><plan-target figure="gdp-2025" actual="3.46" actual-year="2023"></plan-target></div>`,
    );
    const el = wrap.firstElementChild as PlanTarget;
    await expect(el).to.be.accessible();
    const box = part(el, 'progress')!;
    expect(box.getAttribute('aria-label')).to.equal('页面提供的数据（非规划原文）');
    expect(box.querySelector('p')!.textContent).to.equal('页面提供的数据（非规划原文）');
    // one value: a sentence, no list (plan-target.editorial.test.ts)
    expect(box.lastElementChild!.textContent.trim()).to.equal('2023年：3.46万亿元，相当于目标数值的87%');
    // the plan's own text is untouched and not inside the page-data box
    expect(text(el, 'quote')).to.equal('经济总量超过4万亿元');
    expect(box.contains(part(el, 'quote'))).to.equal(false);
    expect(box.contains(part(el, 'value'))).to.equal(false);
    // the bar is decorative (the list is its text); its marks carry their values for CSS: fill 3.46, baseline 2.8
    // (the plan's 2020 start), target 4, on a 0…4 domain (src/charts/progress-layout.test.ts checks the positions)
    const bar = box.querySelector('.bar')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    // shares of 0…4: fill 3.46 → 86.5 %, baseline 2.8 → 70 %, target 4 → 100 %
    const at = (cls: string, attr: string) => [...bar.querySelectorAll(`.${cls}`)].map((m) => m.getAttribute(attr));
    expect([at('fill', 'width'), at('tick', 'x'), at('baseline', 'x'), at('target', 'x')]).to.deep.equal([
      ['86.5%'],
      [],
      ['70%'],
      ['100%'],
    ]);
    expect(warnings).to.have.length(0);
  });

  it('actuals property: several years, sorted; earlier years as ticks; latest as fill', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target
      figure="gdp-2025"
      .actuals=${[
        { year: 2023, value: 3.46 },
        { year: 2021, value: 3.07 },
        { year: 2022, value: 3.24 },
      ]}
    ></plan-target>`);
    await expect(el).to.be.accessible();
    const items = [...part(el, 'progress')!.querySelectorAll('li')].map((li) => li.textContent.trim());
    expect(items).to.deep.equal(['2021年：3.07万亿元', '2022年：3.24万亿元', '2023年：3.46万亿元，相当于目标数值的87%']);
    expect(part(el, 'progress')!.querySelectorAll('.bar .tick')).to.have.length(2);
    expect(part(el, 'progress')!.querySelectorAll('.bar .baseline')).to.have.length(1);
  });

  it('R&D: a page value above the target; no baseline marker on a figure without a start (basic research)', async () => {
    const rd = await fixture<PlanTarget>(
      html`<plan-target figure="rd-intensity-2025" actual="5.81" actual-year="2023" variant="compact"></plan-target>`,
    );
    await expect(rd).to.be.accessible();
    expect(part(rd, 'progress')!.lastElementChild!.textContent.trim()).to.equal('2023年：5.81%，相当于目标数值的116%');
    const br = await fixture<PlanTarget>(html`<plan-target figure="basic-research-share" actual="31"></plan-target>`);
    expect(part(br, 'progress')!.lastElementChild!.textContent.trim()).to.equal('31%，相当于目标数值的103%');
    expect(part(br, 'progress')!.querySelector('.bar .baseline') === null).to.equal(true);
    expect(part(br, 'progress')!.querySelector('.key-baseline') === null).to.equal(true);
  });

  it('inline: the page value as text after the source, labelled', async () => {
    const el = await fixture<PlanTarget>(
      html`<plan-target figure="gdp-2025" variant="inline" actual="3.46" actual-year="2023"></plan-target>`,
    );
    await expect(el).to.be.accessible();
    expect(text(el, 'progress')).to.equal('（页面提供的数据，非规划原文：2023年：3.46万亿元，相当于目标数值的87%）');
    expect(part(el, 'marker')!.nextElementSibling === part(el, 'progress')).to.equal(true);
    expect(root(el).querySelector('.bar') === null).to.equal(true);
  });

  it('invalid actual values are ignored with one warning each; no markup injected', async () => {
    for (const bad of ['-1', 'abc', '1e3', '3,46', '', XSS]) {
      const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025" actual=${bad} actual-year="2023"></plan-target>`);
      expect(part(el, 'progress') === null, bad).to.equal(true);
      expect(root(el).querySelector('img') === null).to.equal(true);
      await expect(el).to.be.accessible();
    }
    await fixture(html`<plan-target figure="gdp-2025" actual="abc"></plan-target>`);
    expect(warnings).to.have.length(6);
    expect(warned('"abc"')).to.equal(1);
  });

  it('an invalid year drops the year (warns), keeps the value', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025" actual="3.46" actual-year="20x3"></plan-target>`);
    expect(part(el, 'progress')!.lastElementChild!.textContent.trim()).to.equal('3.46万亿元，相当于目标数值的87%');
    expect(warned('"20x3"')).to.equal(1);
  });

  it('actuals property with garbage entries: usable ones drawn, others ignored with a warning', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target
      figure="gdp-2025"
      .actuals=${[{ year: 2021, value: 3.07 }, { year: 2022, value: -3 }, null, { value: XSS }, { year: 2023, value: '3.46' }] as never}
    ></plan-target>`);
    const items = [...part(el, 'progress')!.querySelectorAll('li')].map((li) => li.textContent.trim());
    expect(items).to.deep.equal(['2021年：3.07万亿元', '2023年：3.46万亿元，相当于目标数值的87%']);
    expect(warnings).to.have.length(3);
    expect(root(el).querySelector('img') === null).to.equal(true);
  });

  it('a page value on an outcome (baseline) figure is ignored with a warning', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="export-streak" actual="30"></plan-target>`);
    expect(part(el, 'progress') === null).to.equal(true);
    expect(warned('is an outcome, not a target')).to.equal(1);
  });

  it('stretches the bar to the container width (CSS), whatever the width', async () => {
    for (const width of [180, 420]) {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><plan-target figure="gdp-2025" actual="3.46"></plan-target></div>`,
      );
      const el = wrap.firstElementChild as PlanTarget;
      const chart = part(el, 'progress')!.querySelector('.bar')!;
      const box = part(el, 'progress')!.getBoundingClientRect();
      const fill = chart.querySelector('.fill')!.getBoundingClientRect();
      expect(fill.width / chart.getBoundingClientRect().width).to.be.closeTo(3.46 / 4, 0.01);
      // the chart spans the progress box's content width (box minus its padding and border)
      expect(
        Math.abs(
          chart.getBoundingClientRect().width - (box.width - parseFloat(getComputedStyle(part(el, 'progress')!).paddingLeft) * 2 - 2),
        ),
      ).to.be.lessThan(1);
    }
  });
});
