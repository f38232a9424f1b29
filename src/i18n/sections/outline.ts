import type { Section } from '../types.js';

/** Strings of <plan-outline> (the 15 chapters and 73 articles as a navigable tree). Plan text comes from the dataset, not from here. */
export interface OutlineStrings {
  /** Accessible name of the element's main region. */
  label: string;
  /** A chapter's button or heading, from the chapter's numeral and title, e.g. 八、加快数字化整体转型… */
  chapterHeading: (numeral: string, title: string) => string;
  /** Between an article's number (第35条) and its lead in a link. */
  leadSeparator: string;
}

const zhHans: OutlineStrings = {
  label: '目录',
  chapterHeading: (numeral, title) => `${numeral}、${title}`,
  leadSeparator: '　',
};

/** The outline section: zh-Hans here; the other locales in the locale packs (src/i18n/packs.ts). */
export const outlineStrings: Section<'outline', OutlineStrings> = { key: 'outline', source: zhHans };
