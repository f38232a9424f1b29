/**
 * The typed translation. Every user-facing UI string of every element goes through here (plan text comes from
 * the dataset, never from translations). Strings are grouped in per-element sections (src/i18n/sections/*),
 * each declaring its interface next to its Simplified Chinese strings; parameterised strings are functions.
 * Adding a locale = one object per section + one entry in locale.ts; TypeScript flags any missing key.
 */
import type { ArticleStrings } from './sections/article.js';
import type { CommonStrings } from './sections/common.js';
import type { TargetStrings } from './sections/target.js';
import type { TimelineStrings } from './sections/timeline.js';

export type LocaleCode = 'zh-Hans';

export interface Translation {
  readonly $code: LocaleCode;
  /** BCP 47 tag for Intl and the lang attribute. */
  readonly $lang: string;
  readonly $dir: 'ltr' | 'rtl';
  readonly common: CommonStrings;
  readonly timeline: TimelineStrings;
  readonly target: TargetStrings;
  readonly article: ArticleStrings;
}
