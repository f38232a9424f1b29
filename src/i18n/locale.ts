/**
 * Locale resolution and formatting. Deliberately not @lit/localize's page-global configureLocalization: a
 * widget must not fight the host page's own i18n. Each element resolves its own locale from its `lang`
 * attribute, else the nearest ancestor's `lang`, else the document's, else zh-Hans.
 */
import type { LocaleCode, LocaleInfo, LocaleTable } from './types.js';

export type { LocaleCode, LocaleInfo, LocaleTable } from './types.js';

export const DEFAULT_LOCALE: LocaleCode = 'zh-Hans';
export const LOCALES: LocaleTable<LocaleInfo> = { 'zh-Hans': { lang: 'zh-Hans', dir: 'ltr' } };

/** Locales with a translation, for messages that list valid values. */
export function supportedLocales(): LocaleCode[] {
  return Object.keys(LOCALES) as LocaleCode[];
}

/**
 * Maps a BCP 47 tag to a supported locale: zh, zh-CN, zh-SG, zh-Hans-* → zh-Hans. Unknown or malformed tags
 * resolve to undefined (callers fall back to the default and warn).
 */
export function matchLocale(tag: string | null | undefined): LocaleCode | undefined {
  if (!tag) return undefined;
  const t = tag.trim().toLowerCase().replace(/_/g, '-');
  if (t === 'zh' || t === 'zh-cn' || t === 'zh-sg' || t === 'zh-hans' || t.startsWith('zh-hans-')) return 'zh-Hans';
  return undefined;
}

/** A section's strings for a locale (the default locale's when the table lacks it). */
export function pick<S>(table: LocaleTable<S>, code: LocaleCode): S {
  return table[code] ?? table[DEFAULT_LOCALE];
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Intl.NumberFormat, cached per locale and options. */
export function formatNumber(value: number, lang: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 2, ...options });
    numberFormats.set(key, f);
  }
  return f.format(value);
}
