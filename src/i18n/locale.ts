/**
 * Locale resolution and formatting. Deliberately not @lit/localize's page-global configureLocalization: a
 * widget must not fight the host page's own i18n. Each element resolves its own locale from its `lang`
 * attribute, else the nearest ancestor's `lang`, else the document's, else zh-Hans.
 */
import type { LocaleCode } from './types.js';

export type { LocaleCode, Section } from './types.js';

export const DEFAULT_LOCALE = 'zh-Hans' satisfies LocaleCode;
/** The supported locales; each code is also its BCP 47 tag (for Intl and `lang`). All are left-to-right. */
const CODES: readonly LocaleCode[] = ['zh-Hans', 'zh-Hant-HK', 'zh-Hant-TW', 'en'];

/** Locales with a translation, for messages that list valid values. */
export function supportedLocales(): LocaleCode[] {
  return [...CODES];
}

/**
 * Maps a BCP 47 tag to a supported locale, or undefined (callers fall back to the default and warn):
 * - zh, zh-CN, zh-SG, zh-Hans(-*) → zh-Hans;
 * - zh-Hant, zh-HK, zh-MO, zh-Hant-HK, zh-Hant-MO → zh-Hant-HK (Hong Kong forms are the Traditional default);
 * - zh-TW, zh-Hant-TW → zh-Hant-TW (Taiwan forms and phrasing);
 * - en, en-* → en.
 * Case and `_` for `-` do not matter; other tags (ja, fr, garbage) are unsupported.
 */
export function matchLocale(tag: string | null | undefined): LocaleCode | undefined {
  const t = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (/^en(-|$)/.test(t)) return 'en';
  if (/^zh(-cn|-sg|-hans(-.*)?)?$/.test(t)) return 'zh-Hans';
  const hant = /^zh-(hant-)?(hk|mo|tw)$|^zh-hant$/.exec(t);
  return hant ? (hant[2] === 'tw' ? 'zh-Hant-TW' : 'zh-Hant-HK') : undefined;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Intl.NumberFormat, cached per locale and options. */
export function formatNumber(value: number, lang: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    // Chinese text writes 1200公里, 2.8万亿元 (no grouping); English 1,200 km
    f = new Intl.NumberFormat(lang, { useGrouping: !lang.startsWith('zh'), maximumFractionDigits: 2, ...options });
    numberFormats.set(key, f);
  }
  return f.format(value);
}
