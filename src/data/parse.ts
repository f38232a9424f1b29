/**
 * Pure parser: seed text (+ errata) → Plan. Runs at build time (scripts/build-data.ts) and in the data-contract
 * tests; never in a reader's browser. It throws on any structural surprise, because a silent misparse would put
 * wrong text in front of readers.
 */
import type { Article, Erratum, Plan, PlanMeta, Stage, StageId } from './types.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const CHAPTER_HEADING = /^(十[一二三四五]?|[一二三四五六七八九])、(.+)$/;
const ARTICLE_START = /^(\d+)\. (.*)$/;
const DIGITS: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Approximate axis position of 本世纪中叶 (mid-century). Layout only: never shown as a year. */
export const MID_CENTURY_POSITION = 2050;

/** Applies the errata in order. Each `before` must occur exactly once in the text when it is applied. */
export function applyErrata(seed: string, errata: readonly Erratum[]): string {
  let text = seed;
  for (const e of errata) {
    const first = text.indexOf(e.before);
    if (first < 0 || text.indexOf(e.before, first + 1) >= 0) {
      throw new Error(`erratum ${e.id}: "before" must occur exactly once (found ${first < 0 ? 0 : 'several'})`);
    }
    text = text.slice(0, first) + e.after + text.slice(first + e.before.length);
  }
  return text;
}

/** Splits corrected text into blocks (paragraphs, headings), dropping the blank lines between them. */
export function blocks(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
}

/** 二〇二五 → 2025 (digit-by-digit Chinese year). */
export function chineseYear(s: string): number {
  let n = 0;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d === undefined) throw new Error(`not a Chinese year: ${s}`);
    n = n * 10 + d;
  }
  return n;
}

/** The opening sentence of a paragraph without its full stop; the whole paragraph if it has none. */
export function leadOf(paragraph: string): string {
  const i = paragraph.indexOf('。');
  return i < 0 ? paragraph : paragraph.slice(0, i);
}

/** Sentences of a paragraph, each without its closing 。 (a trailing empty piece is dropped). */
export function sentences(paragraph: string): string[] {
  const parts = paragraph.split('。');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function parseMeta(head: string[]): PlanMeta {
  const [publicationNote, sourceUrl, title, adoptionLine] = head;
  const m = /^\((\d{4})年(\d{1,2})月(\d{1,2})日(.+)通过\)$/.exec(adoptionLine ?? '');
  if (!publicationNote || !sourceUrl?.startsWith('http') || !title || !m) throw new Error('unexpected header');
  const [, y, mo, d, meeting] = m;
  return {
    title,
    adoption: adoptionLine.slice(1, -1),
    adoptedOn: `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`,
    adoptedBy: meeting,
    publicationNote,
    sourceUrl,
  };
}

/** Goals of a stage paragraph remainder: split on ； when the text enumerates with it, else on ，. */
function splitGoals(rest: string): string[] {
  const body = rest.endsWith('。') ? rest.slice(0, -1) : rest;
  return body.split(body.includes('；') ? '；' : '，');
}

function parseStages(articles: readonly Article[]): Stage[] {
  const outcomes = articles[1];
  const vision = articles[3];
  if (outcomes?.number !== 2 || vision?.number !== 4) throw new Error('articles 2 and 4 not found');
  // Article 2: lead, three sentences of context (the 13th Five-Year period, leadership, "5年来…成就"), then the
  // outcomes one sentence each, then a closing summary sentence.
  const s = sentences(outcomes.paragraphs.join(''));
  const stages: Stage[] = [
    {
      id: '2020',
      kind: 'outcome',
      year: 2020,
      position: 2020,
      label: '二〇二〇年',
      headline: outcomes.lead,
      goals: s.slice(4, -1),
      article: 2,
    },
  ];
  for (const p of vision.paragraphs) {
    const m = /^到(二〇[〇一二三四五六七八九]{2}年|本世纪中叶)，(.*)$/.exec(p);
    if (!m) continue;
    const [, label, rest] = m;
    const year = label.endsWith('年') ? chineseYear(label.slice(0, -1)) : null;
    const stop = rest.indexOf('。');
    const multi = stop >= 0 && stop < rest.length - 1;
    const cut = multi ? stop : rest.indexOf('，');
    stages.push({
      id: (year === null ? 'mid-century' : String(year)) as StageId,
      kind: 'goal',
      year,
      position: year ?? MID_CENTURY_POSITION,
      label,
      headline: rest.slice(0, cut),
      goals: splitGoals(rest.slice(cut + 1)),
      article: 4,
    });
  }
  // 二〇二〇年 is written in article 2 (预计二〇二〇年…); the label is checked against the text by the tests.
  return stages;
}

/** Parses the seed (with errata applied) into the Plan. */
export function parsePlan(seed: string, errata: readonly Erratum[]): Plan {
  const all = blocks(applyErrata(seed, errata));
  const meta = parseMeta(all.slice(0, 4));
  const body = all.slice(4);
  const closingBlock = body.pop();
  if (!closingBlock) throw new Error('empty body');

  const preamble: string[] = [];
  const chapters: { number: number; numeral: string; title: string; intro: string[]; articles: number[] }[] = [];
  const articles: { number: number; chapter: number; lead: string; paragraphs: string[] }[] = [];

  for (const block of body) {
    const heading = CHAPTER_HEADING.exec(block);
    const start = ARTICLE_START.exec(block);
    if (heading) {
      const number = chapters.length + 1;
      if (heading[1] !== NUMERALS[number - 1]) throw new Error(`chapter ${heading[1]} out of order`);
      chapters.push({ number, numeral: heading[1], title: heading[2], intro: [], articles: [] });
    } else if (start) {
      const number = Number(start[1]);
      const chapter = chapters[chapters.length - 1];
      if (!chapter || number !== articles.length + 1) throw new Error(`article ${number} out of order`);
      chapter.articles.push(number);
      articles.push({ number, chapter: chapter.number, lead: leadOf(start[2]), paragraphs: [start[2]] });
    } else if (chapters.length === 0) {
      preamble.push(block);
    } else {
      const chapter = chapters[chapters.length - 1];
      const last = articles[articles.length - 1];
      if (last && last.chapter === chapter.number) last.paragraphs.push(block);
      else chapter.intro.push(block);
    }
  }

  const plan: Plan = {
    meta,
    preamble,
    chapters,
    articles,
    closing: [closingBlock],
    stages: parseStages(articles),
  };
  return plan;
}

/**
 * The inverse of parsing: rebuilds the corrected seed text from the Plan (headings, "N. " article markers and
 * blank lines between blocks). The fidelity test compares it with applyErrata(seed) character for character.
 */
export function serializePlan(plan: Plan): string {
  const out: string[] = [plan.meta.publicationNote, plan.meta.sourceUrl, plan.meta.title, `(${plan.meta.adoption})`, ...plan.preamble];
  for (const chapter of plan.chapters) {
    out.push(`${chapter.numeral}、${chapter.title}`, ...chapter.intro);
    for (const n of chapter.articles) {
      const a = plan.articles[n - 1];
      out.push(`${a.number}. ${a.paragraphs[0]}`, ...a.paragraphs.slice(1));
    }
  }
  out.push(...plan.closing);
  return out.join('\n\n');
}
