/**
 * Article text, loaded on demand one chapter at a time (each chapter is its own chunk in the build; the import()
 * calls are in the generated src/generated/chapter-loaders.ts, as for every locale).
 */
import type { Article, Chapter, ChapterText } from './types.js';
import { deepFreeze } from './freeze.js';
import { getArticleRef, toChapterNumber } from './article-index.js';
import { loadLocalePack } from '../i18n/packs.js';
import type { LocaleCode } from '../i18n/types.js';
// the zh-Hans chunks; another locale's come from its pack (generated the same way, scripts/locale-files.ts)
import { chapters as LOADERS } from '../generated/chapter-loaders.js';

/** By `${locale}|${chapter}`. */
const cache = new Map<string, Promise<ChapterText>>();
/** Chapters whose text has arrived, for synchronous reads (peekArticleInChapter). */
const loaded = new Map<string, ChapterText>();

/**
 * The full text of a chapter (1…15) in a locale (default zh-Hans, the original; other locales through their pack,
 * src/i18n/packs.ts); resolves to undefined for an unknown number. Never rejects for bad input.
 */
export function loadChapter(n: number | string, locale: LocaleCode = 'zh-Hans'): Promise<ChapterText | undefined> {
  const number = toChapterNumber(n);
  if (number === undefined) return Promise.resolve(undefined);
  const key = `${locale}|${number}`;
  let p = cache.get(key);
  if (!p) {
    const load = locale === 'zh-Hans' ? LOADERS[number - 1]() : loadLocalePack(locale).then((pack) => pack.chapters[number - 1]());
    p = load.then((m) => {
      const text = deepFreeze(m.default);
      loaded.set(key, text);
      return text;
    });
    cache.set(key, p);
  }
  return p;
}

/** An article with its chapter (numeral, title, intro), both from the chapter's text chunk. */
export interface ArticleInChapter {
  readonly article: Article;
  readonly chapter: Chapter;
}

function findIn(text: ChapterText | undefined, n: number): ArticleInChapter | undefined {
  const article = text?.articles.find((a) => a.number === n);
  return text && article && { article, chapter: text.chapter };
}

/** A chapter's text (1…15) in a locale if it has already arrived, else undefined — without loading. */
export function peekChapter(n: number, locale: LocaleCode = 'zh-Hans'): ChapterText | undefined {
  return loaded.get(`${locale}|${n}`);
}

/**
 * The article and its chapter if the chapter's text has already arrived, else undefined — without loading. Lets an
 * element render text it already has in its first update (a second article of a loaded chapter; the server, which
 * loads every chapter before rendering, see src/ssr/).
 */
export function peekArticleInChapter(n: number | string, locale: LocaleCode = 'zh-Hans'): ArticleInChapter | undefined {
  const ref = getArticleRef(n);
  return ref && findIn(loaded.get(`${locale}|${ref.chapter}`), ref.number);
}

/** The full article (1…73) and its chapter in a locale, loading the chapter's text; undefined for an unknown number. */
export async function loadArticleInChapter(n: number | string, locale: LocaleCode = 'zh-Hans'): Promise<ArticleInChapter | undefined> {
  const ref = getArticleRef(n);
  if (!ref) return undefined;
  return findIn(await loadChapter(ref.chapter, locale), ref.number);
}

/** The full article (1…73) in a locale (default zh-Hans), loading its chapter's text; undefined for an unknown number. */
export async function loadArticle(n: number | string, locale: LocaleCode = 'zh-Hans'): Promise<Article | undefined> {
  return (await loadArticleInChapter(n, locale))?.article;
}
