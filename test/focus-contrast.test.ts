// Issue #10, theming: focus indicators meet WCAG 2.2 AA in light and dark. axe's color-contrast rule checks text only,
// so this walks every element with the keyboard (Tab) and checks each focus stop: an outline is drawn (style not none,
// at least 2px) and its colour has a contrast of at least 3:1 (WCAG 1.4.11 non-text contrast) against the background
// behind the control.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import '../src/define/plan-outline.js';
import '../src/define/plan-search.js';
import '../src/define/plan-figures.js';
import '../src/define/plan-document.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * [r, g, b, a] of a computed colour: rgb()/rgba() as engines serialise most computed colours, or `color(srgb r g b /
 * a)` (channels 0…1), which is how Chromium serialises a color-mix() such as the default faint fill.
 */
function rgba(colour: string): number[] {
  const m = /(rgba?|color)\((?:srgb )?([^)]+)\)/.exec(colour);
  if (!m) throw new Error(`not an rgb colour: ${colour}`);
  const [r, g, b, a = '1'] = m[2]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  const k = m[1] === 'color' ? 255 : 1;
  return [r * k, g * k, b * k, Number(a)];
}
const luminance = ([r, g, b]: number[]) => {
  const c = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
};
const contrast = (a: number[], b: number[]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

/** The first opaque background at or above `node`, across shadow roots. */
function backgroundOf(node: Element): number[] {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n instanceof Element) {
      const c = rgba(getComputedStyle(n).backgroundColor);
      if (c[3] === 1) return c;
    }
  }
  return [255, 255, 255, 1];
}

/** `node` is `el` or inside it, across shadow roots. */
function within(el: Element, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === el) return true;
  return false;
}

/** The focused element, inside shadow roots too. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

const ELEMENTS = [
  html`<plan-timeline></plan-timeline>`,
  html`<plan-target figure="gdp-2025" article-href="#article-{n}"></plan-target>`,
  html`<plan-article number="35" excerpt></plan-article>`,
  html`<plan-outline expanded="8" current="35"></plan-outline>`,
  html`<plan-search query="经济"></plan-search>`,
  html`<plan-figures></plan-figures>`,
  html`<plan-document></plan-document>`,
];
const THEMES = [
  { theme: 'light', page: 'color-scheme: light; background: #ffffff' },
  { theme: 'dark', page: 'color-scheme: dark; background: #121113' },
];
/** Focus stops checked per element (plan-document has hundreds: its first ones cover its own controls). */
const MAX_STOPS = 25;

for (const { theme, page } of THEMES) {
  describe(`focus indicators, ${theme}`, () => {
    for (const template of ELEMENTS) {
      const tag = (template.strings[0].match(/<([a-z-]+)/) ?? [])[1];
      it(`<${tag}>: every focus stop has an outline of at least 2px and 3:1 contrast`, async function () {
        this.timeout(30000);
        const box = await fixture<HTMLDivElement>(
          html`<div style=${page}><button id="before">before</button>${template}<button>after</button></div>`,
        );
        const el = box.querySelector<Updating>(tag)!;
        el.setAttribute('theme', theme);
        await el.updateComplete;
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 250)); // the search's debounced first query
        box.querySelector<HTMLButtonElement>('#before')!.focus();
        // a button after the element: the Tab that leaves it stays in the page (past the page's end, Firefox moves
        // focus to its own toolbar and the document stops matching :focus)
        const stops: string[] = [];
        for (let i = 0; i < MAX_STOPS; i++) {
          await sendKeys({ press: 'Tab' });
          const active = deepActive();
          if (!active || !within(el, active)) break;
          const style = getComputedStyle(active);
          const what = `${active.localName}${active.getAttribute('part') ? `[part=${active.getAttribute('part')}]` : ''}`;
          stops.push(what);
          expect(style.outlineStyle, `${what} outline style`).to.not.equal('none');
          expect(parseFloat(style.outlineWidth), `${what} outline width`).to.be.at.least(2);
          const ratio = contrast(rgba(style.outlineColor), backgroundOf(active));
          expect(ratio, `${what} outline ${style.outlineColor} contrast`).to.be.at.least(3);
        }
        expect(stops.length, `<${tag}> has focus stops`).to.be.above(0);
      });
    }
  });
}
