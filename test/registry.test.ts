/**
 * The figure registry is complete (issue 11): every numeral character of the text — digits, 〇一二两三四五六七八九十百千万亿,
 * 半, 双, 多, 倍, 番 — lies inside a figure's phrase, a NON_FIGURES phrase (a name, an ordinal, a count of items just
 * named …, with its reason) or one of the WORDS below (ordinary words that are written with a numeral character but
 * state no number: 一批, 一流, 更多 …). data-contract.test.ts checks the narrower pattern of quantities with a
 * measure word; this one leaves nothing out, so a quantity written in words inside a slogan (半小时交通圈,
 * 十分钟文化服务圈) cannot be skipped silently.
 */
import { expect } from '@open-wc/testing';
import { allFigures, getArticle, getFigure, nonFigures, plan } from '../src/data/index.js';
import { textPlaces } from './helpers/index.js';

/** Words with a numeral character that are not numbers. Each is used somewhere (checked below). */
const WORDS = [
  '一些', // some
  '一手', // single-handedly
  '一面', // a (banner)
  '一条', // a (path)
  '一批', // a batch of
  '一系列', // a series of
  '一流', // first-class
  '一体', // integrated (一体化, 一体推进)
  '一代', // generation (新一代, 下一代)
  '一轮', // a round
  '一线', // front line
  '一往无前', // idiom: forging ahead
  '这一', // this
  '统一', // unified
  '单一', // single (window)
  '双向', // two-way
  '百姓', // ordinary people
  '更多', // more
  '多次', // many times
  '多方面', // many respects
  '多元', // diverse
  '多样', // varied (多样化, 多样性)
  '多渠道', // multiple channels
  '多主体', // multiple actors
  '多模式', // multiple models
  '多层次', // multi-level
  '多领域', // multi-field
  '多种', // various
  '多变', // changeable
  '多措并举', // idiom: many measures at once
  '多跑路', // (let data) run more
  '多污染物', // multiple pollutants
  '多点', // multi-point
  '多党', // multi-party
];

const NUMERAL = /\d+(?:\.\d+)?|[〇一二两三四五六七八九十百千万亿半双多倍番]+/g;

const places = textPlaces(plan);

describe('figure registry, complete', () => {
  it('every numeral character of the text is inside a figure, a listed non-figure or a listed word', () => {
    const uncovered: string[] = [];
    const usedWords = new Set<string>();
    let matches = 0;
    for (const [where, text] of places) {
      const spans: [number, number][] = [];
      const cover = (phrase: string) => {
        const found: number[] = [];
        for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
          spans.push([i, i + phrase.length]);
          found.push(i);
        }
        return found.length > 0;
      };
      allFigures.filter((f) => f.article === where).forEach((f) => cover(f.phrase));
      nonFigures.filter((n) => n.where === where).forEach((n) => cover(n.phrase));
      for (const w of WORDS) if (cover(w)) usedWords.add(w);
      for (const m of text.matchAll(NUMERAL)) {
        matches++;
        const [s, e] = [m.index, m.index + m[0].length];
        // a run may span two neighbours (一区一书城); each character must be covered
        for (let k = s; k < e; k++) {
          if (!spans.some(([a, b]) => a <= k && k < b)) {
            uncovered.push(`${where}: ${text.slice(Math.max(0, s - 8), e + 8)}`);
            break;
          }
        }
      }
    }
    expect(uncovered).to.deep.equal([]);
    expect(
      WORDS.filter((w) => !usedWords.has(w)),
      'words listed but not in the text',
    ).to.deep.equal([]);
    expect(matches).to.be.greaterThan(350);
  });

  it('no word of WORDS hides a quantity: none is a figure or non-figure phrase, none has a measure word after it', () => {
    const phrases = [...allFigures.map((f) => f.phrase), ...nonFigures.map((n) => n.phrase)];
    for (const w of WORDS) expect(phrases.includes(w), w).to.equal(false);
    const all = places.map(([, t]) => t).join('\n');
    for (const w of WORDS) expect(all, w).not.to.match(new RegExp(`${w}(?:小时|分钟|公里|年|倍|个|项|所|座|位|次|万|亿)`));
  });

  it('has the quantities written in words inside slogans (issue 11)', () => {
    const show = (id: string) => {
      const f = getFigure(id)!;
      return [f.kind, f.label, f.qualifier, f.valueText, f.value, f.unit, f.year, f.article, f.phrase];
    };
    expect(show('neighbour-cities-travel-time')).to.deep.equal([
      'target',
      '交通圈',
      null,
      '半',
      0.5,
      '小时',
      null,
      25,
      '与周边城市构建半小时交通圈',
    ]);
    const phrase42 = '形成“内湾半小时、湾区一小时”交通网络体系';
    expect(show('inner-bay-travel-time')).to.deep.equal(['target', '内湾', null, '半', 0.5, '小时', null, 42, phrase42]);
    expect(show('bay-area-travel-time')).to.deep.equal(['target', '湾区', null, '一', 1, '小时', null, 42, phrase42]);
    expect(show('culture-service-radius')).to.deep.equal([
      'target',
      '文化服务圈',
      null,
      '十',
      10,
      '分钟',
      null,
      49,
      '建成“十分钟文化服务圈”',
    ]);
    for (const id of ['neighbour-cities-travel-time', 'inner-bay-travel-time', 'bay-area-travel-time', 'culture-service-radius']) {
      const f = getFigure(id)!;
      expect(getArticle(f.article)!.paragraphs.join('\n'), id).to.include(f.phrase);
      expect(f.phrase, id).to.include(f.valueText + f.unit);
    }
  });

  it('keeps names, ordinals and counts of named items out of the figures, each with a reason', () => {
    const listed = (where: string | number, phrase: string) => nonFigures.some((n) => n.where === where && n.phrase === phrase);
    for (const [where, phrase] of [
      [2, '“十横十三纵”'],
      [2, '“千园之城”'],
      [59, '“千园之城”'],
      [49, '“一区一书城、一街道一书吧”'],
      [60, '万里碧道'],
      [24, '“一事三地”“一策三地”“一规三地”'],
      [42, '深圳第二机场'],
      ['chapter-6', '“一国两制”'],
      ['closing', '“十四五”'],
    ] as const)
      expect(listed(where, phrase), `${where}: ${phrase}`).to.equal(true);
    const keys = nonFigures.map((n) => `${n.where}|${n.phrase}`);
    expect(new Set(keys).size, 'no non-figure twice').to.equal(keys.length);
  });

  it('counts: 37 figures, 135 non-figures', () => {
    expect([allFigures.length, nonFigures.length]).to.deep.equal([37, 135]);
  });
});

describe('figure registry, corrected against the text (issue 17)', () => {
  const reason = (where: string | number, phrase: string) => nonFigures.find((n) => n.where === where && n.phrase === phrase)?.reason;
  const sentenceOf = (f: { article: number; phrase: string }) =>
    getArticle(f.article)!
      .paragraphs.join('')
      .split('。')
      .find((s) => s.includes(f.phrase))!;

  it('the time spans of articles 1–3 are non-figures by the registry’s rule, each kind with one reason', () => {
    // the rule (figures.ts): a figure measures the city; baselines are the 13th Five-Year outcomes of article 2
    expect(allFigures.filter((f) => f.article === 1 || f.article === 3).map((f) => f.id)).to.deep.equal([]);
    const age = [reason(1, '建立40年'), reason(1, '40年来'), reason(3, '经过40年的发展')];
    expect(new Set(age).size, 'the zone’s age: one reason').to.equal(1);
    expect(age[0]).to.include('since 1980');
    const period = [reason(2, '5年来'), reason(2, '经过五年的砥砺奋斗')];
    expect(new Set(period).size, 'the period reviewed: one reason').to.equal(1);
    expect(period[0]).to.include('period reviewed');
    expect(reason(2, '三次视察广东、深圳')).to.include('event of the narrative');
    expect(reason(1, '上百年走完的历程')).to.include('figure of speech');
    // each stands in the text where it says (the data contract checks every non-figure; these by name)
    for (const [where, phrase] of [
      [1, '建立40年'],
      [1, '40年来'],
      [1, '上百年走完的历程'],
      [2, '三次视察广东、深圳'],
      [2, '5年来'],
      [2, '经过五年的砥砺奋斗'],
      [3, '经过40年的发展'],
    ] as const)
      expect(getArticle(where)!.paragraphs.join(''), phrase).to.include(phrase);
  });

  it('years: only where the text states them — article 2 sentence by sentence, 7 and 35 the period, 4 the long-range goal', () => {
    for (const f of allFigures) {
      const expected =
        f.article === 2
          ? sentenceOf(f).includes('二〇二〇年')
            ? 2020
            : null
          : f.article === 4
            ? 2035
            : f.article === 7 || (f.article === 35 && f.phrase.includes('五年'))
              ? 2025
              : null;
      expect(f.year, f.id).to.equal(expected);
    }
    // the two ends of 高校数量从9所增至15所: the text dates neither (no 2015 is invented for the start)
    expect([getFigure('universities-before')!.year, getFigure('universities')!.year]).to.deep.equal([null, null]);
  });

  it('units: the whole unit the text writes after the value (160万人口), a rank without 位 where none is written', () => {
    const COUNTED = /^(?:人口|人|户|套|座|所|家|个|项|位|名)/;
    for (const f of allFigures) {
      if (/[番倍]/.test(f.valueText)) continue;
      const at = f.phrase.indexOf(f.valueText + f.unit);
      expect(at >= 0, f.id).to.equal(true);
      expect(f.phrase.slice(at + f.valueText.length + f.unit.length), `${f.id}: a counted noun after the unit`).not.to.match(COUNTED);
    }
    expect(getFigure('poverty-relief')!.unit).to.equal('万人口');
    const asia = getFigure('gdp-rank-asia-2020')!;
    expect([asia.qualifier, asia.valueText, asia.unit]).to.deep.equal(['前', '五', '']);
    expect(getArticle(2)!.paragraphs.join('')).not.to.include('前五位');
  });

  it('a qualifier says how exactly a value is stated, never what is counted (新增 belongs to the label)', () => {
    for (const f of allFigures) expect(['新增', '增加', '增长', '减少', '建设'].includes(f.qualifier ?? ''), f.id).to.equal(false);
    const added = getFigure('school-places-2025')!;
    expect(added.label.startsWith('新增')).to.equal(true);
    expect(added.phrase.startsWith(added.label + added.valueText + added.unit)).to.equal(true);
  });

  it('a share says what it is a share of: 比重 in its label, growth (增长), or its base (市级科研资金的30%)', () => {
    for (const f of allFigures.filter((x) => x.unit === '%')) {
      expect(/比重|增长/.test(f.label) || f.base !== undefined, f.id).to.equal(true);
      if (f.base) expect(f.phrase, f.id).to.include(`${f.base}的${f.valueText}${f.unit}`);
    }
    expect(getFigure('basic-research-share')!.base).to.equal('市级科研资金');
    expect(getFigure('public-housing')!.label).to.equal('建设筹集公共住房');
  });
});
