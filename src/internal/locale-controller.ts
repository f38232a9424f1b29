import { DEFAULT_LOCALE, formatNumber, matchLocale, type LocaleCode, type Section } from '../i18n/locale.js';
import { loadLocalePack, localePack, outlines, type LocalePack, type OutlineData, type UiStrings } from '../i18n/packs.js';
import { AncestorsController, closestAttribute } from './ancestors.js';

/**
 * Resolves an element's locale: its own `lang`, else the nearest ancestor with `lang` (across shadow roots),
 * else the document's, else zh-Hans. Re-renders the host when the tag in effect changes: its own `lang`, an
 * ancestor's (also inside shadow roots it is in) or the document's changed, or it was moved.
 *
 * A locale other than zh-Hans needs its pack (src/i18n/packs.ts): `pending()` loads it, and the element's update
 * waits for it (PlanElement.scheduleUpdate), so the reader never sees the element switch languages. Until a pack
 * has arrived — or if it cannot be loaded — `code` is zh-Hans.
 *
 * `dir` needs nothing here: CSS `direction` inherits from the host into its shadow tree, the styles use logical
 * properties, and script that needs the direction reads the computed style when it acts.
 */
export class LocaleController extends AncestorsController {
  private seen?: string;

  /** Re-renders the host if the language tag in effect is not the one it last saw. */
  protected sync(): void {
    const tag = this.requested;
    if (tag !== this.seen) {
      this.seen = tag;
      this.host.requestUpdate();
    }
  }

  /** The raw language tag in effect (own, inherited or document). */
  get requested(): string {
    return closestAttribute(this.host, 'lang') ?? (typeof document !== 'undefined' ? (document.documentElement?.lang ?? '') : '');
  }

  /** The supported locale the tag in effect asks for (unsupported → zh-Hans). */
  get wanted(): LocaleCode {
    return matchLocale(this.requested) ?? DEFAULT_LOCALE;
  }

  /** The locale the element renders in: the wanted one once its pack is here, zh-Hans until then. */
  get code(): LocaleCode {
    const wanted = this.wanted;
    return wanted === DEFAULT_LOCALE || localePack(wanted) ? wanted : DEFAULT_LOCALE;
  }

  /**
   * Chapter titles, leads, preamble and closing in the locale in effect, once loaded (elements that show them wait for
   * `loadLocaleOutline` themselves); undefined for zh-Hans (src/data/outline.ts) or before it has arrived.
   */
  get outline(): OutlineData | undefined {
    return outlines.get(this.code);
  }

  /** The pack of the locale in effect; undefined for zh-Hans (the source). */
  get pack(): LocalePack | undefined {
    return localePack(this.code);
  }

  /**
   * While the wanted locale's pack is not here: a promise that settles when it has arrived, failed or timed out
   * (then the element renders in zh-Hans and the console says why, once). Otherwise undefined.
   */
  pending(): Promise<unknown> | undefined {
    const wanted = this.wanted;
    // a pack that cannot be loaded is warned about by the loader (src/i18n/load.ts); the element renders in zh-Hans
    return wanted === DEFAULT_LOCALE || localePack(wanted) ? undefined : loadLocalePack(wanted).catch(() => {});
  }

  /** True when the element's own `lang` asks for a locale we do not have (so the element can warn). */
  get ownLangUnsupported(): boolean {
    const own = this.host.getAttribute('lang');
    return own !== null && own !== '' && matchLocale(own) === undefined;
  }

  /** A section's strings in the locale in effect, e.g. `strings(targetStrings)`. */
  strings<K extends keyof UiStrings>(section: Section<K, UiStrings[K]>): UiStrings[K] {
    return this.pack?.ui[section.key] ?? section.source;
  }

  /** BCP 47 tag of the locale in effect, for Intl and `lang` attributes. */
  get lang(): string {
    return this.code;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.lang, options);
  }
}
