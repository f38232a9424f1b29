/**
 * The English edition (issue 10): translations/en/ and src/generated/en/, written by scripts/build-en.ts during
 * `npm run data`, and the English UI strings (src/i18n/en/). Run by `npm run test:node` (Node, tsx) after
 * `npm run data`: the validation accepts the real translation and refuses broken copies, the generated files are
 * up to date and mirror zh-Hant-HK, every figure's English value stands in its English article, the glossary is
 * used wherever its term occurs (stages included: they summarise their articles in the same terms), representative value
 * conversions, one spelling (the glossary's `spelling`: US, no “centre”), the terms of issue 17 (Sanming Project, strategic
 * science and technology talent), and no Chinese characters in the English text.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../../src/data/parse.js';
import { FIGURES } from '../../src/data/figures.js';
import { selectStageFigures, toStageFigure } from '../../src/data/stage-figures.js';
import type { ChapterText, Erratum } from '../../src/data/types.js';
import * as hkStages from '../../src/generated/zh-Hant-HK/stages.js';
import * as hkOutline from '../../src/generated/zh-Hant-HK/outline.js';
import * as hkMeta from '../../src/generated/zh-Hant-HK/meta.js';
import * as hkChapters from '../../src/generated/zh-Hant-HK/chapters.js';
import * as hkFigures from '../../src/generated/zh-Hant-HK/figures.js';
import * as enStages from '../../src/generated/en/stages.js';
import * as enOutline from '../../src/generated/en/outline.js';
import * as enMeta from '../../src/generated/en/meta.js';
import * as enChapters from '../../src/generated/en/chapters.js';
import * as enFigures from '../../src/generated/en/figures.js';
import { adoptedOn, meta as hansMeta, sourceUrl } from '../../src/generated/meta.js';
import { chineseNumeral, englishValue, readEnSources, renderEn, validateEn, type EnInput, type EnSources } from '../../scripts/build-en.js';
import { commonStrings } from '../../src/i18n/sections/common.js';
import { articleStrings } from '../../src/i18n/sections/article.js';
import { targetStrings } from '../../src/i18n/sections/target.js';
import { timelineStrings } from '../../src/i18n/sections/timeline.js';
import { en as enCommon } from '../../src/i18n/en/common.js';
import { en as enArticle } from '../../src/i18n/en/article.js';
import { en as enTarget } from '../../src/i18n/en/target.js';
import { en as enTimeline } from '../../src/i18n/en/timeline.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const generated = join(root, 'src/generated');
const nn = (n: number) => String(n).padStart(2, '0');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name],
  );
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
let checks = 0;

// the same input build-data.ts gives buildEn
const seed = readFileSync(join(root, 'seeds/000_5c869d822c55e6be.txt'), 'utf8');
const errata = (JSON.parse(readFileSync(join(root, 'seeds/errata.json'), 'utf8')) as { entries: Erratum[] }).entries;
const plan = parsePlan(seed, errata);
const input: EnInput = {
  plan,
  figures: FIGURES,
  stageFigures: Object.fromEntries(plan.stages.map((s) => [s.id, selectStageFigures(s, FIGURES).map(toStageFigure)])),
};
const sources = readEnSources();

// ---- validation: the real translation passes, broken copies fail with a clear message ----
validateEn(input, sources);
/** A writable copy of the sources, for the broken copies. */
type Draft<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? Draft<U>[] : T[K] extends object ? Draft<T[K]> : T[K] };
const broken: [string, (s: Draft<EnSources>) => void, RegExp][] = [
  ['a dropped paragraph', (s) => s.chapters[7].articles[0].paragraphs.pop(), /article 35: 0 paragraph\(s\), the original has 1/],
  [
    'a renamed figure id',
    (s) => {
      s.figures['gdp-2025x'] = s.figures['gdp-2025'];
      delete s.figures['gdp-2025'];
    },
    /unknown figure "gdp-2025x"[\s\S]*figure "gdp-2025" is missing/,
  ],
  ['a missing article', (s) => s.chapters[7].articles.splice(1, 1), /chapter-08\.json: articles 35, 37, .*the original has 35, 36, 37/],
  ['a missing chapter', (s) => s.chapters.pop(), /chapter 15 is missing/],
  ['a wrong chapter number', (s) => (s.chapters[2].chapter = 4), /chapter-03\.json: "chapter" is 4, expected 3/],
  ['an intro paragraph too many', (s) => s.chapters[7].intro.push('More.'), /chapter-08\.json intro: 2 paragraph\(s\), the original has 1/],
  ['a dropped preamble paragraph', (s) => s.outline.preamble.pop(), /outline\.json preamble: 0 paragraph\(s\)/],
  ['a dropped closing paragraph', (s) => (s.outline.closing = []), /outline\.json closing: 0 paragraph\(s\)/],
  [
    'a first paragraph without its lead',
    (s) => (s.chapters[7].articles[0].lead = 'Something else'),
    /article 35: the first paragraph must be the lead/,
  ],
  [
    'a list item without "— "',
    (s) => {
      const a = s.chapters[1].articles.find((x) => x.number === 7)!;
      a.paragraphs[1] = a.paragraphs[1].replace(/^— /, '');
    },
    /article 7: paragraph 2 is a list item/,
  ],
  ['a dropped stage goal', (s) => s.stages['2025'].goals.pop(), /stage "2025" has 3 goal\(s\), the original has 4/],
  ['a missing stage', (s) => delete s.stages['mid-century'], /stage "mid-century" is missing/],
  ['a figure without its base', (s) => delete s.figures['gdp-2035'].base, /"gdp-2035": needs a base/],
  ['a magnitude word in a unit', (s) => (s.figures['gdp-2025'].unit = 'trillion yuan'), /"gdp-2025".*magnitude word/],
  [
    'a word value without its English',
    (s) => delete s.figures['digital-economy-doubling'].valueText,
    /"digital-economy-doubling".*is a word/,
  ],
  ['an unbalanced quotation mark', (s) => (s.outline.closing[0] += ' “x'), /closing, paragraph 1: unclosed “/],
];
for (const [what, mutate, message] of broken) {
  const copy = structuredClone(sources) as Draft<EnSources>;
  mutate(copy);
  assert.throws(() => validateEn(input, copy), message, `validation refuses ${what}`);
  assert.throws(() => renderEn(input, copy), message, `the build refuses ${what}`);
  checks++;
}

// ---- the generated files: up to date, and the same names and exports as zh-Hant-HK ----
const rendered = renderEn(input, sources);
const hkFiles = files(join(generated, 'zh-Hant-HK')).filter((f) => f !== 'ui.ts'); // UI strings: src/i18n/en/, by hand
assert.deepEqual(files(join(generated, 'en')).sort(), hkFiles.sort(), 'en mirrors the file names of zh-Hant-HK');
assert.deepEqual([...rendered.keys()].sort(), hkFiles.sort());
for (const [file, body] of rendered) assert.equal(readFileSync(join(generated, 'en', file), 'utf8'), body, `en/${file} is up to date`);
for (const [name, en, hk] of [
  ['stages', enStages, hkStages],
  ['outline', enOutline, hkOutline],
  ['meta', enMeta, hkMeta],
  ['chapters', enChapters, hkChapters],
  ['figures', enFigures, hkFigures],
] as const)
  assert.deepEqual(Object.keys(en).sort(), Object.keys(hk).sort(), `en/${name}.ts has the exports of zh-Hant-HK`);
assert.equal(enMeta.adoptedOn, adoptedOn);
assert.equal(enMeta.sourceUrl, sourceUrl);
assert.deepEqual(Object.keys(enMeta.meta), Object.keys(hansMeta));
assert.match(enMeta.meta.title, /^Proposals of the CPC Shenzhen Municipal Committee on Formulating the 14th Five-Year Plan/);
assert.equal(enMeta.meta.adoptedBy, 'the 17th Plenary Session of the 6th Shenzhen Municipal Committee of the Communist Party of China');
assert.deepEqual(
  enChapters.chapters.map(({ number, numeral, articles }) => [number, numeral, articles]),
  plan.chapters.map(({ number, articles }) => [number, String(number), articles]),
  'chapters: Arabic numerals, the same articles',
);
const text = await Promise.all(
  plan.chapters.map(
    async (c) => ((await import(`../../src/generated/en/chapters/chapter-${nn(c.number)}.js`)) as { default: ChapterText }).default,
  ),
);
const enArticles = text.flatMap((t) => t.articles);
assert.deepEqual(
  enArticles.map((a) => [a.number, a.chapter, a.paragraphs.length]),
  plan.articles.map((a) => [a.number, a.chapter, a.paragraphs.length]),
);
const article = (n: number) => enArticles[n - 1].paragraphs.join('\n');
assert.deepEqual(
  Object.entries(enStages.stageFigures).map(([id, l]) => [id, l.map((f) => [f.id, f.estimate, f.article, 'base' in f])]),
  Object.entries(input.stageFigures).map(([id, l]) => [id, l.map((f) => [f.id, f.estimate, f.article, 'base' in f])]),
  'the same timeline chips',
);
checks += 4;

// ---- figures: every English value stands in its English article (2020 figures: or in their stage goal) ----
/** Figures whose value the English sentence writes otherwise, each with the reason. */
const VALUE_EXCEPTIONS: { readonly [id: string]: string } = {
  'gdp-2035': 'article 4 (and its 2035 goal) writes “doubling from their 2020 levels”: the card’s “double” is the same word',
  'gdp-per-capita-2035': 'as gdp-2035 (the same sentence)',
};
/** Figures whose English unit is not written right after the value, each with the reason. */
const UNIT_EXCEPTIONS: { readonly [id: string]: string } = {
  'universities-before': '“increased from 9 to 15”: the unit follows neither number',
  universities: 'as universities-before',
  'export-streak': 'the sentence reads “ranked first in the country for “28 consecutive years”” (the unit says what the streak is)',
  'elderly-care-radius': 'written as an adjective: “15-minute elderly care service circles”',
  'culture-service-radius': 'written as an adjective: “10-minute cultural service circle”',
};
const figures = enFigures.figures;
assert.deepEqual(
  Object.keys(figures),
  FIGURES.map((f) => f.id),
  'every figure, in registry order',
);
const unitMisses: string[] = [];
const stage2020 = enStages.stages.find((s) => s.id === '2020')!.goals.join('\n');
for (const f of FIGURES) {
  const t = figures[f.id];
  assert.equal(t.phrase, f.phrase, `${f.id}: the phrase is the zh-Hans original`);
  assert.ok(typeof t.scale === 'number' && t.scale > 0, `${f.id}: scale`);
  const value = t.valueText.toLowerCase();
  const found = article(f.article).toLowerCase().includes(value) || (f.article === 2 && stage2020.toLowerCase().includes(value));
  if (f.id in VALUE_EXCEPTIONS) assert.ok(!found, `${f.id} is listed as an exception but its value "${value}" is in the text`);
  else assert.ok(found, `${f.id}: "${t.valueText}" in the English text of article ${f.article}`);
  // the value with its unit, where English writes the unit right after it (not for ranks and words)
  const written = (article(f.article) + stage2020).includes(t.valueText + t.unit.replace(' km²', ' square km'));
  if (t.unit && /^\d/.test(t.valueText) && !written !== f.id in UNIT_EXCEPTIONS) unitMisses.push(`${f.id}: "${t.valueText}${t.unit}"`);
  checks++;
}
assert.deepEqual(unitMisses, [], 'value + unit not in the English text (or listed as an exception but there)');
assert.deepEqual(
  Object.keys(VALUE_EXCEPTIONS).filter((id) => !(id in figures)),
  [],
  'exceptions name figures',
);

// representative conversions (4 万亿元 → 4 trillion yuan …), through the exported rule and in the generated file
const value = (id: string) => `${figures[id].valueText}${figures[id].unit}`;
const fig = (value: number, valueText: string, unit: string) => ({ id: 'test', value, valueText, unit });
const conversions: [ReturnType<typeof fig>, string, string, number][] = [
  [fig(4, '4', '万亿元'), 'yuan', '4 trillion yuan', 1],
  [fig(2.8, '2.8', '万亿元'), 'yuan', '2.8 trillion yuan', 1],
  [fig(87.1, '87.1', '万座'), 'school places', '871,000 school places', 1e4],
  [fig(1000, '1000', '公里'), 'km', '1,000 km', 1],
  [fig(160, '160', '万'), 'people', '1.6 million people', 0.01],
  [fig(160, '160', '万'), '', '1.6 million', 0.01],
  [fig(43, '43', '万套'), 'units', '430,000 units', 1e4],
  [fig(4.93, '4.93', '%'), '%', '4.93%', 1],
  [fig(3.5, '3.5', '亿元'), 'yuan', '350 million yuan', 100],
  [fig(12, '12', '亿'), '', '1.2 billion', 0.1],
  [fig(28, '二十八', '连冠'), 'consecutive years', '28 consecutive years', 1],
  [fig(3, '三', '倍'), 'times', '3 times', 1],
];
for (const [f, unit, expected, scale] of conversions) {
  const v = englishValue(f, unit);
  assert.equal(v.valueText + v.unit, expected, `${f.value} ${f.unit} → ${expected}`);
  assert.equal(v.scale, scale, `${f.value} ${f.unit}: scale ${scale}`);
}
assert.deepEqual(englishValue(fig(2, '翻番', '倍'), '', 'double'), { valueText: 'double', unit: '', scale: 1 });
assert.throws(() => englishValue(fig(2, '翻番', '倍'), 'times'), /is a word/);
assert.throws(() => englishValue(fig(2, '翻番', '倍'), 'times', 'double'), /takes no unit/);
assert.throws(() => englishValue(fig(5, '四', ''), ''), /numeral 四 is 4/);
assert.deepEqual(['二十八', '十五', '三', '一百零五', '两千', '翻番', ''].map(chineseNumeral), [
  28,
  15,
  3,
  105,
  2000,
  undefined,
  undefined,
]);
assert.equal(value('gdp-2025'), '4 trillion yuan');
assert.equal(value('gdp-2020'), '2.8 trillion yuan');
assert.equal(value('school-places-2025'), '871,000 school places');
assert.equal(value('metro-area-subway'), '1,000 km');
assert.equal(value('poverty-relief'), '1.6 million people');
assert.equal(value('public-housing'), '430,000 units');
assert.equal(value('export-streak'), '28 consecutive years ranked first nationwide');
assert.equal(figures['public-housing'].scale, 1e4);
assert.equal(figures['poverty-relief'].scale, 0.01);
checks += conversions.length + 4;

// ---- glossary: wherever the source has a term (outside its exceptions), the English unit has its rendering ----
interface Term {
  readonly zh: string;
  readonly en: string;
  readonly except?: readonly string[];
}
const glossary = JSON.parse(readFileSync(join(root, 'translations/en/glossary.json'), 'utf8')) as {
  $comment: string;
  spelling: { readonly reason: string; readonly never: readonly string[] };
  terms: Term[];
};
assert.ok(glossary.$comment.includes('except'), 'the glossary documents `except`');
assert.deepEqual(
  readdirSync(join(root, 'translations/en')).filter((f) => f.startsWith('glossary')),
  ['glossary.json'],
  'one glossary file',
);
const zhTerms = glossary.terms.map((t) => t.zh);
assert.equal(new Set(zhTerms).size, zhTerms.length, 'no term twice');
/** Units of text: zh-Hans and English, side by side. */
const units: [string, string, string][] = [
  ['title', plan.meta.title, enMeta.meta.title],
  ['preamble', plan.preamble.join('\n'), enOutline.preamble.join('\n')],
  ['closing', plan.closing.join('\n'), enOutline.closing.join('\n')],
  ...plan.chapters.map((c, i): [string, string, string] => [
    `chapter ${c.number} heading and intro`,
    [c.title, ...c.intro].join('\n'),
    [text[i].chapter.title, ...text[i].chapter.intro].join('\n'),
  ]),
  ...plan.articles.map((a): [string, string, string] => [`article ${a.number}`, a.paragraphs.join('\n'), article(a.number)]),
  // a stage summarises its article (its goals are exact substrings of it) and uses the same terms (issue 17)
  ...plan.stages.map((s): [string, string, string] => {
    const t = enStages.stages.find((x) => x.id === s.id)!;
    return [`stage ${s.id}`, [s.headline, ...s.goals].join('\n'), [t.headline, ...t.goals].join('\n')];
  }),
];
const misses: string[] = [];
let uses = 0;
for (const term of glossary.terms) {
  assert.ok(term.zh && term.en && (term.except ?? []).every((w) => w.includes(term.zh)), `term ${term.zh}: zh, en, except ⊃ zh`);
  for (const [where, zh, en] of units) {
    const counted = (term.except ?? []).reduce((s, w) => s.split(w).join('\u0000'), zh);
    if (!counted.includes(term.zh)) continue;
    uses++;
    if (!en.toLowerCase().includes(term.en.toLowerCase())) misses.push(`${where}: ${term.zh} → “${term.en}”`);
  }
}
assert.deepEqual(misses, [], 'glossary renderings missing');
// issue 17: 战略科技人才 (article 12) is talent, not scientists; 医疗卫生三名工程 (article 54) is the Sanming Project
assert.ok(plan.articles[11].paragraphs.join('').includes('战略科技人才'));
assert.ok(article(12).includes('strategic science and technology talent') && !/strategic scientists/i.test(article(12)), 'article 12');
assert.ok(plan.articles[53].paragraphs.join('').includes('三名工程'));
assert.ok(article(54).includes('Sanming Project') && !/three famous/i.test(article(54)), 'article 54: the Sanming Project');
for (const [zh, en] of [
  ['战略科技人才', 'strategic science and technology talent'],
  ['三名工程', 'Sanming Project'],
])
  assert.equal(glossary.terms.find((t) => t.zh === zh)?.en, en, `glossary: ${zh}`);
// the documented exception: 街道景观 (streetscape) in article 41 is not a subdistrict
assert.ok(plan.articles[40].paragraphs.join('').includes('街道景观') && !article(41).includes('subdistrict'));
assert.ok(article(41).includes('streetscape'));
checks += glossary.terms.length;

// ---- no Chinese characters in the English text (figure phrases are the zh-Hans original by design) ----
/** Proper names the English text quotes in Chinese, with where they stand. None so far. */
const QUOTED_NAMES: readonly string[] = [];
const englishText = [
  JSON.stringify(text),
  JSON.stringify(enOutline),
  JSON.stringify(enStages),
  JSON.stringify({ ...enMeta.meta, sourceUrl: '' }),
  JSON.stringify(Object.values(figures).map(({ phrase, ...rest }) => (assert.ok(CJK.test(phrase)), rest))),
].join('\n');
const chinese = englishText.match(new RegExp(`.{0,20}${CJK.source}+.{0,20}`, 'g')) ?? [];
assert.deepEqual(
  chinese.filter((m) => !QUOTED_NAMES.some((n) => m.includes(n))),
  [],
  'Chinese characters in the English text',
);
checks++;

// ---- English UI strings: every key of each section, English, the citation names the original ----
const SAMPLE: { readonly [key: string]: unknown[] } = {
  chapterHeading: ['8', 'Title'],
  range: ['1', '73'],
  copyLinkContext: ['Article 35'],
  articleNumber: [35],
  sourceArticle: [7],
  year: [2025],
  creditAdopted: [2020, 12, 22],
  label: ['Size of the economy'],
  relativeTo: ['the 2020 level'],
  pairEnd: ['Starting point', '2020', 'more than 2.8 trillion yuan'],
  change: ['about +1.2 trillion yuan', 'about +43%'],
  approx: ['+1.2'],
  points: ['+0.07'],
  approxNote: [['more than', 'about'], true],
  pageData: ['2023: 3.46 trillion yuan'],
  withYear: ['2023', '3.46 trillion yuan'],
  ofTarget: ['3.46 trillion yuan', '87%'],
  markerStart: ['Target', '2025'],
  figureBase: ['the 2020 level'],
  selectedAnnouncement: ['2025', 'Build a modern city'],
  approximateNote: ['Mid-century'],
};
const citation = {
  author: '',
  title: enMeta.meta.title,
  adoption: enMeta.meta.adoption,
  article: 'Article 35',
  url: sourceUrl,
  accessed: '2026-11-25',
};
for (const [name, en, zh] of [
  ['common', enCommon, commonStrings.source],
  ['article', enArticle, articleStrings.source],
  ['target', enTarget, targetStrings.source],
  ['timeline', enTimeline, timelineStrings.source],
] as const) {
  // every key of the zh-Hans strings (TypeScript checks the interface; the translation keys are new in issue 10)
  assert.deepEqual(
    Object.keys(zh).filter((k) => !(k in en)),
    [],
    `${name}: keys of the zh-Hans strings missing`,
  );
  assert.deepEqual(
    Object.keys(en).filter((k) => !(k in zh) && !['translationNote', 'showOriginal'].includes(k)),
    [],
    `${name}: keys the zh-Hans strings lack`,
  );
  for (const [key, v] of Object.entries(en) as [string, unknown][]) {
    if (key === 'plainCitation') continue;
    const s = typeof v === 'function' ? (v as (...a: unknown[]) => unknown)(...(SAMPLE[key] ?? [])) : v;
    assert.equal(typeof s, 'string', `${name}.${key}`);
    assert.ok(!CJK.test(s as string) && (s as string).trim() !== '', `${name}.${key} is English: ${String(s)}`);
    checks++;
  }
}
assert.equal(enCommon.creditAdopted(2020, 12, 22), ' (adopted December 22, 2020)');
assert.equal(enTarget.quoteMarks, '“”‘’');
assert.equal(
  enTarget.approxNote(['more than', 'about', 'nearly'], true),
  'The change is only approximate: the plan says “more than”, “about” and “nearly”, and one value is an estimate.',
);
assert.equal(enTarget.points('+1'), '+1 percentage point');
assert.equal(enTarget.approxNote(['more than'], false), 'The change is only approximate: the plan says “more than”.');
assert.equal(enArticle.translationNote, 'Unofficial translation. The Chinese original is authoritative.');
const plain = enArticle.plainCitation(citation);
assert.ok(plain.includes(hansMeta.title) && /unofficial/i.test(plain) && plain.includes(sourceUrl) && plain.includes('2026-11-25'), plain);
const plainZh = enArticle.plainCitation({ ...citation, title: hansMeta.title });
assert.equal(plainZh.split(hansMeta.title).length, 2, 'the Chinese title once when the element passes it');
assert.ok(/unofficial/i.test(plainZh));
checks += 5;

// ---- one spelling (issue 17): US spelling, as in China's official English; the glossary lists the words it excludes ----
assert.ok(glossary.spelling.reason.trim() && glossary.spelling.never.includes('centre'), 'the glossary records the spelling');
const britishWord = new RegExp(`\\b(?:${glossary.spelling.never.join('|')})\\b`, 'gi');
const enUi = [enCommon, enArticle, enTarget, enTimeline].map((section) =>
  Object.entries(section as object)
    .map(([key, v]) =>
      typeof v !== 'function'
        ? String(v)
        : String((v as (...a: unknown[]) => unknown)(...(key === 'plainCitation' ? [citation] : (SAMPLE[key] ?? [])))),
    )
    .join('\n'),
);
const spelled = [
  JSON.stringify(text),
  JSON.stringify(enOutline),
  JSON.stringify(enStages),
  JSON.stringify(enMeta.meta),
  JSON.stringify(Object.values(figures)),
  JSON.stringify(glossary.terms),
  ...enUi,
].join('\n');
assert.ok(/\bcenters?\b/.test(spelled), 'the English text has “center” (else the check proves little)');
assert.deepEqual(
  spelled.match(britishWord) ?? [],
  [],
  `British spellings in the English text (the glossary's spelling: ${glossary.spelling.reason})`,
);
checks++;

console.log(
  `en: ${checks} checks passed — validation refuses ${broken.length} broken copies; ${enArticles.length} articles, ` +
    `${FIGURES.length} figures (${Object.keys(VALUE_EXCEPTIONS).length} value exceptions), ${glossary.terms.length} glossary terms ` +
    `in ${uses} places; generated files up to date`,
);
