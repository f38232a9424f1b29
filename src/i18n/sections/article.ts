import type { Section } from '../types.js';

/** Strings of <plan-article>. Plan text itself (chapter titles, leads, paragraphs) comes from the dataset. */
export interface ArticleStrings {
  /** Chapter context above the title, from the chapter's numeral and title, e.g. 八、加快数字化整体转型… */
  chapterHeading: (numeral: string, title: string) => string;
  /** A range of valid values for messages, e.g. 1–73. */
  range: (min: string, max: string) => string;
  /** Disclosure button of an excerpt. */
  expand: string;
  collapse: string;
  /** Appended to an excerpt that was cut. */
  ellipsis: string;
  /** Accessible name of the group of action buttons. */
  actions: string;
  copyLink: string;
  /** Visually hidden context for the copy-link button, e.g. （第35条）. */
  copyLinkContext: (articleNumber: string) => string;
  cite: string;
  /** Visually hidden description of the citation style the cite button copies. */
  citeStyleGb: string;
  citeStylePlain: string;
  /** Button text for a moment after copying. */
  copied: string;
  copyFailed: string;
  /** Polite announcements after copying. */
  linkCopied: string;
  citationCopied: string;
  /** Announcement when copying failed: what to copy by hand. */
  copyFailedAnnouncement: string;
  /** Shown when the chapter text could not be loaded (network error). */
  loadFailed: string;
  /**
   * Above text that is not the original: a translation (English) or a conversion (Traditional Chinese, from the
   * Simplified original). Not shown in zh-Hans.
   */
  translationNote: string;
  /** The toggle button (aria-pressed) between a translation or conversion and the Chinese original (`show-original`). */
  showOriginal: string;
  /** The plain (non-GB/T) citation of an article. */
  plainCitation: (p: { author: string; title: string; adoption: string; article: string; url: string; accessed: string }) => string;
}

const zhHans: ArticleStrings = {
  chapterHeading: (numeral, title) => `${numeral}、${title}`,
  range: (min, max) => `${min}–${max}`,
  expand: '展开全文',
  collapse: '收起',
  ellipsis: '……',
  actions: '链接与引用',
  copyLink: '复制链接',
  copyLinkContext: (n) => `（${n}）`,
  cite: '引用',
  citeStyleGb: '（GB/T 7714—2015 格式）',
  citeStylePlain: '（文字格式）',
  copied: '已复制',
  copyFailed: '复制失败',
  linkCopied: '链接已复制',
  citationCopied: '引用已复制',
  copyFailedAnnouncement: '复制失败，请手动复制下面的文字。',
  loadFailed: '条文加载失败，请稍后重试。',
  translationNote: '本文由简体中文原文自动转换为繁体中文，以简体中文原文为准。',
  showOriginal: '显示简体中文原文',
  plainCitation: ({ title, adoption, article, url, accessed }) =>
    `《${title}》（${adoption}）${article}。访问日期：${accessed}。来源：${url}`,
};

/** The article section: zh-Hans here; the other locales in the locale packs (src/i18n/packs.ts). */
export const articleStrings: Section<'article', ArticleStrings> = { key: 'article', source: zhHans };
