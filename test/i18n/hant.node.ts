/**
 * The Traditional Chinese data (issue 10): src/generated/zh-Hant-HK/ and zh-Hant-TW/, written by scripts/build-hant.ts
 * during `npm run data`, checked against the zh-Hans data they are converted from. Run by `npm run test:node` (Node,
 * tsx) after `npm run data`: same structure, no simplified characters left, representative conversions, 「」, every
 * override of translations/opencc-overrides.json applied, figure phrases and stage goals still substrings of their
 * articles, a reproducible build (converting again gives the files on disk), and regional vocabulary (issue 17): 准入 never
 * 準入, Taiwan phrasing in zh-Hant-TW (數位, 標竿, 雲端運算 … counted against the zh-Hans source), the Hong Kong UI words.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../../src/data/parse.js';
import { FIGURES } from '../../src/data/figures.js';
import { selectStageFigures, toStageFigure } from '../../src/data/stage-figures.js';
import type { ChapterText, Erratum } from '../../src/data/types.js';
import * as hans from '../../src/generated/stages.js';
import { chapters as hansChapters } from '../../src/generated/chapters.js';
import { articles as hansArticles, closing as hansClosing, preamble as hansPreamble } from '../../src/generated/outline.js';
import { adoptedOn, meta as hansMeta, sourceUrl } from '../../src/generated/meta.js';
import * as hkStages from '../../src/generated/zh-Hant-HK/stages.js';
import * as hkOutline from '../../src/generated/zh-Hant-HK/outline.js';
import * as hkMeta from '../../src/generated/zh-Hant-HK/meta.js';
import { chapters as hkChapters } from '../../src/generated/zh-Hant-HK/chapters.js';
import { figures as hkFigures } from '../../src/generated/zh-Hant-HK/figures.js';
import * as twStages from '../../src/generated/zh-Hant-TW/stages.js';
import * as twOutline from '../../src/generated/zh-Hant-TW/outline.js';
import * as twMeta from '../../src/generated/zh-Hant-TW/meta.js';
import { chapters as twChapters } from '../../src/generated/zh-Hant-TW/chapters.js';
import { figures as twFigures } from '../../src/generated/zh-Hant-TW/figures.js';
import {
  HANT_LOCALES,
  QUOTES,
  buildHant,
  checkQuotes,
  createHantConverter,
  readOverrides,
  renderHant,
  uiSections,
  type HantInput,
  type HantLocale,
} from '../../scripts/build-hant.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const generated = join(root, 'src/generated');
const nn = (n: number) => String(n).padStart(2, '0');
const loadChapter = async (dir: string, n: number) =>
  ((await import(`../../src/generated/${dir}chapters/chapter-${nn(n)}.js`)) as { default: ChapterText }).default;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name],
  );
const quoted = (s: string) => s.replace(/[“”‘’]/g, (q) => QUOTES[q]);

// the same input build-data.ts gives buildHant
const seed = readFileSync(join(root, 'seeds/000_5c869d822c55e6be.txt'), 'utf8');
const errata = (JSON.parse(readFileSync(join(root, 'seeds/errata.json'), 'utf8')) as { entries: Erratum[] }).entries;
const plan = parsePlan(seed, errata);
const input: HantInput = {
  plan,
  figures: FIGURES,
  stageFigures: Object.fromEntries(plan.stages.map((s) => [s.id, selectStageFigures(s, FIGURES).map(toStageFigure)])),
};
const overrides = readOverrides();

const hansText = await Promise.all(hansChapters.map((c) => loadChapter('', c.number)));
const hansAll = readdirSync(join(generated, 'chapters'))
  .map((f) => readFileSync(join(generated, 'chapters', f), 'utf8'))
  .join('\n');
const data = {
  'zh-Hant-HK': { stages: hkStages, outline: hkOutline, meta: hkMeta, chapters: hkChapters, figures: hkFigures },
  'zh-Hant-TW': { stages: twStages, outline: twOutline, meta: twMeta, chapters: twChapters, figures: twFigures },
};

const SIMPLIFIED = [...'发这个们国经济数区时东业产会实现务设进开'];
for (const c of SIMPLIFIED) assert.ok(hansAll.includes(c), `the zh-Hans text has ${c} (else the check below proves nothing)`);

let paragraphs = 0;
const applied: string[] = [];
for (const locale of Object.keys(HANT_LOCALES) as HantLocale[]) {
  const target = HANT_LOCALES[locale];
  const { stages, outline, meta, chapters, figures } = data[locale];
  const text = await Promise.all(chapters.map((c) => loadChapter(`${locale}/`, c.number)));
  const article = (n: number) => {
    const a = text.flatMap((t) => t.articles).find((x) => x.number === n);
    assert.ok(a, `${locale}: article ${n}`);
    return a.paragraphs.join('\n');
  };

  // structure: the same chapters, articles, paragraphs and list items as zh-Hans; non-text fields unchanged
  assert.deepEqual(
    chapters.map(({ number, numeral, articles }) => ({ number, numeral, articles })),
    hansChapters.map(({ number, numeral, articles }) => ({ number, numeral, articles })),
    `${locale}: chapters`,
  );
  text.forEach((t, i) => {
    const h = hansText[i];
    assert.deepEqual(
      { ...t.chapter, title: '', intro: t.chapter.intro.length },
      { ...h.chapter, title: '', intro: h.chapter.intro.length },
    );
    assert.equal(t.chapter.title, chapters[i].title, `${locale}: chapter ${t.chapter.number} title = chapters.ts`);
    assert.deepEqual(
      t.articles.map((a) => [a.number, a.chapter, a.paragraphs.map((p) => p.startsWith('——'))]),
      h.articles.map((a) => [a.number, a.chapter, a.paragraphs.map((p) => p.startsWith('——'))]),
      `${locale}: chapter ${t.chapter.number}: articles, paragraph counts and list items (——)`,
    );
    for (const a of t.articles) {
      assert.ok(a.paragraphs[0].startsWith(a.lead), `${locale}: article ${a.number} starts with its lead`);
      assert.equal(a.lead, outline.articles[a.number - 1].lead, `${locale}: article ${a.number} lead = outline.ts`);
      paragraphs += a.paragraphs.length;
    }
  });
  assert.deepEqual(
    outline.articles.map(({ number, chapter }) => [number, chapter]),
    hansArticles.map(({ number, chapter }) => [number, chapter]),
  );
  assert.equal(outline.preamble.length, hansPreamble.length, `${locale}: preamble`);
  assert.equal(outline.closing.length, hansClosing.length, `${locale}: closing`);
  assert.equal(meta.adoptedOn, adoptedOn);
  assert.equal(meta.sourceUrl, sourceUrl);
  assert.deepEqual(Object.keys(meta.meta), Object.keys(hansMeta));
  assert.equal(
    meta.meta.title,
    '中共深圳市委關於制定深圳市國民經濟和社會發展第十四個五年規劃和二〇三五年遠景目標的建議',
    `${locale}: title`,
  );

  // stages: the same stages and chips; every converted goal is a substring of its converted article
  assert.deepEqual(
    stages.stages.map(({ id, kind, year, position, article, goals }) => [id, kind, year, position, article, goals.length]),
    hans.stages.map(({ id, kind, year, position, article, goals }) => [id, kind, year, position, article, goals.length]),
  );
  for (const s of stages.stages)
    for (const g of s.goals) assert.ok(article(s.article).includes(g), `${locale}: stage ${s.id} goal in article ${s.article}: ${g}`);
  assert.deepEqual(
    Object.entries(stages.stageFigures).map(([id, l]) => [
      id,
      l.map((f) => [f.id, f.estimate, f.article, f.qualifier === null, 'base' in f]),
    ]),
    Object.entries(hans.stageFigures).map(([id, l]) => [
      id,
      l.map((f) => [f.id, f.estimate, f.article, f.qualifier === null, 'base' in f]),
    ]),
  );

  // figures: every figure, its phrase an exact substring of its converted article, label and value in the phrase
  assert.deepEqual(
    Object.keys(figures),
    FIGURES.map((f) => f.id),
    `${locale}: figure ids`,
  );
  for (const f of FIGURES) {
    const t = figures[f.id];
    assert.ok(article(f.article).includes(t.phrase), `${locale}: ${f.id} phrase in article ${f.article}: ${t.phrase}`);
    assert.ok(t.phrase.includes(t.label) && t.phrase.includes(t.valueText), `${locale}: ${f.id} label and value in the phrase`);
    assert.equal(t.qualifier === null, f.qualifier === null, `${locale}: ${f.id} qualifier`);
    assert.equal(t.base === undefined, f.base === undefined, `${locale}: ${f.id} base`);
    if (t.base !== undefined) assert.ok(t.phrase.includes(t.base), `${locale}: ${f.id} base in the phrase`);
  }

  // no simplified characters left; quotation marks 「」『』 only, as many as the zh-Hans text has “”
  const all = files(join(generated, locale))
    .map((f) => readFileSync(join(generated, locale, f), 'utf8'))
    .join('\n');
  const left = SIMPLIFIED.filter((c) => all.includes(c));
  assert.deepEqual(left, [], `${locale}: simplified characters left`);
  assert.doesNotMatch(all, /[“”‘’]/, `${locale}: curly quotes left`);
  const count = (s: string, c: string) => s.split(c).length - 1;
  const chapterFiles = JSON.stringify(text);
  for (const [from, to] of Object.entries(QUOTES)) {
    assert.equal(count(chapterFiles, to), count(hansAll, from), `${locale}: as many ${to} as the zh-Hans chapters have ${from}`);
  }
  for (const t of text)
    for (const a of t.articles) for (const p of a.paragraphs) assert.equal(count(p, '「'), count(p, '」'), `${locale}: ${p}`);

  // representative conversions, in the generated text and through the converter
  for (const w of [
    target === 'hk' ? '數字經濟' : '數位經濟',
    '粵港澳大灣區',
    '深圳',
    '前海',
    '河套',
    '光明科學城',
    '鯤鵬',
    '坪山',
    '深汕特別合作區',
    '「十四五」',
    '幹部',
    '乾淨',
    '發展',
  ]) {
    assert.ok(all.includes(w), `${locale}: ${w}`);
  }
  const hant = createHantConverter(locale, overrides);
  assert.equal(hant.convert('数字经济'), target === 'hk' ? '數字經濟' : '數位經濟');
  assert.equal(hant.convert('粤港澳大湾区'), '粵港澳大灣區');
  assert.equal(hant.convert('“软件”和‘网络’'), target === 'hk' ? '「軟件」和『網絡』' : '「軟體」和『網路』');
  assert.equal(hant.convert('“甲‘乙’丙”'), '「甲『乙』丙」');
  assert.ok(all.includes(target === 'hk' ? '軟件' : '軟體') && !all.includes(target === 'hk' ? '軟體' : '軟件'), `${locale}: 软件`);
  assert.ok(all.includes(target === 'hk' ? '網絡' : '網路'), `${locale}: 网络`);

  // regional vocabulary (issue 17), counted per unit of text against the zh-Hans source it is converted from
  const units: [string, string, string][] = [
    ['title', plan.meta.title, meta.meta.title],
    ['preamble', plan.preamble.join('\n'), outline.preamble.join('\n')],
    ['closing', plan.closing.join('\n'), outline.closing.join('\n')],
    ...plan.chapters.map((ch, i): [string, string, string] => [
      `chapter ${ch.number}`,
      [ch.title, ...ch.intro].join('\n'),
      [text[i].chapter.title, ...text[i].chapter.intro].join('\n'),
    ]),
    ...plan.articles.map((a): [string, string, string] => [`article ${a.number}`, a.paragraphs.join('\n'), article(a.number)]),
    ...plan.stages.map((s, i): [string, string, string] => {
      const t = stages.stages[i];
      return [`stage ${s.id}`, [s.label, s.headline, ...s.goals].join('\n'), [t.label, t.headline, ...t.goals].join('\n')];
    }),
    ...FIGURES.map((f): [string, string, string] => {
      const t = figures[f.id];
      return [`figure ${f.id}`, [f.label, f.phrase, f.base ?? ''].join('\n'), [t.label, t.phrase, t.base ?? ''].join('\n')];
    }),
    [
      'UI strings',
      uiSections()
        .map((x) => x.body)
        .join('\n'),
      readFileSync(join(generated, locale, 'ui.ts'), 'utf8'),
    ],
  ];
  /** Each unit where `conv` does not occur exactly as often as the zh-Hans words `words` (minus `except`) do. */
  const miscounted = (words: string | readonly string[], conv: string, except: readonly string[] = []) =>
    units.flatMap(([where, zh, t]) => {
      const of = (list: string | readonly string[]) => [list].flat().reduce((k, w) => k + count(zh, w), 0);
      const n = of(words) - of(except);
      return count(t, conv) === n ? [] : [`${where}: ${conv} ${count(t, conv)} times, expected ${n} (zh-Hans ${String(words)})`];
    });
  const total = (hansWord: string, of = units) => of.reduce((k, [, zh]) => k + count(zh, hansWord), 0);
  const planUnits = units.filter(([where]) => !where.startsWith('figure') && where !== 'UI strings');
  // 准入 (to permit entry: 市场准入, 外商投资准入) is 准 in Traditional Chinese too, never 準 (standard, accurate)
  assert.equal(total('市场准入'), 2, 'the zh-Hans text has 市场准入 twice (articles 18 and 19)');
  assert.equal(total('准入'), 5, 'the zh-Hans text has 准入 five times');
  assert.deepEqual(miscounted('准入', '准入'), [], `${locale}: 准入 as in zh-Hans`);
  assert.ok(!all.includes('準入'), `${locale}: 準入 left`);
  if (target === 'twp') {
    // Taiwan phrasing (README): none of the mainland words is left, each Taiwan word stands wherever the source has
    // the mainland one. [zh-Hans word, mainland form OpenCC writes, Taiwan form]
    const TAIWAN: readonly [string, string, string][] = [
      ['数字', '數字', '數位'],
      ['标杆', '標杆', '標竿'],
      ['云计算', '雲端計算', '雲端運算'],
      ['远程医疗', '遠端醫療', '遠距醫療'],
      ['设计周', '設計周', '設計週'],
      ['家具', '傢俱', '家具'],
      ['回车键', '回車鍵', 'Enter鍵'],
      ['关键词', '關鍵詞', '關鍵字'],
      ['访问日期', '訪問日期', '瀏覽日期'],
      ['类型', '型別', '類型'],
    ];
    /**
     * zh-Hans words in which 数字 is a numeral or a figure (not digital): they keep 數字 in Taiwan. None in the plan;
     * in the UI, the figure table's 数值（纯数字） (plain numbers).
     */
    const NUMERAL_SENSE: readonly string[] = ['纯数字'];
    assert.equal(total('数字', planUnits), 48, 'the plan has 数字 (digital) 48 times');
    assert.equal(total('数位'), 0, 'the zh-Hans text has no 数位 (else the count of 數位 proves nothing)');
    for (const [hansWord, mainland, taiwan] of TAIWAN) {
      assert.ok(total(hansWord) > 0, `the zh-Hans text has ${hansWord} (else the check proves nothing)`);
      const except = hansWord === '数字' ? NUMERAL_SENSE : [];
      assert.deepEqual(miscounted(hansWord, taiwan, except), [], `${locale}: ${hansWord} → ${taiwan}`);
      if (mainland !== taiwan) assert.deepEqual(miscounted(except, mainland), [], `${locale}: ${mainland} left (mainland phrasing)`);
    }
  } else {
    // Hong Kong: the UI's 回车键 and 关键词 are mainland words there too; 数字 (digital: 數字經濟, as the HKSAR
    // Government's 數字政策辦公室 and 數字經濟發展委員會 write it), 標杆, 設計周 (as in 設計營商周), 傢俱 and 訪問日期 stay
    // as OpenCC writes them (translations/opencc-overrides.json $comment)
    for (const [hansWord, mainland, hk] of [
      ['回车键', '回車鍵', 'Enter鍵'],
      ['关键词', '關鍵詞', '關鍵字'],
    ]) {
      assert.deepEqual(miscounted(hansWord, hk), [], `${locale}: ${hansWord} → ${hk}`);
      assert.ok(!all.includes(mainland), `${locale}: ${mainland} left`);
    }
    assert.deepEqual(miscounted('数字', '數字'), [], `${locale}: 数字 stays 數字`);
  }

  // every override applied: its `to` is in the text, its `from` no longer is, and the converter counted it
  const rendered = renderHant(input, hant);
  for (const o of overrides[target]) {
    assert.ok(all.includes(quoted(o.to)), `${locale}: override ${o.from} → ${o.to} applied`);
    assert.ok(!all.includes(quoted(o.from)), `${locale}: ${o.from} left in the text`);
    assert.ok((hant.applied.get(o.from) ?? 0) > 0, `${locale}: ${o.from} counted`);
    applied.push(o.from);
  }

  // reproducible: converting again gives the same files, and they are the files on disk (nothing else is there)
  const again = renderHant(input, hant);
  assert.deepEqual([...again], [...rendered], `${locale}: converting twice gives the same result`);
  assert.deepEqual(files(join(generated, locale)).sort(), [...rendered.keys()].sort(), `${locale}: the generated files`);
  for (const [file, body] of rendered)
    assert.equal(readFileSync(join(generated, locale, file), 'utf8'), body, `${locale}/${file} is up to date`);
}

// the quote check refuses what cannot be mapped per character
for (const bad of ['“甲', '甲”', '”甲“', '“甲‘乙”丙’', '‘甲’’']) assert.throws(() => checkQuotes(bad, 'test'), /quotation mark/, bad);
checkQuotes('“甲‘乙’丙”“丁”', 'test');
// an override that matches nothing fails the build (before anything is written)
const tmp = mkdtempSync(join(tmpdir(), 'hant-'));
try {
  const stale = { ...overrides, hk: [...overrides.hk, { from: '不存在的字串', to: '不存在', reason: 'test' }] };
  assert.throws(() => buildHant(input, tmp, stale), /match nothing.*不存在的字串/);
  assert.deepEqual(readdirSync(tmp), []);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

console.log(
  `hant: ${Object.keys(HANT_LOCALES).join(', ')} — ${hansChapters.length} chapters, ${hansArticles.length} articles, ` +
    `${paragraphs / 2} article paragraphs, ${FIGURES.length} figures, ${hans.stages.length} stages each; ` +
    `${overrides.hk.length} + ${overrides.twp.length} overrides applied; reproducible`,
);
