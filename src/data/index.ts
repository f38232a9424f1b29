/**
 * The whole dataset, synchronously: for servers, build tools, portals and tests. This module pulls in the text
 * of every chapter (≈ 80 KB); elements use outline.ts, stages.ts, figure-index.ts and text.ts instead.
 */
import c01 from '../generated/chapters/chapter-01.js';
import c02 from '../generated/chapters/chapter-02.js';
import c03 from '../generated/chapters/chapter-03.js';
import c04 from '../generated/chapters/chapter-04.js';
import c05 from '../generated/chapters/chapter-05.js';
import c06 from '../generated/chapters/chapter-06.js';
import c07 from '../generated/chapters/chapter-07.js';
import c08 from '../generated/chapters/chapter-08.js';
import c09 from '../generated/chapters/chapter-09.js';
import c10 from '../generated/chapters/chapter-10.js';
import c11 from '../generated/chapters/chapter-11.js';
import c12 from '../generated/chapters/chapter-12.js';
import c13 from '../generated/chapters/chapter-13.js';
import c14 from '../generated/chapters/chapter-14.js';
import c15 from '../generated/chapters/chapter-15.js';
import { deepFreeze, strictInt } from './freeze.js';
import { planClosing, planMeta, planPreamble } from './outline.js';
import { stages } from './stages.js';
import type { Article, Chapter, Figure, Plan } from './types.js';

// the data API of every entry (src/data/public.ts), then the whole text synchronously
export * from './public.js';

const texts = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15];

/** The plan, frozen. */
export const plan: Plan = deepFreeze({
  meta: planMeta,
  preamble: planPreamble,
  chapters: texts.map((t) => t.chapter),
  articles: texts.flatMap((t) => t.articles),
  closing: planClosing,
  stages,
});

/** Chapter 1…15, or undefined. */
export function getChapter(n: number | string): Chapter | undefined {
  const i = strictInt(n);
  return i === undefined ? undefined : plan.chapters[i - 1];
}

/** Article 1…73, or undefined. */
export function getArticle(n: number | string): Article | undefined {
  const i = strictInt(n);
  return i === undefined ? undefined : plan.articles[i - 1];
}

export type { Figure };
