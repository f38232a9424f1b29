import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type DirectiveResult, type PartInfo } from 'lit/directive.js';

type Props = Readonly<Record<`--${string}`, string>>;

/**
 * `style=${cssProps({ '--_n': '5' })}`: CSS custom properties on an element, set through the CSSOM
 * (`style.setProperty`) at every client render, the first included. Lit's `styleMap` writes its first render as a
 * `style` attribute (setAttribute), which a strict Content-Security-Policy without `'unsafe-inline'` for styles
 * (`style-src 'self'`) blocks (issue #9; test/csp/csp.test.ts); CSSOM changes are allowed. A server render (which calls
 * `render` only) still writes the attribute, and the client's first update sets the same values through the CSSOM.
 */
class CssPropsDirective extends Directive {
  private names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style' || (info.strings?.length ?? 0) > 2) {
      throw new Error('cssProps() must be the whole value of a `style` attribute');
    }
  }

  render(props: Props): string {
    return Object.entries(props)
      .map(([name, value]) => `${name}:${value};`)
      .join('');
  }

  override update(part: AttributePart, [props]: [Props]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.names) {
      if (!(name in props)) {
        style.removeProperty(name);
        this.names.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      style.setProperty(name, value);
      this.names.add(name);
    }
    return noChange;
  }
}

// typed by hand: the inferred type is written into dist/*.d.ts as import("lit-html/directive.js"), a package this
// one does not depend on (only lit does), which strict installs (pnpm) cannot resolve
export const cssProps: (props: Props) => DirectiveResult<typeof CssPropsDirective> = directive(CssPropsDirective);
