/**
 * Every user-facing UI string of every element goes through src/i18n (plan text comes from the dataset, never
 * from translations). Strings are grouped in per-element sections (src/i18n/sections/*): each declares its
 * interface next to its zh-Hans object, the source. The other locales come in locale packs (src/i18n/packs.ts),
 * loaded with import() when an element first resolves to that locale, so a zh-Hans page never downloads them:
 * zh-Hant-HK and zh-Hant-TW are generated from the zh-Hans sections with OpenCC at build time
 * (scripts/build-hant.ts); English is written by hand (src/i18n/en/). TypeScript flags a missing key.
 */
export type LocaleCode = 'zh-Hans' | 'zh-Hant-HK' | 'zh-Hant-TW' | 'en';

/** A section of UI strings: its key in a locale pack's `ui` and its zh-Hans strings (the source, always bundled). */
export interface Section<K extends string, S> {
  readonly key: K;
  readonly source: S;
}
