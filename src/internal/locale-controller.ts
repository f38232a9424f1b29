import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, formatNumber, LOCALES, matchLocale, pick, type LocaleCode, type LocaleTable } from '../i18n/locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Resolves an element's locale: its own `lang`, else the nearest ancestor with `lang` (across shadow roots),
 * else the document's, else zh-Hans. Re-renders the host when the document language changes.
 */
export class LocaleController implements ReactiveController {
  private static hosts = new Set<Host>();
  private static observer?: MutationObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    LocaleController.hosts.add(this.host);
    if (!LocaleController.observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
      LocaleController.observer = new MutationObserver(() => LocaleController.hosts.forEach((h) => h.requestUpdate()));
      LocaleController.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  hostDisconnected(): void {
    LocaleController.hosts.delete(this.host);
  }

  /** The raw language tag in effect (own, inherited or document). */
  get requested(): string {
    // Duck-typed rather than `instanceof Element/ShadowRoot`: those globals do not exist in server rendering.
    let node: Node | null = this.host;
    while (node) {
      if (node.nodeType === 1 && (node as Element).hasAttribute?.('lang')) return (node as Element).getAttribute('lang') ?? '';
      node = node.parentNode ?? (node as ShadowRoot).host ?? null;
    }
    return typeof document !== 'undefined' ? (document.documentElement?.lang ?? '') : '';
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
