import { DEFAULT_LOCALE, formatNumber, LOCALES, matchLocale, pick, type LocaleCode, type LocaleTable } from '../i18n/locale.js';
import { AncestorsController, closestAttribute } from './ancestors.js';

/**
 * Resolves an element's locale: its own `lang`, else the nearest ancestor with `lang` (across shadow roots),
 * else the document's, else zh-Hans. Re-renders the host when the tag in effect changes: its own `lang`, an
 * ancestor's (also inside shadow roots it is in) or the document's changed, or it was moved.
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

  /** The supported locale in effect; an unsupported tag falls back to the default. */
  get code(): LocaleCode {
    return matchLocale(this.requested) ?? DEFAULT_LOCALE;
  }

  /** True when the element's own `lang` asks for a locale we do not have (so the element can warn). */
  get ownLangUnsupported(): boolean {
    const own = this.host.getAttribute('lang');
    return own !== null && own !== '' && matchLocale(own) === undefined;
  }

  /** A section's strings in the locale in effect, e.g. `strings(targetStrings)`. */
  strings<S>(table: LocaleTable<S>): S {
    return pick(table, this.code);
  }

  /** BCP 47 tag of the locale in effect, for Intl. */
  get lang(): string {
    return LOCALES[this.code].lang;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.lang, options);
  }
}
