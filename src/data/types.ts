/**
 * The typed model of the plan (规划建议). Everything here is produced at build time from the seed text
 * (seeds/000_5c869d822c55e6be.txt + seeds/errata.json) by `parsePlan`, except the figure registry, which is
 * hand-curated in `figures.ts` and tied to the text by tests.
 */

/** Chapter numbers 1…15 (一…十五). */
export type ChapterNumber = number;
/** Article numbers 1…73, continuous across chapters. */
export type ArticleNumber = number;

export interface PlanMeta {
  /** Exact title: 中共深圳市委关于制定深圳市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议 */
  readonly title: string;
  /** The adoption line without its parentheses. */
  readonly adoption: string;
  /** ISO date of adoption (2020-12-22). */
  readonly adoptedOn: string;
  /** The meeting that adopted it (中国共产党深圳市第六届委员会第十七次全体会议). */
  readonly adoptedBy: string;
  /** The publication note that precedes the source URL (此件已公开发布。文稿来源：). */
  readonly publicationNote: string;
  readonly sourceUrl: string;
}

export interface Chapter {
  readonly number: ChapterNumber;
  /** 一 … 十五 */
  readonly numeral: string;
  readonly title: string;
  /** Paragraphs between the chapter heading and its first article (chapter 1 and 2 have none). */
  readonly intro: readonly string[];
  /** Numbers of the articles of this chapter, in order. */
  readonly articles: readonly ArticleNumber[];
}

export interface Article {
  readonly number: ArticleNumber;
  readonly chapter: ChapterNumber;
  /** The opening sentence without its full stop, used as the article's title. */
  readonly lead: string;
  /**
   * Logical paragraphs, page-break splits rejoined. The first paragraph starts with the lead (followed by 。,
   * except article 7 whose opening line is only the lead). Paragraphs starting with —— are list items.
   */
  readonly paragraphs: readonly string[];
}

/** The article text of one chapter: the unit of lazy loading. */
export interface ChapterText {
  readonly chapter: Chapter;
  readonly articles: readonly Article[];
}

export type StageId = '2020' | '2025' | '2030' | '2035' | 'mid-century';

export interface Stage {
  readonly id: StageId;
  /** `outcome`: the 2020 starting point (13th Five-Year results); `goal`: a long-range stage of article 4. */
  readonly kind: 'outcome' | 'goal';
  /** Calendar year, or null for mid-century (本世纪中叶 is not a year). */
  readonly year: number | null;
  /** Position on a year axis; for mid-century an approximation (2050) used only for layout, never printed. */
  readonly position: number;
  /** The stage's name as the text writes it: 二〇二五年 … 本世纪中叶. */
  readonly label: string;
  readonly headline: string;
  /** Component goals (or outcomes), each an exact substring of the article. */
  readonly goals: readonly string[];
  readonly article: ArticleNumber;
}

export type FigureKind = 'baseline' | 'target';

export interface Figure {
  /** Stable kebab-case id, e.g. `gdp-2025`. */
  readonly id: string;
  /** Groups a baseline and a target of the same measure (e.g. `gdp`, `rd-intensity`). */
  readonly measure: string;
  /** Short label, an exact substring of the phrase (e.g. 地区生产总值). */
  readonly label: string;
  readonly kind: FigureKind;
  /** Numeric value (for 二十八连冠: 28; for 翻一番: 2, i.e. a multiple of the base). */
  readonly value: number;
  /** The value as written in the text (2.8, 二十八, 翻一番). */
  readonly valueText: string;
  /** Unit as written (万亿元, %, 公里, 所, 倍, 连冠 …); `倍` for multiples and doublings. */
  readonly unit: string;
  /** Qualifier as written (超过, 左右, 不低于, 突破, 达, 接近, 近 …) or null. */
  readonly qualifier: string | null;
  /** True when the text flags the value as an estimate (预计). */
  readonly estimate: boolean;
  /** Year stated or clearly implied, else null (never invented). */
  readonly year: number | null;
  readonly article: ArticleNumber;
  /** The exact phrase as it stands in the article text. */
  readonly phrase: string;
  /** For multiples and doublings: what the multiple is relative to, as written (e.g. “十二五”期末). */
  readonly base?: string;
}

/**
 * A figure as the timeline shows it (a chip in a stage's details): only the fields the chip needs, so that
 * <plan-timeline> does not bundle the whole figure registry. Derived at build time by toStageFigure().
 */
export interface StageFigure {
  readonly id: string;
  readonly label: string;
  readonly valueText: string;
  /** The unit only where the phrase writes it after the value (4万亿元, 三倍); '' for 翻一番, 倍增 … */
  readonly unit: string;
  readonly qualifier: string | null;
  readonly estimate: boolean;
  readonly article: ArticleNumber;
  readonly base?: string;
}

/** A number in the text that is not a quantity, listed so that nothing is skipped silently. */
export interface NonFigure {
  /** The exact phrase as it stands in the text. */
  readonly phrase: string;
  /** Where it stands: an article number, or 'preamble' / 'header' / 'chapter-N' / 'closing'. */
  readonly where: ArticleNumber | string;
  readonly reason: string;
}

export interface Plan {
  readonly meta: PlanMeta;
  readonly preamble: readonly string[];
  readonly chapters: readonly Chapter[];
  readonly articles: readonly Article[];
  readonly closing: readonly string[];
  readonly stages: readonly Stage[];
}

/** One correction of the seed (seeds/errata.json). */
export interface Erratum {
  readonly id: string;
  readonly kind: 'page-break' | 'duplicate-character' | 'spacing' | 'official-typo';
  readonly line: number;
  readonly before: string;
  readonly after: string;
  readonly reason: string;
  readonly boundary?: 'within-word' | 'between-words' | 'sentence-end';
  readonly decision?: 'kept' | 'corrected';
  readonly suggested?: string;
}
