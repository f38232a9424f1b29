import type { Section } from '../types.js';

/** Strings of <plan-timeline>. Plan text (labels, headlines, goals, figures) comes from the dataset, not from here. */
export interface TimelineStrings {
  /** Accessible name of the ordered list of stages (the keyboard control). */
  stagesLabel: string;
  /** Heading of the goal list in the details panel, for the long-range stages. */
  goalsHeading: string;
  /** Heading of the outcome list in the details panel, for the 2020 starting point. */
  outcomesHeading: string;
  /** Heading of the figure chips in the details panel. */
  figuresHeading: string;
  /** Tag on a figure the plan flags as an estimate (预计). */
  estimate: string;
  /** What a multiple or doubling is relative to, e.g. 基数：二〇二〇年. */
  figureBase: (base: string) => string;
  /** Live announcement when a stage is selected, e.g. 已选择二〇二五年：建成…. */
  selectedAnnouncement: (label: string, headline: string) => string;
  /** Note under the axis when a stage without a year (mid-century) is drawn at an approximate position. */
  approximateNote: (label: string) => string;
  /** The share button of the details panel (`hash-bookmark`): copies a link to the selected stage. */
  copyLink: string;
  /** Visually hidden context of the share button, e.g. （二〇三五年）. */
  copyLinkContext: (label: string) => string;
  /** Polite announcements after the share button was used. */
  linkCopied: string;
  copyFailed: string;
}

const zhHans: TimelineStrings = {
  stagesLabel: '发展阶段',
  goalsHeading: '主要目标',
  outcomesHeading: '主要成就',
  figuresHeading: '主要指标',
  estimate: '预计',
  figureBase: (base) => `基数：${base}`,
  selectedAnnouncement: (label, headline) => `已选择${label}：${headline}`,
  approximateNote: (label) => `${label}的位置仅为示意`,
  copyLink: '复制链接',
  copyLinkContext: (label) => `（${label}）`,
  linkCopied: '链接已复制',
  copyFailed: '复制失败，请从地址栏复制链接。',
};

/** The timeline section: zh-Hans here; the other locales in the locale packs (src/i18n/packs.ts). */
export const timelineStrings: Section<'timeline', TimelineStrings> = { key: 'timeline', source: zhHans };
