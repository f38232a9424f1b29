/**
 * Build-time English (issue 10), called at the end of scripts/build-data.ts (npm run data), right after buildHant.
 * Reads the unofficial English translation in translations/en/ and writes src/generated/en/, mirroring the
 * zh-Hant-HK modules of scripts/build-hant.ts (same file names, export names and types):
 *   meta.ts, chapters.ts, outline.ts, stages.ts, chapters/chapter-NN.ts, and figures.ts (figure id → English text).
 * Numbers, ids, dates and URLs are copied from the zh-Hans data unchanged; `chapter.numeral` is the Arabic number
 * ("8"), as English writes it.
 *
 * Sources (translations/en/):
 *   chapters/chapter-NN.json  { chapter, title, intro[], articles: [{ number, lead, paragraphs[] }] }
 *   outline.json              { title, adoption, preamble[], closing[] }
 *   stages.json               stage id → { label, headline, goals[] }
 *   figures.json              figure id → { label, unit, qualifier, base?, valueText? }
 * Before anything is written, the translation is validated against the zh-Hans plan (validateEn): every chapter
 * and article, the same article numbers per chapter, the same paragraph counts (articles, intros, preamble,
 * closing), each article's first paragraph = its lead, or its lead + ". " + more, list items (—— in the source)
 * and only they starting with "— ", balanced “ ”, every stage and goal, every figure of the registry and no other.
 * Every problem is listed in one error, and the build fails.
 *
 * Figures (englishValue): the English card shows the English label, qualifier, value and unit, but quotes the
 * zh-Hans phrase (`phrase` is the original, not a translation: the card cites the Chinese text). The value is
 * computed, not translated: the magnitude the registry's unit starts with (万 1e4, 亿 1e8, 万亿 1e12) times the
 * value gives the quantity, which Intl.NumberFormat('en') writes in full below one million (87.1 万座 → 871,000)
 * and as "N million / billion / trillion" from one million (4 万亿元 → 4 trillion yuan, 160 万 → 1.6 million).
 * The magnitude word goes into `unit`, so figures.json gives the bare English unit ("yuan", "people").
 * `unit` carries its leading space (" km", " trillion yuan"), none for "%" or an empty unit. `scale` is what the
 * element multiplies numbers in the registry's unit by to read them in the English unit (43 万套 → 430,000
 * units: 10000; 160 万 → 1.6 million people: 0.01; 4 万亿元 → 4 trillion yuan: 1).
 * Chinese-numeral values (二十八, 三, 五, 二, 六) are written in digits (28, 3 …), checked against the registry's
 * value. Doublings (翻番, 翻一番, 倍增: a word, no number, value 2) have no digits to compute: figures.json must
 * give their English `valueText` ("double") and an empty unit, as the Chinese writes no 倍 after the word.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Chapter, Figure, Plan, PlanMeta, Stage, StageFigure } from '../src/data/types.js';

import { renderLocaleFiles } from './locale-files.js';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const EN_DIR = 'translations/en';

export interface EnInput {
  readonly plan: Plan;
  readonly figures: readonly Figure[];
  /** The timeline chips per stage id, as build-data.ts writes them into stages.ts. */
  readonly stageFigures: { readonly [id: string]: readonly StageFigure[] };
}

export interface EnChapter {
  readonly chapter: number;
  readonly title: string;
  readonly intro: readonly string[];
  readonly articles: readonly { readonly number: number; readonly lead: string; readonly paragraphs: readonly string[] }[];
}
export interface EnOutline {
  readonly title: string;
  readonly adoption: string;
  readonly preamble: readonly string[];
  readonly closing: readonly string[];
}
export interface EnStage {
  readonly label: string;
  readonly headline: string;
  readonly goals: readonly string[];
}
export interface EnFigure {
  readonly label: string;
  /** The English unit without magnitude word or leading space ("yuan", "km", "%"); "" for none. */
  readonly unit: string;
  readonly qualifier: string | null;
  readonly base?: string;
  /** Only for values the text writes as a word without a number (翻番 → "double"). */
  readonly valueText?: string;
}
/** The translation as read from translations/en/ (chapters in file order 1…15). */
export interface EnSources {
  readonly chapters: readonly EnChapter[];
  readonly outline: EnOutline;
  readonly stages: { readonly [id: string]: EnStage };
  readonly figures: { readonly [id: string]: EnFigure };
}

const CHAPTER_COUNT = 15;
const nn = (n: number) => String(n).padStart(2, '0');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Reads translations/en/ (chapter-01.json … chapter-15.json; a missing file fails with its name). */
export function readEnSources(dir = join(root, EN_DIR)): EnSources {
  const chapters: EnChapter[] = [];
  for (let n = 1; n <= CHAPTER_COUNT; n++) chapters.push(readJson(join(dir, `chapters/chapter-${nn(n)}.json`)) as EnChapter);
  return {
    chapters,
    outline: readJson(join(dir, 'outline.json')) as EnOutline,
    stages: readJson(join(dir, 'stages.json')) as EnSources['stages'],
    figures: readJson(join(dir, 'figures.json')) as EnSources['figures'],
  };
}

// ---- figure values ----

/** Magnitudes a registry unit may start with, longest first. */
const ZH_MAGNITUDES: readonly [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];
/** English magnitude words, largest first: used from one million. */
const EN_MAGNITUDES: readonly [string, number][] = [
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
];
const ZH_DIGITS: { readonly [c: string]: number } = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNITS: { readonly [c: string]: number } = { 十: 10, 百: 100, 千: 1000 };

/** 二十八 → 28, 十五 → 15, 三 → 3, 一百零五 → 105; undefined if the text is not a Chinese numeral below 10000. */
export function chineseNumeral(text: string): number | undefined {
  if (!text || ![...text].every((c) => c in ZH_DIGITS || c in ZH_UNITS)) return undefined;
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in ZH_DIGITS) {
      if (digit !== null && digit !== 0 && ZH_DIGITS[c] !== 0) return undefined; // 二三: not a numeral
      digit = ZH_DIGITS[c];
    } else {
      total += (digit ?? 1) * ZH_UNITS[c];
      digit = null;
    }
  }
  return total + (digit ?? 0);
}

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
/** Rounds away binary noise (87.1 × 10000 = 871000.0000000001). */
const clean = (n: number) => Number(n.toPrecision(12));

export interface EnglishValue {
  /** The number as English writes it: "871,000", "4", "1.6", "28", or a word ("double"). */
  readonly valueText: string;
  /** With its leading space (" trillion yuan", " km"), none for "%" or an empty unit. */
  readonly unit: string;
  /** Multiply a number in the registry's unit by this to read it in `unit` (43 万套 → " units": 10000). */
  readonly scale: number;
}

/**
 * A figure's English value from the registry (value, valueText and unit as the Chinese writes them) and the bare
 * English unit (figures.json): 4 万亿元 + "yuan" → 4 / " trillion yuan" / 1; 87.1 万座 + "school places" →
 * 871,000 / " school places" / 10000; 1000 公里 + "km" → 1,000 / " km" / 1; 三 倍 + "times" → 3 / " times" / 1.
 * A value written as a word (翻番) needs `wordValue` (the English word, "double") and takes no unit.
 */
export function englishValue(f: Pick<Figure, 'id' | 'value' | 'valueText' | 'unit'>, enUnit: string, wordValue?: string): EnglishValue {
  const spaced = (u: string) => (u === '' || u.startsWith('%') ? u : ` ${u}`);
  const digits = /^\d+(\.\d+)?$/.test(f.valueText);
  const numeral = digits ? undefined : chineseNumeral(f.valueText);
  if (!digits && numeral === undefined) {
    if (!wordValue)
      throw new Error(`figure ${f.id}: "${f.valueText}" is a word, not a number: figures.json must give its English valueText`);
    if (enUnit) throw new Error(`figure ${f.id}: "${wordValue}" takes no unit (the Chinese writes none after ${f.valueText})`);
    return { valueText: wordValue, unit: '', scale: 1 };
  }
  if (wordValue !== undefined) throw new Error(`figure ${f.id}: figures.json gives a valueText, but "${f.valueText}" is a number`);
  if (numeral !== undefined && numeral !== f.value)
    throw new Error(`figure ${f.id}: the numeral ${f.valueText} is ${numeral}, the registry says ${f.value}`);
  if (digits && Number(f.valueText) !== f.value) throw new Error(`figure ${f.id}: valueText ${f.valueText} and value ${f.value} differ`);
  const [zhWord, zhMagnitude] = ZH_MAGNITUDES.find(([w]) => f.unit.startsWith(w)) ?? ['', 1];
  const quantity = clean(f.value * zhMagnitude);
  const [enWord, enMagnitude] = EN_MAGNITUDES.find(([, m]) => quantity >= m) ?? ['', 1];
  if (zhWord && /\b(thousand|million|billion|trillion)\b/i.test(enUnit))
    throw new Error(`figure ${f.id}: the English unit "${enUnit}" has a magnitude word; the build supplies it from ${f.unit}`);
  return {
    valueText: numberFormat.format(clean(quantity / enMagnitude)),
    unit: spaced([enWord, enUnit].filter(Boolean).join(' ')),
    scale: clean(zhMagnitude / enMagnitude),
  };
}

// ---- validation ----

const isText = (s: unknown): s is string => typeof s === 'string' && s.trim() !== '' && s === s.trim();
const texts = (list: unknown): list is string[] => Array.isArray(list) && list.every(isText);
const LIST_ZH = '——';
const LIST_EN = '— ';

/**
 * Throws, listing every problem, unless the translation matches the zh-Hans plan in structure (see the header).
 * Pure: tests pass mutated copies.
 */
export function validateEn({ plan, figures }: EnInput, en: EnSources): void {
  const problems: string[] = [];
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);
  const quotes = (where: string, text: string) => {
    let open = false;
    for (const c of text) {
      if (c === '“' || c === '”') {
        if (open === (c === '“')) return fail(where, `unbalanced “ ” in ${text.slice(0, 80)}…`);
        open = !open;
      }
    }
    if (open) fail(where, `unclosed “ in ${text.slice(0, 80)}…`);
  };
  const paragraphs = (where: string, zh: readonly string[], list: unknown) => {
    if (!texts(list)) return fail(where, 'paragraphs must be a list of non-empty, trimmed strings');
    if (list.length !== zh.length) return fail(where, `${list.length} paragraph(s), the original has ${zh.length}`);
    zh.forEach((p, i) => {
      const item = p.startsWith(LIST_ZH);
      if (item !== list[i].startsWith(LIST_EN))
        fail(
          where,
          `paragraph ${i + 1} ${item ? 'is a list item (——): it must start with "— "' : 'is not a list item: it must not start with "— "'}`,
        );
      quotes(`${where}, paragraph ${i + 1}`, list[i]);
    });
  };

  // outline: title, adoption, preamble, closing
  const { outline } = en;
  if (!isText(outline?.title)) fail('outline.json', 'no title');
  if (!isText(outline?.adoption)) fail('outline.json', 'no adoption');
  paragraphs('outline.json preamble', plan.preamble, outline?.preamble);
  paragraphs('outline.json closing', plan.closing, outline?.closing);

  // chapters and articles
  if (en.chapters.length !== plan.chapters.length)
    fail('chapters', `${en.chapters.length} chapter files, the original has ${plan.chapters.length}`);
  for (const zh of plan.chapters) {
    const file = `chapters/chapter-${nn(zh.number)}.json`;
    const ch = en.chapters[zh.number - 1];
    if (!ch) {
      fail(file, `chapter ${zh.number} is missing`);
      continue;
    }
    if (ch.chapter !== zh.number) fail(file, `"chapter" is ${ch.chapter}, expected ${zh.number}`);
    if (!isText(ch.title)) fail(file, 'no title');
    paragraphs(`${file} intro`, zh.intro, ch.intro);
    const numbers = (Array.isArray(ch.articles) ? (ch.articles as EnChapter['articles']) : []).map((a) => a?.number);
    if (numbers.join() !== zh.articles.join()) {
      fail(file, `articles ${numbers.join(', ') || '(none)'}, the original has ${zh.articles.join(', ')}`);
      continue;
    }
    for (const a of ch.articles) {
      const where = `${file} article ${a.number}`;
      const original = plan.articles[a.number - 1];
      if (!isText(a.lead)) {
        fail(where, 'no lead');
        continue;
      }
      if (a.lead.endsWith('.')) fail(where, 'the lead ends with a full stop (it is a title: leave it out)');
      paragraphs(where, original.paragraphs, a.paragraphs);
      const first = a.paragraphs?.[0];
      if (typeof first === 'string' && first !== a.lead && !first.startsWith(`${a.lead}. `))
        fail(where, `the first paragraph must be the lead, or start with the lead + ". " (lead: ${a.lead})`);
    }
  }

  // stages: every stage id, as many goals
  const stageIds = plan.stages.map((s) => s.id as string);
  for (const id of Object.keys(en.stages ?? {})) if (!stageIds.includes(id)) fail('stages.json', `unknown stage "${id}"`);
  for (const s of plan.stages) {
    const t = en.stages?.[s.id];
    if (!t) {
      fail('stages.json', `stage "${s.id}" is missing`);
      continue;
    }
    if (!isText(t.label) || !isText(t.headline)) fail('stages.json', `stage "${s.id}" needs a label and a headline`);
    if (!texts(t.goals) || t.goals.length !== s.goals.length)
      fail(
        'stages.json',
        `stage "${s.id}" has ${Array.isArray(t.goals) ? t.goals.length : 'no'} goal(s), the original has ${s.goals.length}`,
      );
  }

  // figures: every id of the registry, no other; their fields
  const ids = figures.map((f) => f.id);
  for (const id of Object.keys(en.figures ?? {}))
    if (!ids.includes(id)) fail('figures.json', `unknown figure "${id}" (not in src/data/figures.ts)`);
  for (const f of figures) {
    const t = en.figures?.[f.id];
    const where = `figures.json "${f.id}"`;
    if (!t) {
      fail('figures.json', `figure "${f.id}" is missing`);
      continue;
    }
    if (!isText(t.label)) fail(where, 'no label');
    if (typeof t.unit !== 'string' || t.unit !== t.unit.trim()) fail(where, 'unit must be a trimmed string ("" for none)');
    if ((t.qualifier === null) !== (f.qualifier === null) || (t.qualifier !== null && !isText(t.qualifier)))
      fail(where, `qualifier must be ${f.qualifier === null ? 'null, as in the registry' : `a string (the registry has ${f.qualifier})`}`);
    if ((t.base === undefined) !== (f.base === undefined) || (t.base !== undefined && !isText(t.base)))
      fail(where, f.base === undefined ? 'has a base, the registry has none' : `needs a base (the registry has ${f.base})`);
    try {
      englishValue(f, t.unit, t.valueText);
    } catch (e) {
      fail(where, (e as Error).message);
    }
  }

  if (problems.length)
    throw new Error(
      `${EN_DIR}: the English translation does not match the plan (${problems.length} problem(s)):\n  ${problems.join('\n  ')}`,
    );
}

// ---- output ----

/** What the adoption line names after "Adopted at " and before " on <date>": the meeting (PlanMeta.adoptedBy). */
const ADOPTION = /^Adopted at (the .+) on [A-Z][a-z]+ \d{1,2}, \d{4}$/;
/** PlanMeta.publicationNote: the note before the source URL (此件已公开发布。文稿来源：). */
export const PUBLICATION_NOTE = 'This document has been made public. Source:';

/** The files of src/generated/en/: path → content. Pure; validates first. */
export function renderEn(input: EnInput, en: EnSources): Map<string, string> {
  validateEn(input, en);
  const { plan, figures, stageFigures } = input;
  const banner = `// Generated by scripts/build-en.ts from ${EN_DIR}/ (unofficial English translation) and the zh-Hans data of scripts/build-data.ts. Do not edit.\n`;
  const adoptedBy = ADOPTION.exec(en.outline.adoption)?.[1];
  if (!adoptedBy) throw new Error(`${EN_DIR}/outline.json: adoption must read "Adopted at the … on <Month> <day>, <year>"`);
  const meta: PlanMeta = {
    ...plan.meta,
    title: en.outline.title,
    adoption: en.outline.adoption,
    adoptedBy,
    publicationNote: PUBLICATION_NOTE,
  };
  const chapters: Chapter[] = plan.chapters.map((ch) => {
    const t = en.chapters[ch.number - 1];
    return { ...ch, numeral: String(ch.number), title: t.title, intro: t.intro };
  });
  const articles: Article[] = plan.articles.map((a) => {
    const t = en.chapters[a.chapter - 1].articles.find((x) => x.number === a.number)!;
    return { ...a, lead: t.lead, paragraphs: t.paragraphs };
  });
  const figureText = Object.fromEntries(
    figures.map((f) => {
      const t = en.figures[f.id];
      const { valueText, unit, scale } = englishValue(f, t.unit, t.valueText);
      return [
        f.id,
        {
          label: t.label,
          phrase: f.phrase,
          valueText,
          unit,
          qualifier: t.qualifier,
          ...(t.base === undefined ? {} : { base: t.base }),
          scale,
        },
      ];
    }),
  );
  const stages: Stage[] = plan.stages.map((s) => {
    const { label, headline, goals } = en.stages[s.id];
    return { ...s, label, headline, goals };
  });
  // the chips: the English figure text (English writes the unit after every number, so every chip has it)
  const chips = Object.fromEntries(
    Object.entries(stageFigures).map(([id, list]) => [
      id,
      list.map((f) => {
        const t = figureText[f.id];
        return {
          ...f,
          label: t.label,
          valueText: t.valueText,
          unit: t.unit,
          qualifier: t.qualifier,
          ...(f.base === undefined ? {} : { base: t.base }),
        };
      }),
    ]),
  );
  return renderLocaleFiles({
    banner,
    meta,
    chapters,
    articles,
    preamble: en.outline.preamble,
    closing: en.outline.closing,
    stages,
    chips,
    figureText,
    figureTextType:
      `/**\n` +
      ` * The reader-facing text of a figure of src/data/figures.ts in English; the other fields are the registry's.\n` +
      ` * \`phrase\` is the zh-Hans original, not a translation: the card quotes the Chinese text. \`valueText\` and \`unit\`\n` +
      ` * are computed from the registry (4 万亿元 → 4 + " trillion yuan"); \`scale\` is what a number in the registry's unit\n` +
      ` * is multiplied by to be read in \`unit\` (43 万套 → 430,000 units: 10000).\n` +
      ` */\n` +
      `export type FigureText = Pick<Figure, 'label' | 'phrase' | 'valueText' | 'unit' | 'qualifier' | 'base'> & { readonly scale?: number };\n`,
  });
}

/**
 * Validates translations/en/ and writes src/generated/en/ (`out` is src/generated, which build-data.ts has just
 * emptied and refilled). Fails, writing nothing, when the translation does not match the plan.
 */
export function buildEn(input: EnInput, out: string, sources: EnSources = readEnSources()): void {
  const started = performance.now();
  const files = renderEn(input, sources);
  mkdirSync(join(out, 'en', 'chapters'), { recursive: true });
  for (const [file, body] of files) writeFileSync(join(out, 'en', file), body);
  const paragraphs = sources.chapters.reduce((n, c) => n + c.articles.reduce((m, a) => m + a.paragraphs.length, 0), 0);
  console.log(
    `en: ${files.size} files, ${sources.chapters.length} chapters, ${paragraphs} article paragraphs, ${input.figures.length} figures ` +
      `→ src/generated/en/ in ${Math.round(performance.now() - started)} ms`,
  );
}
