import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { supportedLocales } from '../i18n/locale.js';
import { commonStrings, type CommonStrings } from '../i18n/sections/common.js';
import { hostStyles } from '../styles/tokens.js';
import { LocaleController } from './locale-controller.js';
import { describeValue, warnOnce } from './warn.js';

export const THEMES = ['light', 'dark'] as const;

/** A bad attribute value, rendered as a small readable message instead of the element's content. */
export interface InputProblem {
  attribute: string;
  value: string;
  valid: readonly string[];
}

/**
 * Base class of every element: host styles and tokens, locale resolution, theme validation and the shared
 * bad-input path (warn once in the console, render a short message, never throw into the host page).
 */
export abstract class PlanElement extends LitElement {
  static override styles = [hostStyles];

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /** Colour scheme override: `light` or `dark`. Without it the element follows `prefers-color-scheme`. */
  declare theme?: string;

  protected readonly localize = new LocaleController(this);

  /** Strings shared by every element, in the locale in effect. */
  protected get common(): CommonStrings {
    return this.localize.strings(commonStrings);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('theme') && this.theme != null && this.theme !== '' && !(THEMES as readonly string[]).includes(this.theme)) {
      this.warnInvalid('theme', this.theme, THEMES);
    }
    if (this.localize.ownLangUnsupported) this.warnInvalid('lang', this.getAttribute('lang') ?? '', supportedLocales());
  }

  /** Warns once per element name, attribute and value, naming the valid values. */
  protected warnInvalid(attribute: string, value: unknown, valid: readonly string[]): void {
    warnOnce(
      `<${this.localName}> ${attribute}="${describeValue(value)}" is not valid; ${valid.length ? `valid values: ${valid.join(', ')}` : 'see the documentation'}.`,
    );
  }

  /** The message shown in place of the element when a required attribute is unusable. */
  protected renderProblem(problem: InputProblem, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    const { common } = this;
    return html`<p class="problem" part="error" role="note">
      <strong>${common.invalidInput(problem.attribute)}</strong>
      ${problem.valid.length ? html`<span>${common.validValues(problem.valid.join(common.listSeparator))}</span>` : nothing}
      ${extra}
    </p>`;
  }
}
