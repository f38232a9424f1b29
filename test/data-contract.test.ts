/**
 * The dataset's contract. Reads the seed and the errata as files (the way the build does), parses them, and
 * checks the shipped dataset (src/generated via src/data/*) against the seed. Expected strings below were read
 * off the seed by hand, and each is also checked to occur in the seed, so a typo here fails too.
 */
import { expect } from '@open-wc/testing';
import { applyErrata, blocks, parsePlan, serializePlan } from '../src/data/parse.js';
import {
  allFigures,
  figures,
  getArticle,
  getChapter,
  getFigure,
  loadArticle,
  loadChapter,
  nonFigures,
  plan,
  stageFigureChips,
  stageFigures,
  stages,
} from '../src/data/index.js';
import type { Erratum, Plan } from '../src/data/types.js';
import { textPlaces } from './helpers/index.js';
import { ARTICLE_COUNT, CHAPTER_COUNT, getArticleRef } from '../src/data/article-index.js';
import { loadArticleInChapter } from '../src/data/text.js';

const SEED_URL = '/seeds/000_5c869d822c55e6be.txt';
let seed = '';
let errata: Erratum[] = [];

before(async () => {
  seed = await (await fetch(SEED_URL)).text();
  errata = ((await (await fetch('/seeds/errata.json')).json()) as { entries: Erratum[] }).entries;
});

const seedLines = () => seed.split('\n');
const articleText = (n: number) => getArticle(n)!.paragraphs.join('\n');

/** Index of the first difference between the dataset and the corrected seed, or -1 when they are identical. */
function fidelityMismatch(data: Plan, seedText: string, list: readonly Erratum[]): number {
  const expected = applyErrata(seedText, list).replace(/^\n+/, '');
  const actual = serializePlan(data);
  if (actual === expected) return -1;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  return i;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('seed', () => {
  it('is the shared seed, byte for byte (SHA-256 recorded in seeds/README.md)', async () => {
    expect(new TextEncoder().encode(seed).length).to.equal(82218);
    expect(await sha256(seed)).to.equal('ac356f2de45fc35a62c55a9c5da8b07c977ec59449d291eae5e5b036137f30d3');
  });
});

describe('errata', () => {
  it('have unique ids, a known kind, a reason, and apply in order (each "before" found exactly once)', () => {
    expect(new Set(errata.map((e) => e.id)).size).to.equal(errata.length);
    for (const e of errata) {
      expect(['page-break', 'duplicate-character', 'spacing', 'official-typo']).to.include(e.kind);
      expect(e.reason.length, e.id).to.be.greaterThan(20);
    }
    expect(() => applyErrata(seed, errata)).not.to.throw();
  });

  it('point at the seed line where each artifact is', () => {
    const lines = seedLines();
    for (const e of errata) {
      const line = lines[e.line - 1];
      if (e.kind === 'duplicate-character') {
        // the last character before the page break is repeated as the first one after it
        expect(line[0], e.id).to.equal(lines[e.line - 3].at(-1));
        const i = [...e.before].findIndex((c, k) => k > 0 && c === e.before[k - 1]);
        expect(e.before.slice(0, i) + e.before.slice(i + 1), e.id).to.equal(e.after);
      } else {
        expect(line, e.id).to.include(e.before.split('\n\n')[0]);
      }
    }
  });

  it('join every page break: each blank line inside a sentence in the seed has a page-break erratum', () => {
    const lines = seedLines();
    const breaks = errata.filter((e) => e.kind === 'page-break').map((e) => e.line);
    const firstArticle = lines.findIndex((l) => l.startsWith('1. '));
    for (let i = firstArticle; i < lines.length; i++) {
      const l = lines[i];
      if (!l || /^[一二三四五六七八九十]+、/.test(l) || l === '7. “十四五”时期经济社会发展主要目标') continue;
      if (!l.endsWith('。')) expect(breaks, `line ${i + 1} ends mid-sentence`).to.include(i + 1);
    }
    expect(breaks.length).to.equal(34);
  });

  it('kinds: 34 page breaks (one at a sentence end), 1 duplicated character, 13 spacing fixes, 2 official typos kept', () => {
    const count = (k: string) => errata.filter((e) => e.kind === k).length;
    expect([count('page-break'), count('duplicate-character'), count('spacing'), count('official-typo')]).to.deep.equal([34, 1, 13, 2]);
    expect(errata.filter((e) => e.boundary === 'sentence-end').map((e) => e.line)).to.deep.equal([171]);
    for (const e of errata.filter((x) => x.kind === 'official-typo')) {
      expect(e.decision).to.equal('kept');
      expect(e.before).to.equal(e.after);
    }
    for (const e of errata.filter((x) => x.kind === 'spacing')) expect(e.after).to.equal(e.before.replace(/ /g, ''));
  });
});

describe('fidelity', () => {
  it('the shipped dataset serialises back to the seed with the errata applied, character for character', () => {
    expect(fidelityMismatch(plan, seed, errata)).to.equal(-1);
  });

  it('fails when one character is removed from the seed', () => {
    const at = seed.indexOf('深圳经济特区诞生于');
    const corrupted = seed.slice(0, at) + seed.slice(at + 1);
    expect(fidelityMismatch(plan, corrupted, errata)).to.be.greaterThan(0);
  });

  it('fails when one character is changed or reordered in the dataset', () => {
    const clone = JSON.parse(JSON.stringify(plan)) as Plan;
    const p = clone.articles[34].paragraphs as string[];
    p[0] = p[0].replace('数字经济', '经济数字');
    expect(fidelityMismatch(clone, seed, errata)).to.be.greaterThan(0);
  });

  it('the shipped (generated) dataset equals a fresh parse of the seed', () => {
    expect(JSON.parse(JSON.stringify(plan))).to.deep.equal(JSON.parse(JSON.stringify(parsePlan(seed, errata))));
  });

  it('changes only what the errata say: the corrected text is the seed minus blank lines, spaces and one 式', () => {
    const strip = (s: string) => s.replace(/\s+/g, '');
    const corrected = strip(applyErrata(seed, errata));
    expect(strip(seed).replace('新模式式实行', '新模式实行')).to.equal(corrected);
  });
});

describe('structure', () => {
  const NUMERALS = '一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五'.split(' ');

  it('has 15 chapters with numerals 一…十五 and titles as in the seed', () => {
    expect(plan.chapters.map((c) => c.numeral)).to.deep.equal(NUMERALS);
    for (const c of plan.chapters) expect(seedLines()).to.include(`${c.numeral}、${c.title}`);
  });

  it('has 73 articles numbered 1…73, each in the chapter whose heading precedes it in the seed', () => {
    expect(plan.articles.map((a) => a.number)).to.deep.equal(Array.from({ length: 73 }, (_, i) => i + 1));
    let chapter = 0;
    const expected: number[] = [];
    for (const line of seedLines()) {
      if (/^[一二三四五六七八九十]+、/.test(line)) chapter++;
      const m = /^(\d+)\. /.exec(line);
      if (m) expected[Number(m[1]) - 1] = chapter;
    }
    expect(plan.articles.map((a) => a.chapter)).to.deep.equal(expected);
    expect(plan.chapters.flatMap((c) => c.articles)).to.deep.equal(plan.articles.map((a) => a.number));
  });

  it('articles per chapter', () => {
    expect(plan.chapters.map((c) => c.articles.length)).to.deep.equal([4, 3, 5, 5, 6, 7, 4, 5, 4, 4, 4, 7, 4, 6, 5]);
  });

  it('every lead is the opening sentence of its article (article 7: the whole opening line)', () => {
    for (const a of plan.articles) {
      expect(a.lead, `article ${a.number}`).not.to.include('。');
      if (a.number === 7) expect(a.paragraphs[0]).to.equal(a.lead);
      else expect(a.paragraphs[0].startsWith(`${a.lead}。`), `article ${a.number}`).to.equal(true);
      expect(seed).to.include(`${a.number}. ${a.lead}`);
    }
    expect(getArticle(7)!.lead).to.equal('“十四五”时期经济社会发展主要目标');
    expect(getArticle(35)!.lead).to.equal('加快释放数字经济潜力');
  });

  it('paragraphs are logical: no blank line, no whitespace, no duplicated 式, each ends with 。', () => {
    const all = [
      ...plan.preamble,
      ...plan.closing,
      ...plan.chapters.flatMap((c) => c.intro),
      ...plan.articles.flatMap((a) => a.paragraphs),
    ];
    expect(all.length).to.equal(108);
    for (const p of all) {
      expect(p, p.slice(0, 20)).not.to.match(/\s/);
      expect(p).not.to.include('新模式式');
      if (p !== getArticle(7)!.paragraphs[0]) expect(p.endsWith('。'), p.slice(-20)).to.equal(true);
    }
  });

  it('keeps the —— items of articles 6 and 7 as separate paragraphs', () => {
    const items = (n: number) => getArticle(n)!.paragraphs.slice(1);
    expect(items(6)).to.have.length(10);
    expect(items(7)).to.have.length(5);
    for (const p of [...items(6), ...items(7)]) expect(p.startsWith('——')).to.equal(true);
    expect(getArticle(6)!.paragraphs[0].startsWith('——')).to.equal(false);
  });

  it('keeps the genuine second paragraph of article 3 and rejoins the sentence-end page break of article 32', () => {
    expect(getArticle(3)!.paragraphs).to.have.length(2);
    expect(getArticle(3)!.paragraphs[1].startsWith('同时，')).to.equal(true);
    expect(getArticle(32)!.paragraphs).to.have.length(1);
  });

  it('keeps both official typos verbatim', () => {
    expect(articleText(31)).to.include('整備改造');
    expect(articleText(54)).to.include('健康管理制制度');
  });

  it('has the meta from the header', () => {
    expect(plan.meta.title).to.equal('中共深圳市委关于制定深圳市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议');
    expect(plan.meta.adoptedOn).to.equal('2020-12-22');
    expect(plan.meta.adoptedBy).to.equal('中国共产党深圳市第六届委员会第十七次全体会议');
    expect(plan.meta.sourceUrl).to.equal('http://www.sz.gov.cn/cn/xxgk/zfxxgj/zwdt/content/post_8386242.html');
    for (const v of [plan.meta.title, plan.meta.adoption, plan.meta.sourceUrl]) expect(seed).to.include(v);
    expect(plan.preamble).to.have.length(1);
    expect(plan.closing[0].startsWith('实现“十四五”规划和二〇三五年远景目标')).to.equal(true);
  });
});

describe('stages', () => {
  const HEADLINES: [string, string][] = [
    ['2020', '率先高质量全面建成小康社会'],
    ['2025', '建成现代化国际化创新型城市，基本实现社会主义现代化'],
    ['2030', '建成引领可持续发展的全球创新城市，社会主义现代化建设跃上新台阶'],
    ['2035', '建成具有全球影响力的创新创业创意之都，成为我国建设社会主义现代化强国的城市范例，率先实现社会主义现代化'],
    ['mid-century', '那时的深圳将是让世界刮目相看的另一番景象'],
  ];

  it('are five, in order, with their exact headlines', () => {
    expect(stages.map((s) => [s.id, s.headline])).to.deep.equal(HEADLINES);
    for (const [, h] of HEADLINES) expect(applyErrata(seed, errata)).to.include(h);
  });

  it('have labels from the text, years, and an axis position; mid-century is not a year', () => {
    expect(stages.map((s) => s.label)).to.deep.equal(['二〇二〇年', '二〇二五年', '二〇三〇年', '二〇三五年', '本世纪中叶']);
    expect(stages.map((s) => s.year)).to.deep.equal([2020, 2025, 2030, 2035, null]);
    expect(articleText(2)).to.include('二〇二〇年');
    const mid = stages[4];
    expect(mid.position).to.be.greaterThan(2035);
    for (const s of stages.slice(1)) expect(articleText(4)).to.include(`到${s.label}，`);
  });

  it('goals are exact, separate items that rebuild their paragraph', () => {
    const p = getArticle(4)!.paragraphs;
    const [, s2025, s2030, s2035, mid] = stages;
    expect(`到${s2025.label}，${s2025.headline}。${s2025.goals.join('，')}。`).to.equal(p[1]);
    expect(`到${s2030.label}，${s2030.headline}。${s2030.goals.join('；')}。`).to.equal(p[2]);
    expect(`到${s2035.label}，${s2035.headline}。${s2035.goals.join('；')}。`).to.equal(p[3]);
    expect(`到${mid.label}，${mid.headline}，${mid.goals.join('，')}。`).to.equal(p[4]);
    expect(stages.map((s) => s.goals.length)).to.deep.equal([13, 4, 4, 5, 7]);
    const outcomes = stages[0].goals;
    expect(articleText(2)).to.include(`。${outcomes.join('。')}。`);
    expect(outcomes[0].startsWith('高质量发展跃上更高台阶')).to.equal(true);
    expect(outcomes.at(-1)!.startsWith('法治建设迈出重大步伐')).to.equal(true);
  });

  it('know their figures', () => {
    const ids = (i: number) => stageFigures(stages[i]).map((f) => f.id);
    expect(ids(1)).to.include.members(['gdp-2025', 'rd-intensity-2025']);
    expect(ids(3)).to.deep.equal(['gdp-2035', 'gdp-per-capita-2035']);
    expect(ids(0)).to.include.members(['gdp-2020', 'rd-intensity-2020', 'export-streak']);
    expect(ids(4)).to.deep.equal([]);
  });

  it('ship slim figure chips that match the registry and the seed', () => {
    const flat = seed.replace(/\s+/g, '');
    let dropped = 0;
    for (const stage of stages) {
      const full = stageFigures(stage);
      const chips = stageFigureChips(stage);
      expect(chips.map((c) => c.id)).to.deep.equal(full.map((f) => f.id));
      chips.forEach((c, i) => {
        const f = full[i];
        expect([c.label, c.valueText, c.qualifier, c.estimate, c.article, c.base]).to.deep.equal([
          f.label,
          f.valueText,
          f.qualifier,
          f.estimate,
          f.article,
          f.base,
        ]);
        // the chip shows value + unit exactly as the seed writes it; the unit is dropped only where it is not written
        expect(flat).to.include(c.valueText + c.unit);
        if (c.unit === '') {
          if (f.unit !== '') dropped++;
          expect(f.unit === '' || !f.phrase.includes(f.valueText + f.unit)).to.equal(true);
        } else expect(c.unit).to.equal(f.unit);
      });
    }
    // 翻一番 ×2 (2035) and 翻番 (digital economy, 2025) and 接近翻番 (2020): the text writes no 倍
    expect(dropped).to.equal(4);
  });
});

/** Chinese numeral (一…九十九, 〇-digits, 半 = 0.5) → number. */
function cn(s: string): number {
  const d: Record<string, number> = { 半: 0.5, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    return (tens ? d[tens] : 1) * 10 + (ones ? d[ones] : 0);
  }
  return [...s].reduce((n, c) => n * 10 + d[c], 0);
}

describe('figures', () => {
  it('have unique kebab-case ids and the required fields', () => {
    expect(new Set(allFigures.map((f) => f.id)).size).to.equal(allFigures.length);
    for (const f of allFigures) {
      expect(f.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['baseline', 'target']).to.include(f.kind);
      expect(f.year === null || [2020, 2025, 2035].includes(f.year), f.id).to.equal(true);
    }
  });

  it('each phrase stands verbatim in its article; label, value, unit and qualifier stand in the phrase', () => {
    for (const f of allFigures) {
      expect(articleText(f.article), f.id).to.include(f.phrase);
      expect(f.phrase, f.id).to.include(f.label);
      if (f.qualifier) expect(f.phrase, f.id).to.include(f.qualifier);
      if (f.base) expect(f.phrase, f.id).to.include(f.base);
      const multiple = /番|倍/.test(f.valueText);
      expect(f.phrase, f.id).to.include(multiple ? f.valueText : f.valueText + f.unit);
      const value = /^\d/.test(f.valueText) ? Number(f.valueText) : multiple ? 2 : cn(f.valueText);
      expect(f.value, f.id).to.equal(f.valueText === '三' && f.unit === '倍' ? 3 : value);
    }
  });

  it('baselines are 13th Five-Year outcomes (article 2); targets are goals', () => {
    for (const f of allFigures) expect(f.kind === 'baseline', f.id).to.equal(f.article === 2);
    // only the sentence that names 二〇二〇年 dates an outcome; 预计 marks the estimate
    const sentences = articleText(2).split('。');
    for (const f of figures({ kind: 'baseline' })) {
      const sentence = sentences.find((s) => s.includes(f.phrase))!;
      expect(f.year === 2020, f.id).to.equal(sentence.includes('二〇二〇年'));
      expect(f.estimate, f.id).to.equal(f.phrase.includes('预计'));
    }
    expect(getFigure('gdp-2020')!.estimate).to.equal(true);
  });

  it('includes the figures named in the issues', () => {
    const show = (id: string) => {
      const f = getFigure(id)!;
      return `${f.qualifier ?? ''}|${f.valueText}|${f.unit}|${f.year}`;
    };
    expect(show('gdp-2025')).to.equal('超过|4|万亿元|2025');
    expect(show('gdp-2020')).to.equal('超过|2.8|万亿元|2020');
    expect(show('rd-intensity-2020')).to.equal('达|4.93|%|2020');
    expect(show('rd-intensity-2025')).to.equal('左右|5|%|2025');
    expect(show('basic-research-share')).to.equal('不低于|30|%|null');
    expect(show('export-streak')).to.equal('|二十八|连冠|null');
    expect(show('civilised-city-streak')).to.equal('|六|连冠|null');
    expect(show('public-housing-multiple')).to.equal('|2.4|倍|null');
    expect(show('gdp-2035')).to.equal('|翻一番|倍|2035');
    expect(show('digital-economy-doubling')).to.equal('|翻番|倍|2025');
    expect(show('top-hospitals-doubling')).to.equal('|倍增|倍|null');
  });

  it('every digit run and Chinese-numeral quantity of the text is inside a figure or a listed non-figure', () => {
    const places = textPlaces(plan);
    const QUANTITY =
      /\d+(?:\.\d+)?|[〇一二两三四五六七八九十百千]+(?:倍|连冠|次|项|所|座|位|个|番|大|年)|翻一?番|倍增|前[一二三四五六七八九十]+/g;
    const uncovered: string[] = [];
    let matches = 0;
    for (const [where, text] of places) {
      const spans: [number, number][] = [];
      const cover = (phrase: string) => {
        for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) spans.push([i, i + phrase.length]);
      };
      allFigures.filter((f) => f.article === where).forEach((f) => cover(f.phrase));
      nonFigures.filter((n) => n.where === where).forEach((n) => cover(n.phrase));
      for (const m of text.matchAll(QUANTITY)) {
        matches++;
        const [s, e] = [m.index, m.index + m[0].length];
        if (!spans.some(([a, b]) => a <= s && e <= b)) uncovered.push(`${where}: ${text.slice(Math.max(0, s - 8), e + 8)}`);
      }
    }
    expect(uncovered).to.deep.equal([]);
    expect(matches).to.be.greaterThan(100);
  });

  it('every non-figure stands where it says, with a reason', () => {
    const textOf = (where: string | number): string => {
      if (typeof where === 'number') return articleText(where);
      if (where === 'title') return plan.meta.title;
      if (where === 'adoption') return plan.meta.adoption;
      if (where === 'preamble') return plan.preamble.join('');
      if (where === 'closing') return plan.closing.join('');
      const c = getChapter(where.replace('chapter-', ''))!;
      return [c.title, ...c.intro].join('');
    };
    for (const n of nonFigures) {
      expect(textOf(n.where), `${n.where}: ${n.phrase}`).to.include(n.phrase);
      expect(n.reason.length).to.be.greaterThan(5);
    }
  });
});

describe('accessors', () => {
  it('return undefined for unknown ids and out-of-range or malformed numbers, without throwing', () => {
    for (const bad of [0, 16, -1, 1.5, NaN, '0', '16', 'abc', '1.5', ' 1x', '<b>1</b>', '']) expect(getChapter(bad)).to.equal(undefined);
    for (const bad of [0, 74, '74', '0x10', '1e1', '３５']) expect(getArticle(bad)).to.equal(undefined);
    for (const bad of ['nope', '', undefined, null, 42, '<img src=x>']) expect(getFigure(bad)).to.equal(undefined);
    expect(getChapter('15')!.title).to.equal(plan.chapters[14].title);
    expect(getArticle(73)!.number).to.equal(73);
  });

  it('filter figures by kind, chapter and year', () => {
    expect(figures({ kind: 'target', year: 2025 }).map((f) => f.id)).to.deep.equal([
      'gdp-2025',
      'rd-intensity-2025',
      'digital-economy-doubling',
    ]);
    expect(figures({ chapter: 8 }).map((f) => f.id)).to.deep.equal(['digital-economy-doubling']);
    expect(figures({ year: null }).every((f) => f.year === null)).to.equal(true);
    expect(figures().length).to.equal(allFigures.length);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(plan.articles[0].paragraphs)).to.equal(true);
    expect(Object.isFrozen(getFigure('gdp-2025'))).to.equal(true);
    expect(() => (plan.chapters as unknown as number[]).push(1)).to.throw();
  });

  it('load a chapter or article lazily, equal to the synchronous dataset', async () => {
    expect((await loadChapter(8))!.articles.map((a) => a.number)).to.deep.equal([35, 36, 37, 38, 39]);
    expect(await loadArticle(35)).to.deep.equal(getArticle(35));
    expect(await loadArticle('74')).to.equal(undefined);
    expect(await loadChapter('x')).to.equal(undefined);
    expect(await loadChapter(0)).to.equal(undefined);
    expect(await loadChapter(16)).to.equal(undefined);
    const inChapter = (await loadArticleInChapter(' 35 '))!;
    expect(inChapter.article).to.deep.equal(getArticle(35));
    expect([inChapter.chapter.numeral, inChapter.chapter.title]).to.deep.equal(['八', '加快数字化整体转型，打造全球数字先锋城市']);
    expect(seed).to.include('八、加快数字化整体转型，打造全球数字先锋城市');
    expect(await loadArticleInChapter('<b>1</b>')).to.equal(undefined);
  });

  it('map every article number to its chapter from the article index alone', () => {
    expect([ARTICLE_COUNT, CHAPTER_COUNT]).to.deep.equal([73, 15]);
    for (const chapter of plan.chapters) {
      for (const n of chapter.articles) expect(getArticleRef(n)).to.deep.equal({ number: n, chapter: chapter.number });
    }
    for (const bad of [0, 74, -1, 1.5, '1.5', 'abc', '', '<i>3</i>']) expect(getArticleRef(bad)).to.equal(undefined);
    expect(getArticleRef('7')).to.deep.equal({ number: 7, chapter: 2 });
  });
});

describe('blocks()', () => {
  it('drops blank lines only', () => {
    expect(blocks('\n\na\n\nb\n\n\nc')).to.deep.equal(['a', 'b', 'c']);
  });
});
