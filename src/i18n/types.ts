/**
 * Every user-facing UI string of every element goes through src/i18n (plan text comes from the dataset, never
 * from translations). Strings are grouped in per-element sections (src/i18n/sections/*): each declares its
 * interface next to one object per locale, gathered in a LocaleTable. An element imports only the sections it
 * uses (common + its own), so one element's bundle does not carry another element's strings.
 * Adding a locale = one LocaleCode + LOCALES entry (locale.ts) and one object per section; TypeScript flags any
 * missing locale or key.
 */
export type LocaleCode = 'zh-Hans';

/** One section's strings in every supported locale. */
export type LocaleTable<S> = { readonly [L in LocaleCode]: S };

export interface LocaleInfo {
  /** BCP 47 tag for Intl and the lang attribute. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}
