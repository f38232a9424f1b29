import type { Section } from '../types.js';

/** Strings of <plan-document> (the whole plan as one document). Plan text comes from the dataset, not from here. */
export interface DocumentStrings {
  /** Accessible name of the document region. */
  label: string;
  /** Heading of the table of contents beside the text (a disclosure on narrow screens). */
  contents: string;
  /** The adoption line under the title, from the dataset, e.g. （2020年12月22日中国共产党深圳市第六届委员会第十七次全体会议通过） */
  adoption: (text: string) => string;
}

const zhHans: DocumentStrings = {
  label: '规划建议全文',
  contents: '目录',
  adoption: (text) => `（${text}）`,
};

/** The document section: zh-Hans here; the other locales in the locale packs (src/i18n/packs.ts). */
export const documentStrings: Section<'document', DocumentStrings> = { key: 'document', source: zhHans };
