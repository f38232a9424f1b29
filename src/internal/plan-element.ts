import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { supportedLocales } from '../i18n/locale.js';
import { commonStrings, type CommonStrings } from '../i18n/sections/common.js';
import { hostStyles } from '../styles/tokens.js';
import { VERSION } from '../generated/version.js';
import { LocaleController } from './locale-controller.js';
import { ThemeController } from './theme-controller.js';
import { describeValue, warnOnce } from './warn.js';

let impression: Promise<typeof import('./impression.js')> | undefined;

export const THEMES = ['light', 'dark'] as const;
export type PlanTheme = (typeof THEMES)[number];

/**
 * Base class of every element: host styles and tokens, locale resolution, the page's theme switch, theme
 * validation and the shared bad-input path (warn once in the console, render a short message, never throw into
 * the host page). Removing an attribute restores the property's default, silently.
 */
export abstract class PlanElement extends LitElement {
  /**
   * The shenzhen-plan-widgets release this class comes from (package.json `version`, written at build time).
   * `defineElement` compares it when a tag is already taken: same release loaded twice → silent, else it warns.
   */
  static readonly version: string = VERSION;

  static override styles = [hostStyles];

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /**
   * Colour scheme: `light` or `dark`, overriding the page. Without it the element follows the page: the switch
   * `data-plan-theme` on `<html>` (or the nearest ancestor), else the page's CSS `color-scheme` (light unless the
   * page opts into dark, e.g. `color-scheme: light dark`). Print is always black on white.
   */
  declare theme?: 'light' | 'dark';

  protected readonly localize = new LocaleController(this);
  protected readonly theming = new ThemeController(this);

  /** Each attribute's property and its value before the attribute was first set: what removing it restores. */
  private defaults?: Record<string, [PropertyKey, unknown]>;

  /**
   * `plan-impression` (internal/impression.ts, a chunk of its own: 0.3 kB that no element needs for its first render,
   * loaded once per page after the first element connects): watched while connected, until first seen.
   */
  override connectedCallback(): void {
    super.connectedCallback();
    void (impression ??= import('./impression.js')).then((m) => {
      if (this.isConnected) m.observeImpression(this);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void impression?.then((m) => m.unobserveImpression(this));
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    this.defaults ??= Object.fromEntries(
      [...(this.constructor as typeof PlanElement).elementProperties].map(([p, o]) => [
        typeof o.attribute === 'string' ? o.attribute : String(p).toLowerCase(),
        [p, this[p as keyof this]],
      ]),
    );
    const [prop, initial] = this.defaults[name] ?? [];
    // A string default goes through Lit's attribute path (so it is not reflected back onto the host); an absent
    // default (undefined) is restored as undefined rather than Lit's null; booleans come back false by themselves.
    super.attributeChangedCallback(name, old, value ?? (typeof initial === 'string' ? initial : null));
    if (value === null && prop && initial === undefined) (this as Record<PropertyKey, unknown>)[prop] = undefined;
  }

  /**
   * An update waits for the locale pack when the element's locale is not zh-Hans and its pack has not arrived
   * (LocaleController.pending), so the element renders in that language from its first frame and never flips.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.localize.pending();
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Strings shared by every element, in the locale in effect. */
  protected get common(): CommonStrings {
    return this.localize.strings(commonStrings);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('theme') && this.theme && !(THEMES as readonly string[]).includes(this.theme)) {
      this.warnInvalid('theme', this.theme, THEMES);
    }
    if (this.localize.ownLangUnsupported) this.warnInvalid('lang', this.getAttribute('lang') ?? '', supportedLocales());
  }

  /** Warns once per element name, attribute and value, naming the valid values. An absent value (null, undefined) is not a bad one. */
  protected warnInvalid(attribute: string, value: unknown, valid: readonly string[]): void {
    if (value != null)
      warnOnce(
        `<${this.localName}> ${attribute}="${describeValue(value)}" is not valid; ${valid.length ? `valid values: ${valid.join(', ')}` : 'see the documentation'}.`,
      );
  }

  /**
   * In place of the element when a required attribute is unusable: the content the page put inside the tag (its
   * fallback), else a short neutral notice. Readers of a published page never see attribute names or valid values:
   * those are for the page's developer, in the console (the element warns once, see warnInvalid).
   */
  protected renderProblem(): TemplateResult {
    // element or non-blank text children count as fallback (the server's DOM shim has no childNodes)
    const fallback = Array.prototype.some.call(this.childNodes ?? [], (n: Node) => n.nodeType === 1 || !!n.textContent?.trim());
    return html`<slot @slotchange=${() => this.requestUpdate()}></slot>${
      fallback ? nothing : html`<p class="problem" part="error" role="note">${this.common.unavailable}</p>`
    }`;
  }
}
