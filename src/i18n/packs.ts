/**
 * Locale packs: everything a non-default locale needs besides the zh-Hans source — UI strings of every section, the
 * plan's metadata, the timeline's stages and chips, the figures' reader-facing text. One chunk per locale, loaded
 * with import() the first time an element resolves to it (a zh-Hans page never downloads one, nor the loading code,
 * src/i18n/load.ts); article text is loaded per locale and chapter (src/data/text.ts, through the pack).
 */
import type { CommonStrings } from './sections/common.js';
import type { ArticleStrings } from './sections/article.js';
import type { TargetStrings } from './sections/target.js';
import type { TimelineStrings } from './sections/timeline.js';
import type { ChapterText, Figure, PlanMeta, Stage, StageFigure } from '../data/types.js';
import type { LocaleCode } from './types.js';

/** Every section's strings. */
export interface UiStrings {
  readonly common: CommonStrings;
  readonly article: ArticleStrings;
  readonly target: TargetStrings;
  readonly timeline: TimelineStrings;
}

/**
 * A figure's reader-facing text in a locale (the other fields are the registry's). `scale` (English): what numbers
 * in the registry's unit are multiplied by to be read in this `unit` (43 万套 → 430,000 units: 10000).
 */
export type FigureText = Pick<Figure, 'label' | 'phrase' | 'valueText' | 'unit' | 'qualifier' | 'base'> & { readonly scale?: number };

export interface LocalePack {
  readonly ui: UiStrings;
  readonly meta: PlanMeta;
  readonly stages: readonly Stage[];
  readonly stageFigures: { readonly [id: string]: readonly StageFigure[] };
  readonly figures: { readonly [id: string]: FigureText };
  /**
   * The language of the plan text this pack shows: its own (zh-Hant-*), or zh-Hans where a translation quotes the
   * original (English figure cards quote the Chinese phrase).
   */
  readonly phraseLang: string;
  /** True when the text is a translation (English): the elements say it is unofficial and offer the original. */
  readonly translated: boolean;
  /** The article text of each chapter (1…15) in this locale, each its own chunk (src/data/text.ts loads them). */
  readonly chapters: readonly (() => Promise<{ default: ChapterText }>)[];
}

export type OtherLocale = Exclude<LocaleCode, 'zh-Hans'>;

/** The packs that have arrived (filled by load.ts). */
export const packs = new Map<LocaleCode, LocalePack>();

/** The pack of a locale if it has arrived, else undefined (zh-Hans has none: its text is the source). */
export function localePack(code: LocaleCode): LocalePack | undefined {
  return packs.get(code);
}

/**
 * Loads a locale's pack (once; rejects if its chunk cannot be loaded or does not answer in time, and a later call
 * tries again). The loading code is itself a chunk (load.ts), so a zh-Hans page downloads none of it.
 */
export function loadLocalePack(code: OtherLocale): Promise<LocalePack> {
  return import('./load.js').then((m) => m.load(code));
}
