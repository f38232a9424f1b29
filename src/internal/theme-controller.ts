import { AncestorsController, closestAttribute } from './ancestors.js';
import { describeValue, warnOnce } from './warn.js';

/** The page switch: `<html data-plan-theme="dark">` (or on any ancestor; the nearest wins). */
export const PAGE_THEME = 'data-plan-theme';

/**
 * Applies the page's own theme switch, `data-plan-theme="light|dark"` on `<html>` or an ancestor, by adding a
 * sheet of its own, `:host { color-scheme: … }`, to the host's shadow root: no attribute, class or inline style is
 * written on the host (the page owns those) and nothing is injected into the page. The element's `theme` still
 * wins; print wins over both. Without a switch the host simply inherits the page's `color-scheme` (tokens.ts).
 */
export class ThemeController extends AncestorsController {
  private page?: string | null;
  /** This host's own sheet, `:host { color-scheme: … }` or empty; `:host([theme])` in tokens.ts is more specific. */
  private sheet?: CSSStyleSheet;

  protected sync(): void {
    const page = closestAttribute(this.host, PAGE_THEME);
    const root = this.host.shadowRoot;
    if (page === this.page || !root) return;
    this.page = page;
    const valid = page === 'light' || page === 'dark';
    if (page && !valid) warnOnce(`${PAGE_THEME}="${describeValue(page)}" is not valid; valid values: light, dark.`);
    if (!this.sheet) {
      if (!valid) return;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, (this.sheet = new CSSStyleSheet())];
    }
    this.sheet.replaceSync(valid ? `:host{color-scheme:${page}}` : '');
  }
}
