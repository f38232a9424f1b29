/**
 * Search quality of `<plan-search>` (issue 17): `npm run search:quality` (after `npm run data`).
 *
 * For each query of QUERIES (zh-Hans, zh-Hant-HK, zh-Hant-TW, en; same script, other script, regional variants and
 * phrasing, full-width, case, several words), the ground truth is computed here, from the seed (parsed with
 * src/data/parse.ts and seeds/errata.json), its Traditional conversions (scripts/build-hant.ts) and the English
 * translation (translations/en/) — and independently of the search code (no fold.ts, no search-fold.ts):
 *   normalize(s) = NFKC, lower case, then OpenCC's whole converters (twp → cn, hk → cn, with their phrase tables);
 *   relevant     = the sections (preamble, chapter title + introduction, article, closing) whose text contains the
 *                  query as typed (NFKC, lower case: 智慧 in Taiwan's 智慧製造, which OpenCC reads as 智能制造), or whose
 *                  normalized text contains the normalized query (or `means`, a phrase judged equivalent by hand: 數位經濟 is
 *                  Taiwan's 数字经济); when no section does, those containing every space-separated word;
 *   best         = the relevant sections whose lead (article lead, chapter title) contains the phrase, articles
 *                  before other sections, then those where it occurs most often.
 * Then it builds the real index (src/elements/plan-search/search-index.ts with src/generated/search-fold.ts) per
 * locale, runs each query and prints recall, precision and whether the first result is a best one, per query and
 * overall. Exits 1 unless recall is 1.0 and precision ≥ 0.95 for every query and the best comes first in every case.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Converter } from 'opencc-js';
import { parsePlan } from '../src/data/parse.js';
import type { ChapterText, Erratum, Plan } from '../src/data/types.js';
import { decodeFolding } from '../src/elements/plan-search/fold.js';
import { buildSearchIndex, search, type PlanFrame, type SearchIndex } from '../src/elements/plan-search/search-index.js';
import * as foldData from '../src/generated/search-fold.js';
import { createHantConverter, type HantLocale } from './build-hant.js';
import { readEnSources } from './build-en.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export type QualityLocale = 'zh-Hans' | 'zh-Hant-HK' | 'zh-Hant-TW' | 'en';

export interface Query {
  readonly locale: QualityLocale;
  readonly q: string;
  /** What kind of query it is (for the table). */
  readonly kind: string;
  /** A phrase judged equivalent by hand, when OpenCC does not relate them (Taiwan's 數位 = 数字). */
  readonly means?: string;
}

export const QUERIES: readonly Query[] = [
  { locale: 'zh-Hans', q: '数字经济', kind: 'same script' },
  { locale: 'zh-Hans', q: '數字經濟', kind: 'Traditional on zh-Hans' },
  { locale: 'zh-Hans', q: '前海', kind: 'two characters' },
  { locale: 'zh-Hans', q: '碳排放達峯', kind: 'HK variant on zh-Hans' },
  { locale: 'zh-Hans', q: '５Ｇ', kind: 'full-width' },
  { locale: 'zh-Hans', q: '人工智慧', kind: 'TW phrasing on zh-Hans' },
  { locale: 'zh-Hans', q: '數位經濟', kind: 'TW phrasing on zh-Hans', means: '数字经济' },
  { locale: 'zh-Hans', q: '衞生', kind: 'HK variant on zh-Hans' },
  { locale: 'zh-Hans', q: '数字 深圳', kind: 'two words' },
  { locale: 'zh-Hans', q: '中国特色社会主义先行示范区', kind: 'preamble and closing too' },
  { locale: 'zh-Hans', q: '春天的故事', kind: 'closing only' },
  { locale: 'zh-Hans', q: '智慧城市', kind: 'chapter intro too' },
  { locale: 'zh-Hans', q: '粤港澳大湾区', kind: 'same script' },
  { locale: 'zh-Hant-HK', q: '數字經濟', kind: 'same script' },
  { locale: 'zh-Hant-HK', q: '数字经济', kind: 'Simplified on zh-Hant' },
  { locale: 'zh-Hant-HK', q: '碳排放達峰', kind: 'standard form, HK text 達峯' },
  { locale: 'zh-Hant-HK', q: '衛生', kind: 'standard form, HK text 衞生' },
  { locale: 'zh-Hant-HK', q: '群眾', kind: 'standard form, HK text 羣眾' },
  { locale: 'zh-Hant-HK', q: '數碼經濟', kind: 'HK phrasing', means: '数字经济' },
  { locale: 'zh-Hant-HK', q: '前海', kind: 'two characters' },
  { locale: 'zh-Hant-HK', q: '５Ｇ', kind: 'full-width' },
  { locale: 'zh-Hant-TW', q: '人工智能', kind: 'mainland phrasing, TW text 人工智慧' },
  { locale: 'zh-Hant-TW', q: '平台', kind: 'variant, TW text 平臺' },
  { locale: 'zh-Hant-TW', q: '網絡', kind: 'HK/mainland phrasing, TW text 網路' },
  { locale: 'zh-Hant-TW', q: '數位經濟', kind: 'TW phrasing', means: '数字经济' },
  { locale: 'zh-Hant-TW', q: '数字经济', kind: 'Simplified on zh-Hant' },
  { locale: 'zh-Hant-TW', q: '碳排放達峯', kind: 'HK variant on TW' },
  { locale: 'zh-Hant-TW', q: '數位政府', kind: 'TW phrasing', means: '数字政府' },
  { locale: 'zh-Hant-TW', q: '智慧', kind: 'part of a converted phrase' },
  { locale: 'en', q: 'digital economy', kind: 'two words, phrase' },
  { locale: 'en', q: 'health care', kind: 'two words, phrase' },
  { locale: 'en', q: 'Digital Economy', kind: 'case' },
  { locale: 'en', q: 'Greater Bay Area', kind: 'three words' },
  { locale: 'en', q: 'Qianhai', kind: 'one word' },
  { locale: 'en', q: 'economy digital', kind: 'words, no phrase' },
  { locale: 'en', q: '５Ｇ', kind: 'full-width' },
  { locale: 'zh-Hant-TW', q: '工業互聯網', kind: 'mainland phrase, TW text 工業網際網路 (longer)' },
];

/** One section of the plan in a locale. */
export interface Section {
  readonly id: string;
  readonly article: boolean;
  readonly lead: string;
  readonly text: string;
}

const twp = Converter({ from: 'twp', to: 'cn' });
const hk = Converter({ from: 'hk', to: 'cn' });
/** The ground truth's own normalization (see the module comment). */
export const normalize = (s: string): string => hk(twp(s.normalize('NFKC').toLowerCase()));

const count = (hay: string, needle: string): number => (needle ? hay.split(needle).length - 1 : 0);

/** The plan's text per locale, as chapter texts (for the index) and as sections (for the ground truth). */
function localeTexts(): Map<QualityLocale, { chapters: ChapterText[]; frame: PlanFrame }> {
  const seed = readFileSync(join(root, 'seeds/000_5c869d822c55e6be.txt'), 'utf8');
  const errata = (JSON.parse(readFileSync(join(root, 'seeds/errata.json'), 'utf8')) as { entries: Erratum[] }).entries;
  const plan: Plan = parsePlan(seed, errata);
  const byChapter = (convert: (s: string) => string): ChapterText[] =>
    plan.chapters.map((c) => ({
      chapter: { ...c, title: convert(c.title), intro: c.intro.map(convert) },
      articles: c.articles.map((n) => {
        const a = plan.articles[n - 1];
        return { ...a, lead: convert(a.lead), paragraphs: a.paragraphs.map(convert) };
      }),
    }));
  const out = new Map<QualityLocale, { chapters: ChapterText[]; frame: PlanFrame }>();
  out.set('zh-Hans', { chapters: byChapter((s) => s), frame: { preamble: plan.preamble, closing: plan.closing } });
  for (const l of ['zh-Hant-HK', 'zh-Hant-TW'] as HantLocale[]) {
    const c = createHantConverter(l).convert;
    out.set(l, { chapters: byChapter(c), frame: { preamble: plan.preamble.map(c), closing: plan.closing.map(c) } });
  }
  const en = readEnSources();
  out.set('en', {
    chapters: plan.chapters.map((c, i) => {
      const t = en.chapters[i];
      return {
        chapter: { ...c, numeral: String(c.number), title: t.title, intro: t.intro },
        articles: c.articles.map((n) => {
          const a = t.articles.find((x) => x.number === n)!;
          return { ...plan.articles[n - 1], lead: a.lead, paragraphs: a.paragraphs };
        }),
      };
    }),
    frame: { preamble: en.outline.preamble, closing: en.outline.closing },
  });
  return out;
}

function sectionsOf({ chapters, frame }: { chapters: ChapterText[]; frame: PlanFrame }): Section[] {
  return [
    { id: 'preamble', article: false, lead: '', text: frame.preamble.join('\n') },
    ...chapters.flatMap((c) => [
      { id: `chapter-${c.chapter.number}`, article: false, lead: c.chapter.title, text: [c.chapter.title, ...c.chapter.intro].join('\n') },
      ...c.articles.map((a) => ({ id: `article-${a.number}`, article: true, lead: a.lead, text: a.paragraphs.join('\n') })),
    ]),
    { id: 'closing', article: false, lead: '', text: frame.closing.join('\n') },
  ];
}

export interface Row {
  readonly query: Query;
  readonly relevant: number;
  readonly returned: number;
  readonly recall: number;
  readonly precision: number;
  readonly bestFirst: boolean;
  readonly first: string;
  readonly best: readonly string[];
  readonly missing: readonly string[];
  readonly extra: readonly string[];
}

/** The ground truth of one query over a locale's sections. */
export function groundTruth(sections: readonly Section[], query: Query): { relevant: Set<string>; best: string[] } {
  const typed = (query.means ?? query.q).replace(/\s+/g, ' ').trim();
  const phrase = normalize(typed);
  const literal = typed.normalize('NFKC').toLowerCase();
  const lit = (s: string) => s.normalize('NFKC').toLowerCase();
  const norm = sections.map((s) => ({ ...s, n: normalize(s.text), l: normalize(s.lead), tn: lit(s.text), tl: lit(s.lead) }));
  const inLead = (s: (typeof norm)[number]) => !!s.lead && (s.l.includes(phrase) || s.tl.includes(literal));
  let hits = norm.filter((s) => s.n.includes(phrase) || s.l.includes(phrase) || s.tn.includes(literal) || s.tl.includes(literal));
  let score: (s: (typeof norm)[number]) => number[];
  if (hits.length) {
    score = (s) => [
      Number(inLead(s)),
      Number(s.article),
      Math.max(count(s.n, phrase), count(s.tn, literal)) || Math.max(count(s.l, phrase), count(s.tl, literal)),
    ];
  } else {
    const words = phrase.split(' ').filter(Boolean);
    hits = norm.filter((s) => words.every((w) => s.n.includes(w) || s.l.includes(w)));
    score = (s) => [
      Number(s.article),
      words.every((w) => s.l.includes(w)) ? 2 : words.some((w) => s.l.includes(w)) ? 1 : 0,
      words.reduce((a, w) => a + count(s.n, w), 0),
    ];
  }
  const cmp = (a: number[], b: number[]) => a.reduce((r, x, i) => r || x - b[i], 0);
  const top = hits.reduce<number[] | undefined>((m, s) => (!m || cmp(score(s), m) > 0 ? score(s) : m), undefined);
  return { relevant: new Set(hits.map((s) => s.id)), best: hits.filter((s) => top && cmp(score(s), top) === 0).map((s) => s.id) };
}

/** Runs every query (or those given) through the real index; pure apart from reading the repo's files. */
export function runQuality(queries: readonly Query[] = QUERIES): Row[] {
  const texts = localeTexts();
  const folding = decodeFolding(foldData);
  const indexes = new Map<QualityLocale, SearchIndex>();
  const sections = new Map<QualityLocale, Section[]>();
  for (const [l, t] of texts) {
    indexes.set(l, buildSearchIndex(l, t.chapters, t.frame, folding));
    sections.set(l, sectionsOf(t));
  }
  return queries.map((query) => {
    const { relevant, best } = groundTruth(sections.get(query.locale)!, query);
    const results = search(indexes.get(query.locale)!, query.q).map((h) => h.id);
    const found = results.filter((id) => relevant.has(id));
    return {
      query,
      relevant: relevant.size,
      returned: results.length,
      recall: relevant.size ? found.length / relevant.size : results.length ? 0 : 1,
      precision: results.length ? found.length / results.length : relevant.size ? 0 : 1,
      bestFirst: best.length ? best.includes(results[0]) : !results.length,
      first: results[0] ?? '—',
      best,
      missing: [...relevant].filter((id) => !results.includes(id)),
      extra: results.filter((id) => !relevant.has(id)),
    };
  });
}

export interface Summary {
  readonly queries: number;
  readonly recall: number;
  readonly precision: number;
  readonly minRecall: number;
  readonly minPrecision: number;
  readonly bestFirst: number;
  readonly pass: boolean;
}

export function summarize(rows: readonly Row[]): Summary {
  const mean = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0) / rows.length;
  const minRecall = Math.min(...rows.map((r) => r.recall));
  const minPrecision = Math.min(...rows.map((r) => r.precision));
  const bestFirst = rows.filter((r) => r.bestFirst).length;
  return {
    queries: rows.length,
    recall: mean((r) => r.recall),
    precision: mean((r) => r.precision),
    minRecall,
    minPrecision,
    bestFirst,
    pass: minRecall === 1 && minPrecision >= 0.95 && bestFirst === rows.length,
  };
}

export function formatTable(rows: readonly Row[]): string {
  const f = (x: number) => x.toFixed(2);
  const lines = [
    '| locale | query | kind | relevant | returned | recall | precision | best first | first result |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.query.locale} | ${r.query.q}${r.query.means ? ` (= ${r.query.means})` : ''} | ${r.query.kind} | ${r.relevant} | ${r.returned} | ${f(r.recall)} | ${f(r.precision)} | ${r.bestFirst ? 'yes' : `no (best: ${r.best.join(' ')})`} | ${r.first} |` +
        (r.missing.length ? ` missing ${r.missing.join(' ')}` : '') +
        (r.extra.length ? ` extra ${r.extra.join(' ')}` : ''),
    ),
  ];
  const s = summarize(rows);
  lines.push(
    '',
    `${s.queries} queries: mean recall ${f(s.recall)} (min ${f(s.minRecall)}), mean precision ${f(s.precision)} (min ${f(s.minPrecision)}), ` +
      `best first ${s.bestFirst}/${s.queries} — goal (recall 1.0, precision ≥ 0.95, best first everywhere): ${s.pass ? 'met' : 'NOT met'}`,
  );
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = runQuality();
  console.log(formatTable(rows));
  if (!summarize(rows).pass) process.exit(1);
}
