// Issue #10, theming: fonts and the text-on-accent token.
// - Fonts: without --plan-font-family the elements inherit the page's font exactly; with it, every part uses the
//   site's stack first and then the CJK stack of its own locale (zh-Hans, zh-Hant-HK, zh-Hant-TW), which a site can
//   replace with --plan-font-zh-*; the Chinese original inside the English UI takes the Simplified stack.
// - --plan-accent-contrast is the text on the accent: the selected stage's label of <plan-timeline>.
// Expected stacks are read from src/styles/tokens.ts (the css text), not retyped.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import '../src/define/plan-outline.js';
import '../src/define/plan-search.js';
import '../src/define/plan-figures.js';
import { hostStyles } from '../src/styles/tokens.js';
import { applyPrintRules } from './helpers/index.js';
import type { PlanArticle } from '../src/elements/plan-article/plan-article.js';
import type { PlanTimeline } from '../src/elements/plan-timeline/plan-timeline.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/** A font-family list as comparable names: no quotes, no spaces after commas. */
const names = (list: string) =>
  list
    .split(',')
    .map((f) => f.trim().replace(/^["']|["']$/g, ''))
    .filter(Boolean);

/** The default stack of a --plan-font-* token, from the shipped css text. */
function defaultStack(token: string): string[] {
  const m = new RegExp(`var\\(${token},([^)]*)\\)`).exec(hostStyles.cssText);
  if (!m) throw new Error(`${token} has no default in tokens.ts`);
  return names(m[1]);
}
const HANS = defaultStack('--plan-font-zh-hans');
const HK = defaultStack('--plan-font-zh-hant-hk');
const TW = defaultStack('--plan-font-zh-hant-tw');

async function ready<T extends Updating>(el: T): Promise<T> {
  await el.updateComplete;
  await el.updateComplete; // an update that waited for a locale pack may be followed by another
  return el;
}
const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
const family = (el: Element) => names(getComputedStyle(el).fontFamily);

const TAGS = [
  html`<plan-timeline></plan-timeline>`,
  html`<plan-target figure="gdp-2025"></plan-target>`,
  html`<plan-article number="35"></plan-article>`,
  html`<plan-outline expanded="8"></plan-outline>`,
  html`<plan-search></plan-search>`,
  html`<plan-figures></plan-figures>`,
];

describe('fonts', () => {
  it('the three CJK stacks differ (regional faces)', () => {
    expect(HANS).to.include('PingFang SC');
    expect(HK).to.include('PingFang HK');
    expect(TW).to.include('PingFang TC');
  });

  it('without --plan-font-family every element inherits the page font exactly, in every locale', async () => {
    for (const lang of ['zh-Hans', 'zh-Hant-HK', 'zh-Hant-TW', 'en']) {
      const box = await fixture<HTMLDivElement>(html`<div lang=${lang} style="font-family: 'Courier New', monospace">${TAGS}</div>`);
      const page = family(box);
      for (const el of box.children) {
        await ready(el as Updating);
        expect(family(el), `${lang} <${el.localName}> host`).to.deep.equal(page);
        expect(family(base(el)), `${lang} <${el.localName}> base`).to.deep.equal(page);
        for (const part of el.shadowRoot!.querySelectorAll('[lang]')) {
          expect(family(part), `${lang} <${el.localName}> ${part.getAttribute('lang')} part`).to.deep.equal(page);
        }
      }
    }
  });

  const WITH_TOKEN = 'font-family: monospace; --plan-font-family: Georgia, "Helvetica Neue"';
  for (const [lang, stack] of [
    ['zh-Hans', HANS],
    ['zh-Hant-HK', HK],
    ['zh-Hant-TW', TW],
    ['en', HANS],
  ] as const) {
    it(`with --plan-font-family: the site's stack, then the ${lang} CJK stack, then sans-serif`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang=${lang} style=${WITH_TOKEN}>${TAGS}</div>`);
      for (const el of box.children) {
        await ready(el as Updating);
        expect(family(base(el)), `<${el.localName}>`).to.deep.equal(['Georgia', 'Helvetica Neue', ...stack, 'sans-serif']);
      }
    });
  }

  it('the Chinese original inside the English UI takes the Simplified stack; Traditional text its own', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style=${WITH_TOKEN}>
      <plan-article lang="en" number="35" show-original></plan-article>
      <plan-article lang="zh-Hant-TW" number="35" show-original></plan-article>
      <plan-article lang="zh-Hant-HK" number="35"></plan-article>
    </div>`);
    const [en, tw, hk] = [...box.children] as PlanArticle[];
    for (const el of [en, tw, hk]) await ready(el);
    const body = (el: PlanArticle) => el.shadowRoot!.querySelector<HTMLElement>('[part~="body"]')!;
    expect(body(en).lang).to.equal('zh-Hans');
    expect(family(body(en))).to.deep.equal(['Georgia', 'Helvetica Neue', ...HANS, 'sans-serif']);
    expect(family(base(tw))).to.deep.equal(['Georgia', 'Helvetica Neue', ...TW, 'sans-serif']);
    expect(family(body(tw))).to.deep.equal(['Georgia', 'Helvetica Neue', ...HANS, 'sans-serif']);
    expect(family(body(hk))).to.deep.equal(['Georgia', 'Helvetica Neue', ...HK, 'sans-serif']);
  });

  it('a site replaces one locale’s stack with --plan-font-zh-hant-hk, the others keep theirs', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="${WITH_TOKEN}; --plan-font-zh-hant-hk: 'Noto Sans HK'">
      <plan-target lang="zh-Hant-HK" figure="gdp-2025"></plan-target>
      <plan-target lang="zh-Hant-TW" figure="gdp-2025"></plan-target>
    </div>`);
    const [hk, tw] = [...box.children] as Updating[];
    await ready(hk);
    await ready(tw);
    expect(family(base(hk))).to.deep.equal(['Georgia', 'Helvetica Neue', 'Noto Sans HK', 'sans-serif']);
    expect(family(base(tw))).to.deep.equal(['Georgia', 'Helvetica Neue', ...TW, 'sans-serif']);
  });
});

describe('--plan-accent-contrast: the selected stage’s label', () => {
  const colour = (el: Element, prop: 'color' | 'backgroundColor') => getComputedStyle(el)[prop];
  const label = (el: PlanTimeline, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-stage="${id}"] .stage-label`)!;

  it('is text in --plan-accent-contrast on the accent; other labels have no background', async () => {
    const el = await ready(
      await fixture<PlanTimeline>(
        html`<plan-timeline style="--plan-accent: rgb(0, 64, 128); --plan-accent-contrast: rgb(255, 255, 0)"></plan-timeline>`,
      ),
    );
    const selected = el.shadowRoot!.querySelector<HTMLElement>('.stage.selected')!.dataset.stage!;
    expect(colour(label(el, selected), 'backgroundColor')).to.equal('rgb(0, 64, 128)');
    expect(colour(label(el, selected), 'color')).to.equal('rgb(255, 255, 0)');
    const other = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.stage:not(.selected)')][0].dataset.stage!;
    expect(colour(label(el, other), 'backgroundColor')).to.equal('rgba(0, 0, 0, 0)');
  });

  it('defaults meet AA in light and dark (axe, colour contrast on)', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await ready(await fixture<PlanTimeline>(html`<plan-timeline theme=${theme}></plan-timeline>`));
      await expect(el).to.be.accessible();
    }
  });

  for (const width of ['48rem', '18rem'])
    it(`selecting a stage moves no label text (the pill’s padding is cancelled by its margins), ${width} wide`, async () => {
      const el = await ready(await fixture<PlanTimeline>(html`<plan-timeline style="width: ${width}"></plan-timeline>`));
      const ids = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.stage')].map((b) => b.dataset.stage!);
      const text = (id: string) => {
        const range = document.createRange();
        range.selectNodeContents(label(el, id));
        const r = range.getBoundingClientRect();
        return [r.left, r.top].map(Math.round);
      };
      const before = ids.map(text);
      el.selected = ids.find((id) => !el.shadowRoot!.querySelector(`[data-stage="${id}"].selected`)) as PlanTimeline['selected'];
      await el.updateComplete;
      expect(ids.map(text)).to.deep.equal(before);
      // and the label's text lines up with the headline's: same start, or same centre where the stages are centred
      const box = (node: Element) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return range.getBoundingClientRect();
      };
      for (const id of ids) {
        const button = el.shadowRoot!.querySelector<HTMLElement>(`.stage[data-stage="${id}"]`)!;
        const [l, h] = [box(label(el, id)), box(button.querySelector('.stage-headline')!)];
        const centred = getComputedStyle(button).textAlign === 'center';
        const offset = centred ? l.left + l.width / 2 - (h.left + h.width / 2) : l.left - h.left;
        expect(Math.abs(offset), `${id} (${centred ? 'centred' : 'start'})`).to.be.below(1.5);
      }
    });

  it('prints as plain text: no accent background, text colour', async () => {
    // the print rules applied unconditionally (media emulation is Chromium-only, see test/theme.test.ts)
    const el = await ready(await fixture<PlanTimeline>(html`<plan-timeline theme="dark"></plan-timeline>`));
    applyPrintRules(el);
    const root = el.shadowRoot!;
    const selected = root.querySelector<HTMLElement>('.stage.selected .stage-label')!;
    expect(colour(selected, 'backgroundColor')).to.equal('rgba(0, 0, 0, 0)');
    expect(colour(selected, 'color')).to.equal('rgb(0, 0, 0)');
  });
});
