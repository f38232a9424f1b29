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
import type { OutlineStrings } from './sections/outline.js';
import type { SearchStrings } from './sections/search.js';
import type { FiguresStrings } from './sections/figures.js';
import type { DocumentStrings } from './sections/document.js';
import type { ChapterText, Figure, PlanMeta, Stage, StageFigure } from '../data/types.js';
import type { ArticleSummary, ChapterSummary } from '../data/outline-types.js';
import type { LocaleCode } from './types.js';

/** Every section's strings. */
export interface UiStrings {
  readonly common: CommonStrings;
  readonly article: ArticleStrings;
  readonly target: TargetStrings;
  readonly timeline: TimelineStrings;
  readonly outline: OutlineStrings;
  readonly search: SearchStrings;
  readonly figures: FiguresStrings;
  readonly document: DocumentStrings;
}

/**
 * A figure's reader-facing text in a locale (the other fields are the registry's). `scale` (English): what numbers
 * in the registry's unit are multiplied by to be read in this `unit` (43 万套 → 430,000 units: 10000).
 */
export type FigureText = Pick<Figure, 'label' | 'phrase' | 'valueText' | 'unit' | 'qualifier' | 'base'> & { readonly scale?: number };

/** A figure of the registry with its reader-facing text in a locale (the registry's numbers stay). */
export type LocalFigure = Figure & Pick<FigureText, 'scale'>;

/** `f` with the text of `pack` (undefined: zh-Hans, the registry's own text). */
export function localFigure(f: Figure, pack: LocalePack | undefined): LocalFigure {
  return { ...f, ...pack?.figures[f.id] };
}

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
  /**
   * Chapter titles and article leads, the preamble and the closing paragraph — for outlines and whole documents, so a
   * chunk of its own, loaded by the elements that show them (`loadLocaleOutline`), not with the pack.
   */
  readonly outline: () => Promise<{ default: OutlineData }>;
  /** The article text of each chapter (1…15) in this locale, each its own chunk (src/data/text.ts loads them). */
  readonly chapters: readonly (() => Promise<{ default: ChapterText }>)[];
}

/** Chapter titles, article leads, preamble and closing in a locale (zh-Hans: src/data/outline.ts). */
export interface OutlineData {
  readonly chapters: readonly ChapterSummary[];
  readonly articles: readonly ArticleSummary[];
  readonly preamble: readonly string[];
  readonly closing: readonly string[];
}

export type OtherLocale = Exclude<LocaleCode, 'zh-Hans'>;

/** The packs and outlines that have arrived (filled by load.ts). */
export const packs = new Map<LocaleCode, LocalePack>();
export const outlines = new Map<LocaleCode, OutlineData>();

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

/** Loads a locale's pack and its outline data (once; see loadLocalePack). */
export function loadLocaleOutline(code: OtherLocale): Promise<OutlineData> {
  return import('./load.js').then((m) => m.loadOutline(code));
}

/**
 * For elements that show chapter titles or leads (outline, figures, document): while the outline chunk of `code` has
 * not arrived, a promise that settles when it has or failed (the loader warns; the zh-Hans outline is shown), which
 * the element's update waits for; undefined when there is nothing to wait for.
 */
export function outlinePending(code: LocaleCode): Promise<unknown> | undefined {
  return code === 'zh-Hans' || outlines.has(code) ? undefined : loadLocaleOutline(code).catch(() => undefined);
}
