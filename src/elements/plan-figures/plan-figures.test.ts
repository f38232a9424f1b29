import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { allFigures, figures as queryFigures } from '../../data/figure-index.js';
import { formatValue } from '../../data/figure-format.js';
import { getArticleRef } from '../../data/article-index.js';
import { measurePairs, notCharted } from '../../charts/figures-layout.js';
import { csvField } from './figures-export.js';
import { rowLabel } from './figures-model.js';
import type { Figure } from '../../data/types.js';
import '../../define/plan-figures.js';
import type { PlanFigures, PlanFiguresDownloadEvent } from './plan-figures.js';
import { figuresStrings } from '../../i18n/sections/figures.js';
import { en as enStrings } from '../../i18n/en/figures.js';
import { figures as enFigures } from '../../generated/en/figures.js';
import { figures as hkFigures } from '../../generated/zh-Hant-HK/figures.js';
import { chapters as hkChapters } from '../../generated/zh-Hant-HK/chapters.js';
import { ui as hkUi } from '../../generated/zh-Hant-HK/ui.js';
import { chapters as enChapters } from '../../generated/en/chapters.js';
import { loadSeed, loadSnapshot, serializeSvg, warningsOfEachTest } from '../../../test/helpers/index.js';

/*
 * Expected plan text comes from the dataset (src/data/figures.ts, whose phrases test/data-contract.test.ts ties to the
 * seed); the few literals typed here (超过4万亿元, 5%左右) are checked against the seed too.
 * Presence is asserted as booleans and strings: a failing chai assertion that prints a DOM node hangs the runner.
 */
let seed = '';
before(async () => {
  seed = (await loadSeed()).replace(/\s+/g, '');
});
const inSeed = (s: string): void => {
  expect(seed.includes(s), `seed contains ${s}`).to.equal(true);
};

const warnings = warningsOfEachTest();
const zh = figuresStrings.source;
const zhLabels = { ...zh, year: (y: number) => `${y}年` };
const enLabels = { ...enStrings, year: String };
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const root = (el: Element) => el.shadowRoot!;
const bodyRows = (el: Element) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];
const ids = (el: Element) => bodyRows(el).map((r) => r.dataset.id!);
/** The cells of each shown row as text (the row header, then the four cells). */
const cells = (el: Element) => bodyRows(el).map((r) => [...r.cells].map((c) => squash(c.textContent)));
const th = (el: Element, column: string) => root(el).querySelector<HTMLElement>(`thead th[data-column="${column}"]`)!;
const sortButton = (el: Element, column: string) => th(el, column).querySelector('button')!;
const select = (el: Element, name: string) => root(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
const count = (el: Element) => squash(root(el).querySelector('[part="count"]')?.textContent);
const byId = new Map(allFigures.map((f) => [f.id, f]));
const fig = (id: string) => byId.get(id)!;

async function ready<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T): Promise<T> {
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

async function click(el: PlanFigures, target: HTMLElement) {
  target.click();
  await el.updateComplete;
}

async function choose(el: PlanFigures, name: string, value: string) {
  const s = select(el, name);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The download the element would save, captured through its cancelable event. */
function capture(el: PlanFigures, format: 'csv' | 'json'): PlanFiguresDownloadEvent {
  let got: PlanFiguresDownloadEvent | undefined;
  const listener = (e: PlanFiguresDownloadEvent) => {
    e.preventDefault();
    got = e;
  };
  el.addEventListener('plan-figures-download', listener);
  root(el).querySelector<HTMLButtonElement>(`button[data-format="${format}"]`)!.click();
  el.removeEventListener('plan-figures-download', listener);
  expect(got !== undefined, 'download event fired').to.equal(true);
  return got!;
}

/** A small RFC 4180 parser for the tests (quoted fields with "", commas and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      ((row = []), (field = ''), i++);
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('<plan-figures> table', () => {
  it('has one row per registry figure: label, value as written, year, kind, source; a caption; accessible', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures></plan-figures>`);
    await expect(el).to.be.accessible();
    expect(ids(el)).to.deep.equal(allFigures.map((f) => f.id));
    const shown = cells(el);
    allFigures.forEach((f, i) => {
      const [label, value, year, kind, source] = shown[i];
      expect(label, f.id).to.equal(rowLabel(f, f, allFigures, zhLabels));
      expect(label.startsWith(f.label), f.id).to.equal(true);
      expect(value, f.id).to.equal(formatValue(f) + (f.estimate ? '（预计）' : ''));
      expect(squash(bodyRows(el)[i].querySelector('[part="value"]')!.textContent), f.id).to.equal(formatValue(f));
      expect(year, f.id).to.equal(f.year === null ? '原文未注明年份' : `${f.year}年`);
      expect(kind, f.id).to.equal(f.kind === 'target' ? '目标' : '已实现');
      expect(source, f.id).to.equal(`原文第${f.article}条`);
    });
    inSeed('经济总量超过4万亿元');
    inSeed('比重达5%左右');
    expect(shown[allFigures.indexOf(fig('gdp-2025'))][1]).to.equal('超过4万亿元');
    expect(shown[allFigures.indexOf(fig('rd-intensity-2025'))][1]).to.equal('5%左右');
    expect(squash(root(el).querySelector('caption')!.textContent)).to.equal(zh.label);
    expect(root(el).querySelectorAll('thead th[scope="col"] button').length).to.equal(5);
    expect(count(el)).to.equal(zh.count(allFigures.length, allFigures.length));
    expect(root(el).querySelector('[part="count"]')!.getAttribute('aria-live')).to.equal('polite');
    expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('zh-Hans');
    expect(warnings).to.have.length(0);
  });

  it('is accessible in dark', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures theme="dark"></plan-figures>`);
    await expect(el).to.be.accessible();
    expect(getComputedStyle(root(el).querySelector('[part="base"]')!).backgroundColor).to.equal('rgb(28, 27, 29)');
  });

  it('links a source where the page has the article (article-href), else names it as text', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures kind="target" article-href="/plan/article-{n}"></plan-figures>`);
    const links = [...root(el).querySelectorAll('a[part="source"]')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(
      queryFigures({ kind: 'target' }).map((f) => `/plan/article-${f.article}`),
    );
    const plain = await fixture<PlanFigures>(html`<plan-figures></plan-figures>`);
    expect(root(plain).querySelector('a[part="source"][href]') === null).to.equal(true);
  });
});

describe('<plan-figures> sorting', () => {
  it('sorts by value: aria-sort ascending, then descending; numbers by value', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures></plan-figures>`);
    expect(th(el, 'value').hasAttribute('aria-sort')).to.equal(false);
    await click(el, sortButton(el, 'value'));
    expect(th(el, 'value').getAttribute('aria-sort')).to.equal('ascending');
    const asc = ids(el).map((id) => fig(id).value);
    expect(asc).to.deep.equal([...asc].sort((a, b) => a - b));
    expect(asc.length).to.equal(allFigures.length);
    await click(el, sortButton(el, 'value'));
    expect(th(el, 'value').getAttribute('aria-sort')).to.equal('descending');
    const desc = ids(el).map((id) => fig(id).value);
    expect(desc).to.deep.equal([...desc].sort((a, b) => b - a));
    // only the sorted column says it is sorted
    expect(th(el, 'label').hasAttribute('aria-sort')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('sorts by year (a year not stated last, both ways) and by label with the locale’s collation', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures></plan-figures>`);
    await click(el, sortButton(el, 'year'));
    const years = ids(el).map((id) => fig(id).year);
    const stated = years.filter((y): y is number => y !== null);
    expect(years).to.deep.equal([...stated.sort((a, b) => a - b), ...years.filter((y) => y === null)]);
    expect(years[0]).to.equal(2020);
    await click(el, sortButton(el, 'year'));
    const down = ids(el).map((id) => fig(id).year);
    expect(down[0]).to.equal(Math.max(...stated));
    expect(down[down.length - 1]).to.equal(null);
    await click(el, sortButton(el, 'label'));
    expect(th(el, 'label').getAttribute('aria-sort')).to.equal('ascending');
    expect(th(el, 'year').hasAttribute('aria-sort')).to.equal(false);
    const labels = cells(el).map((c) => c[0]);
    const collator = new Intl.Collator('zh-Hans');
    expect(labels).to.deep.equal([...labels].sort(collator.compare));
  });

  it('keyboard: Tab reaches the controls; Enter and Space on a column header sort', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures></plan-figures>`);
    sortButton(el, 'article').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(th(el, 'article').getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(th(el, 'article').getAttribute('aria-sort')).to.equal('descending');
    const articles = ids(el).map((id) => fig(id).article);
    expect(articles).to.deep.equal([...articles].sort((a, b) => b - a));
    // the first control of the element takes focus from Tab
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    before.after(el);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement === select(el, 'kind')).to.equal(true);
  });
});

describe('<plan-figures hash-bookmark>: share links to a figure', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));
  const linkedIds = (el: Element) =>
    bodyRows(el)
      .filter((r) => r.getAttribute('aria-current') === 'true')
      .map((r) => r.dataset.id);

  it('a page opened at #plan-figure=<id> marks that row, and only that one; each label links to its figure', async () => {
    history.replaceState(null, '', '#plan-figure=gdp-2025');
    const el = await ready(await fixture<PlanFigures>(html`<plan-figures hash-bookmark></plan-figures>`));
    expect(linkedIds(el)).to.deep.equal(['gdp-2025']);
    const row = bodyRows(el).find((r) => r.dataset.id === 'gdp-2025')!;
    expect(row.getAttribute('part')).to.equal('linked');
    const links = bodyRows(el).map((r) => r.querySelector('th a')?.getAttribute('href'));
    expect(links).to.deep.equal(ids(el).map((id) => `#plan-figure=${id}`));
    // the label is the row's own text, as without the link
    expect(squash(row.querySelector('th a')!.textContent)).to.equal(squash(row.cells[0].textContent));
    await expect(el).to.be.accessible();
  });

  it("following a label's link puts the share link in the URL and marks its row; the fragment moves it", async () => {
    const el = await ready(await fixture<PlanFigures>(html`<plan-figures hash-bookmark></plan-figures>`));
    expect(linkedIds(el)).to.deep.equal([]);
    const link = bodyRows(el)
      .find((r) => r.dataset.id === 'rd-intensity-2025')!
      .querySelector('a')!;
    link.click();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(location.hash).to.equal('#plan-figure=rd-intensity-2025');
    expect(linkedIds(el)).to.deep.equal(['rd-intensity-2025']);
    // the page's fragment changes (back/forward, a link elsewhere on the page)
    location.hash = '#plan-figure=gdp-2035';
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(linkedIds(el)).to.deep.equal(['gdp-2035']);
  });

  it('without hash-bookmark, or with an id that is no figure, nothing is marked and labels are plain text', async () => {
    history.replaceState(null, '', '#plan-figure=gdp-2025');
    const plain = await ready(await fixture<PlanFigures>(html`<plan-figures></plan-figures>`));
    expect(linkedIds(plain)).to.deep.equal([]);
    expect(root(plain).querySelector('th a')).to.equal(null);
    history.replaceState(null, '', '#plan-figure=<b>x</b>');
    const unknown = await ready(await fixture<PlanFigures>(html`<plan-figures hash-bookmark></plan-figures>`));
    expect(linkedIds(unknown)).to.deep.equal([]);
    expect(root(unknown).querySelector('b')).to.equal(null);
  });
});

describe('<plan-figures> filters', () => {
  const check = async (attrs: { kind?: string; chapter?: string; year?: string }, expected: readonly Figure[]) => {
    const el = await fixture<PlanFigures>(
      html`<plan-figures kind=${attrs.kind ?? ''} chapter=${attrs.chapter ?? ''} year=${attrs.year ?? ''}></plan-figures>`,
    );
    expect(ids(el), JSON.stringify(attrs)).to.deep.equal(expected.map((f) => f.id));
    expect(count(el)).to.equal(zh.count(expected.length, allFigures.length));
    return el;
  };

  it('kind, chapter and year, each alone and combined', async () => {
    await check({ kind: 'target' }, queryFigures({ kind: 'target' }));
    await check({ kind: 'baseline' }, queryFigures({ kind: 'baseline' }));
    const ch2 = await check({ chapter: '2' }, queryFigures({ chapter: 2 }));
    expect(select(ch2, 'chapter').value).to.equal('2');
    await check({ year: '2025' }, queryFigures({ year: 2025 }));
    const none = await check({ year: 'none' }, queryFigures({ year: null }));
    expect(select(none, 'year').value).to.equal('none');
    const combined = queryFigures({ kind: 'target', chapter: 2, year: 2025 });
    expect(combined.length > 0).to.equal(true);
    const el = await check({ kind: 'target', chapter: '2', year: '2025' }, combined);
    expect(select(el, 'kind').value).to.equal('target');
    expect(queryFigures({ kind: 'baseline', year: 2035 }).length).to.equal(0);
    const empty = await check({ kind: 'baseline', year: '2035' }, []);
    expect(squash(root(empty).querySelector('[part="empty"]')?.textContent)).to.equal(zh.empty);
    await expect(empty).to.be.accessible();
    expect(warnings).to.have.length(0);
  });

  it('the selects set the attributes (and the attributes the selects); "all" removes the attribute', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures></plan-figures>`);
    await choose(el, 'kind', 'target');
    expect(el.getAttribute('kind')).to.equal('target');
    await choose(el, 'year', '2025');
    expect(el.getAttribute('year')).to.equal('2025');
    expect(ids(el)).to.deep.equal(queryFigures({ kind: 'target', year: 2025 }).map((f) => f.id));
    await choose(el, 'chapter', '1');
    expect(ids(el)).to.deep.equal(queryFigures({ kind: 'target', year: 2025, chapter: 1 }).map((f) => f.id));
    await choose(el, 'kind', '');
    expect(el.hasAttribute('kind')).to.equal(false);
    expect(ids(el)).to.deep.equal(queryFigures({ year: 2025, chapter: 1 }).map((f) => f.id));
    el.setAttribute('year', 'none');
    el.removeAttribute('chapter');
    await el.updateComplete;
    expect(select(el, 'year').value).to.equal('none');
    expect(select(el, 'chapter').value).to.equal('');
    expect(ids(el)).to.deep.equal(queryFigures({ year: null }).map((f) => f.id));
    expect(count(el)).to.equal(zh.count(queryFigures({ year: null }).length, allFigures.length));
  });

  it('unknown or hostile filter values filter nothing, keep the controls on "all", warn once each, inject nothing', async () => {
    const XSS = '<img src=x onerror=alert(1)>';
    const el = await fixture<PlanFigures>(html`<plan-figures kind=${XSS} chapter="16" year="1999" mode="pie"></plan-figures>`);
    expect(ids(el)).to.deep.equal(allFigures.map((f) => f.id));
    expect(select(el, 'kind').value).to.equal('');
    expect(select(el, 'chapter').value).to.equal('');
    expect(select(el, 'year').value).to.equal('');
    expect(root(el).querySelector('img') === null).to.equal(true);
    expect(root(el).querySelector('table') !== null, 'unknown mode → table').to.equal(true);
    expect(warnings.length).to.equal(4);
    expect(warnings.some((w) => w.includes('kind="<img src=x onerror=alert(1)>"') && w.includes('baseline, target'))).to.equal(true);
    expect(warnings.some((w) => w.includes('chapter="16"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('year="1999"') && w.includes('none'))).to.equal(true);
    expect(warnings.some((w) => w.includes('mode="pie"') && w.includes('table, chart'))).to.equal(true);
    await expect(el).to.be.accessible();
    for (const chapter of ['0', '1.5', 'abc', ' 3x']) {
      el.setAttribute('chapter', chapter);
      await el.updateComplete;
      expect(ids(el).length, chapter).to.equal(allFigures.length);
    }
  });
});

describe('<plan-figures> downloads', () => {
  it('CSV: BOM, header, RFC 4180 rows equal to the rows shown, in the order shown; file name has the filter', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures kind="target"></plan-figures>`);
    await click(el, sortButton(el, 'value'));
    const e = capture(el, 'csv');
    expect(e.format).to.equal('csv');
    expect(e.fileName).to.equal('shenzhen-plan-figures-target.csv');
    expect(e.content.startsWith('\uFEFF')).to.equal(true);
    expect(e.content.endsWith('\r\n')).to.equal(true);
    const [header, ...rows] = parseCsv(e.content.slice(1));
    expect(header).to.deep.equal([
      zh.colLabel,
      zh.colValue,
      zh.colYear,
      zh.colKind,
      zh.colSource,
      zh.colPhrase,
      zh.colNumber,
      zh.colUnit,
      zh.colYearNumber,
    ]);
    expect(rows.map((r) => r.slice(0, 5))).to.deep.equal(cells(el));
    expect(rows.length).to.equal(queryFigures({ kind: 'target' }).length);
    // re-serialising the parsed fields gives the file back: every field quoted where RFC 4180 needs it
    expect(e.content.slice(1)).to.equal([header, ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join(''));
  });

  it('CSV: the exact phrase, a plain number, its unit and the year; unique labels; 不低于30% keeps its subject', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures></plan-figures>`);
    const [header, ...rows] = parseCsv(capture(el, 'csv').content.slice(1));
    expect(rows.length).to.equal(allFigures.length);
    for (const r of rows) expect(r.length, r[0]).to.equal(header.length);
    const labels = rows.map((r) => r[0]);
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).to.deep.equal([]);
    allFigures.forEach((f, i) => {
      const [, , , , , phrase, number, unit, year] = rows[i];
      expect(phrase, f.id).to.equal(f.phrase);
      expect(seed.includes(phrase), `${f.id}: the phrase is the seed's`).to.equal(true);
      expect(Number(number), f.id).to.equal(f.value);
      expect(number, f.id).to.match(/^\d+(\.\d+)?$/);
      expect(unit, f.id).to.equal(f.unit);
      expect(year, f.id).to.equal(f.year === null ? '' : String(f.year));
    });
    // the units the text writes: 160万人口, 87.1万座; the share's subject, as the seed writes it
    const row = (id: string) => rows[allFigures.findIndex((f) => f.id === id)];
    inSeed('助力近160万人口实现脱贫');
    expect(row('poverty-relief').slice(5, 8)).to.deep.equal(['助力近160万人口实现脱贫', '160', '万人口']);
    const share = fig('basic-research-share');
    inSeed(`${share.label}${share.qualifier}${share.base}的30%`);
    expect(row('basic-research-share')[0]).to.include(share.base);
    expect(row('basic-research-share')[5]).to.equal(share.phrase);
    expect(row('gdp-2035').slice(6, 9)).to.deep.equal(['2', '倍', '2035']);
  });

  it('CSV in English: numbers in the English unit (43 万套 → 430000 units), the phrase in the original', async () => {
    const el = await ready(await fixture<PlanFigures>(html`<plan-figures lang="en"></plan-figures>`));
    const [header, ...rows] = parseCsv(capture(el, 'csv').content.slice(1));
    expect(header.slice(5)).to.deep.equal([enStrings.colPhrase, enStrings.colNumber, enStrings.colUnit, enStrings.colYearNumber]);
    const row = (id: string) => rows[allFigures.findIndex((f) => f.id === id)];
    expect(row('public-housing').slice(5, 8)).to.deep.equal([
      fig('public-housing').phrase,
      '430000',
      enFigures['public-housing'].unit.trim(),
    ]);
    expect(row('gdp-2025').slice(6, 8)).to.deep.equal(['4', 'trillion yuan']);
    expect(row('poverty-relief').slice(6, 8)).to.deep.equal(['1.6', 'million people']);
    expect(row('digital-economy-doubling').slice(6, 8)).to.deep.equal(['2', enStrings.times]);
    const labels = rows.map((r) => r[0]);
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).to.deep.equal([]);
  });

  it('JSON: parses back to the filtered figures of the dataset (Figure shape)', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures chapter="1" year="none"></plan-figures>`);
    const e = capture(el, 'json');
    expect(e.fileName).to.equal('shenzhen-plan-figures-chapter-1-year-none.json');
    const expected = queryFigures({ chapter: 1, year: null });
    expect(expected.length > 0).to.equal(true);
    expect(JSON.parse(e.content)).to.deep.equal(JSON.parse(JSON.stringify(expected)));
    const all = await fixture<PlanFigures>(html`<plan-figures></plan-figures>`);
    expect(JSON.parse(capture(all, 'json').content)).to.deep.equal(JSON.parse(JSON.stringify(allFigures)));
  });

  it('saves through a Blob, an object URL and a temporary <a download> (unless the event is cancelled)', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures year="2025"></plan-figures>`);
    const saved: { name: string; href: string }[] = [];
    const blobs: Blob[] = [];
    const urlDescriptor = Object.getOwnPropertyDescriptor(URL, 'createObjectURL')!;
    const create = URL.createObjectURL.bind(URL);
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      writable: true,
      value: (b: Blob) => {
        blobs.push(b);
        return create(b);
      },
    });
    // a stand-in for the anchor's click: no file is saved by the test browser
    Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
      configurable: true,
      writable: true,
      value(this: HTMLAnchorElement) {
        saved.push({ name: this.download, href: this.href });
      },
    });
    try {
      root(el).querySelector<HTMLButtonElement>('button[data-format="csv"]')!.click();
    } finally {
      Object.defineProperty(URL, 'createObjectURL', urlDescriptor);
      delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
    }
    expect(saved.length).to.equal(1);
    expect(saved[0].name).to.equal('shenzhen-plan-figures-year-2025.csv');
    expect(saved[0].href.startsWith('blob:')).to.equal(true);
    expect(blobs[0].type.startsWith('text/csv')).to.equal(true);
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(root(el).querySelector('a[download]') === null, 'the temporary link is removed').to.equal(true);
  });
});

describe('<plan-figures mode="chart">', () => {
  it('one row per measure with a 2020 start and a goal, both ends drawn, qualifiers as text and as marks', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures mode="chart"></plan-figures>`);
    await expect(el).to.be.accessible();
    const svgEl = root(el).querySelector('svg.chart')!;
    expect(svgEl.getAttribute('aria-hidden')).to.equal('true');
    const text = serializeSvg(svgEl);
    const pairs = measurePairs(allFigures);
    expect(pairs.map((p) => p.measure)).to.include.members(['gdp', 'rd-intensity']);
    const rows = [...svgEl.querySelectorAll('g.row')];
    expect(rows.map((r) => r.getAttribute('data-measure'))).to.deep.equal(pairs.map((p) => p.measure));
    expect((text.match(/<g class="row"/g) ?? []).length).to.equal(pairs.length);
    for (const [i, p] of pairs.entries()) {
      const row = serializeSvg(rows[i]);
      expect(row.includes('class="end from'), p.measure).to.equal(true);
      expect(row.includes('class="end to'), p.measure).to.equal(true);
      expect((row.match(/<circle class="marker"/g) ?? []).length, p.measure).to.equal(2);
      expect(row.includes(p.to.label), p.measure).to.equal(true);
      for (const f of [p.from, p.to]) {
        if (f.qualifier)
          expect(row.includes(`<tspan class="qualifier">\n`) && row.includes(f.qualifier), `${f.id} qualifier`).to.equal(true);
        expect(squash(rows[i].textContent).replace(/\s/g, '').includes(formatValue(f)), f.id).to.equal(true);
      }
    }
    // 超过 (a lower bound): an open-ended arrow; 左右: a tilde; 预计: a hollow marker
    const gdp = rows[pairs.findIndex((p) => p.measure === 'gdp')];
    expect(gdp.querySelector('.end.to.lower path.arrow') !== null).to.equal(true);
    expect(gdp.querySelector('.end.from.estimate') !== null).to.equal(true);
    const rd = rows[pairs.findIndex((p) => p.measure === 'rd-intensity')];
    expect(rd.querySelector('.end.to.approx path.tilde') !== null).to.equal(true);
    expect(rd.querySelector('.end.from.exact path') === null, '达4.93%: a bare point').to.equal(true);
    // the same information for screen readers
    const items = [...root(el).querySelectorAll('ul.visually-hidden li')].map((li) => squash(li.textContent));
    expect(items.length).to.equal(pairs.length);
    expect(items[pairs.findIndex((p) => p.measure === 'gdp')]).to.equal(
      '经济总量：起点2020年 超过2.8万亿元（预计），目标2025年 超过4万亿元',
    );
    inSeed('预计二〇二〇年地区生产总值超过2.8万亿元');
    expect(squash(root(el).querySelector('[part="note"]')!.textContent)).to.equal(zh.chartNote);
    expect(root(el).querySelector('table') === null).to.equal(true);
  });

  it('charts every measure with two levels of one unit, grouped by unit; 9 → 15 所 is an outcome, not a goal', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures mode="chart"></plan-figures>`);
    const pairs = measurePairs(allFigures);
    expect(pairs.map((p) => p.measure)).to.deep.equal(['gdp', 'rd-intensity', 'universities']);
    const rows = [...root(el).querySelectorAll('svg.chart g.row')];
    expect(rows.map((r) => r.getAttribute('data-measure'))).to.deep.equal(['gdp', 'rd-intensity', 'universities']);
    inSeed('高校数量从9所增至15所');
    expect(squash(rows[2].textContent).replace(/\s/g, '')).to.include('9所');
    expect(squash(rows[2].textContent).replace(/\s/g, '')).to.include('15所');
    const items = [...root(el).querySelectorAll('ul.visually-hidden li')].map((li) => squash(li.textContent));
    expect(items[2]).to.equal(zh.chartRowOutcome(fig('universities').label, '9所', '15所'));
    expect(items[2]).to.equal('高校数量：起点9所，终点15所');
  });

  it('says, per figure not charted, why: multiples, ranks, single values, each figure once by its row label', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures mode="chart"></plan-figures>`);
    await expect(el).to.be.accessible();
    const box = root(el).querySelector('[part="not-charted"]')!;
    expect(squash(box.querySelector('.not-charted-heading')!.textContent)).to.equal(zh.notChartedHeading);
    const left = notCharted(allFigures);
    const label = (f: Figure) => rowLabel(f, f, allFigures, zhLabels);
    const items = [...box.querySelectorAll('li')];
    expect(items.map((li) => li.dataset.reason)).to.deep.equal(['multiple', 'rank', 'single']);
    const text = { multiple: zh.notChartedMultiple, rank: zh.notChartedRank, single: zh.notChartedSingle };
    for (const li of items) {
      const reason = li.dataset.reason as keyof typeof text;
      const labels = left.filter((n) => n.reason === reason).map((n) => label(n.figure));
      expect(squash(li.textContent)).to.equal(zh.notChartedItem(text[reason], labels));
    }
    // every figure is either a row's end or named once in the list
    const pairs = measurePairs(allFigures);
    expect(pairs.length * 2 + left.length).to.equal(allFigures.length);
    expect(squash(items[0].textContent)).to.include(label(fig('gdp-2035')));
    expect(squash(items[1].textContent)).to.include(label(fig('gdp-rank-asia-2020')));
    expect(squash(items[2].textContent)).to.include(label(fig('basic-research-share')));
    // translated, with the English labels
    const en = await ready(await fixture<PlanFigures>(html`<plan-figures mode="chart" lang="en"></plan-figures>`));
    const enBox = root(en).querySelector('[part="not-charted"]')!;
    expect(squash(enBox.querySelector('.not-charted-heading')!.textContent)).to.equal(enStrings.notChartedHeading);
    expect(squash(enBox.querySelector('li[data-reason="rank"]')!.textContent)).to.equal(
      enStrings.notChartedItem(enStrings.notChartedRank, [
        enFigures['gdp-rank-asia-2020'].label,
        enFigures['high-tech-enterprises-rank'].label,
      ]),
    );
    await expect(en).to.be.accessible();
  });

  it('matches the committed snapshot (src/charts/__snapshots__/figures-chart.svg.txt, checked by eye)', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures mode="chart"></plan-figures>`);
    expect(serializeSvg(root(el).querySelector('svg.chart')!)).to.equal(await loadSnapshot('figures-chart.svg.txt'));
  });

  it('is accessible in dark and in English', async () => {
    const dark = await fixture<PlanFigures>(html`<plan-figures mode="chart" theme="dark"></plan-figures>`);
    await expect(dark).to.be.accessible();
    const en = await ready(await fixture<PlanFigures>(html`<plan-figures mode="chart" lang="en"></plan-figures>`));
    await expect(en).to.be.accessible();
    const label = root(en).querySelector('g.row[data-measure="gdp"] .row-label')!.textContent;
    expect(label).to.equal(enFigures['gdp-2025'].label);
  });
});

describe('<plan-figures> locales', () => {
  it('en: headers, kinds and count in English, labels and values from the English pack; lang="en"', async () => {
    const el = await ready(await fixture<PlanFigures>(html`<plan-figures lang="en"></plan-figures>`));
    expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    expect([...root(el).querySelectorAll('thead th')].map((h) => squash(h.textContent))).to.deep.equal([
      enStrings.colLabel,
      enStrings.colValue,
      enStrings.colYear,
      enStrings.colKind,
      enStrings.colSource,
    ]);
    const shown = cells(el);
    allFigures.forEach((f, i) => {
      const t = { ...f, ...enFigures[f.id] };
      expect(shown[i][0], f.id).to.equal(rowLabel(f, t, allFigures, enLabels));
      expect(squash(bodyRows(el)[i].querySelector('[part="value"]')!.textContent), f.id).to.equal(squash(formatValue(t)));
      expect(shown[i][3], f.id).to.equal(f.kind === 'target' ? enStrings.kindTarget : enStrings.kindBaseline);
    });
    expect(count(el)).to.equal(enStrings.count(allFigures.length, allFigures.length));
    expect(squash(select(el, 'chapter').options[2].textContent)).to.equal(
      enStrings.chapterOption(enChapters[1].numeral, enChapters[1].title),
    );
    await expect(el).to.be.accessible();
    // sorting by label uses English collation
    await click(el, sortButton(el, 'label'));
    const labels = cells(el).map((c) => c[0]);
    expect(labels).to.deep.equal([...labels].sort(new Intl.Collator('en').compare));
    const csv = capture(el, 'csv').content;
    expect(parseCsv(csv.slice(1))[0][0]).to.equal(enStrings.colLabel);
  });

  it('zh-Hant-HK: converted labels from the pack, lang="zh-Hant-HK"; accessible', async () => {
    const el = await ready(await fixture<PlanFigures>(html`<plan-figures lang="zh-Hant-HK" kind="baseline"></plan-figures>`));
    expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('zh-Hant-HK');
    const expected = queryFigures({ kind: 'baseline' });
    const hkLabels = { ...hkUi.figures, year: (y: number) => `${y}年` };
    expect(cells(el).map((c) => c[0])).to.deep.equal(expected.map((f) => rowLabel(f, { ...f, ...hkFigures[f.id] }, allFigures, hkLabels)));
    expect(squash(root(el).querySelector('caption')!.textContent)).to.equal('規劃數據一覽');
    // chapter options name the chapters in the locale (the locale's outline chunk)
    const options = [...select(el, 'chapter').options].map((o) => squash(o.textContent));
    expect(options.length).to.equal(16);
    expect(options[1]).to.equal(`${hkChapters[0].numeral}、${hkChapters[0].title}`);
    await expect(el).to.be.accessible();
  });

  it('a chapter option per chapter; the filter uses the article’s chapter', async () => {
    const el = await fixture<PlanFigures>(html`<plan-figures chapter="1"></plan-figures>`);
    expect(ids(el).every((id) => getArticleRef(fig(id).article)!.chapter === 1)).to.equal(true);
    expect(select(el, 'chapter').options.length).to.equal(16);
  });
});
