// Issue #12, point 2: the theme follows the host page (its `color-scheme`, or the page switch
// `data-plan-theme`), never the reader's OS alone; `theme` on the element wins; print is black on white.
// Every test runs for the three elements.
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define/plan-article.js';
import '../src/define/plan-target.js';
import '../src/define/plan-timeline.js';
import { applyPrintRules, rules, warningsOfEachTest } from './helpers/index.js';

const ELEMENTS = [
  { tag: 'plan-timeline', attrs: '' },
  { tag: 'plan-target', attrs: 'figure="gdp-2025"' },
  { tag: 'plan-article', attrs: 'number="35"' },
];

// Default text and surface colours of each scheme (src/styles/tokens.ts): following the page, the surface is
// transparent in both (the page's background shows through, issue 18 §4); a scheme forced by `theme` brings its
// own opaque surface, since the page behind it may be the other scheme's. Print is #000 on #fff.
const LIGHT = { text: 'rgb(27, 27, 31)', surface: 'rgba(0, 0, 0, 0)' };
const DARK = { text: 'rgb(236, 231, 230)', surface: 'rgba(0, 0, 0, 0)' };
const FORCED_LIGHT = { ...LIGHT, surface: 'rgb(255, 255, 255)' };
const FORCED_DARK = { ...DARK, surface: 'rgb(28, 27, 29)' };

/**
 * Only Chromium can emulate media here: the emulate-media command needs CDP (puppeteer's Firefox speaks WebDriver
 * BiDi and rejects it with "CDP support is required"; WebKitGTK runs over classic WebDriver, which has no
 * emulation). Tests that need the reader's OS in dark, or real print media, are skipped in the other two with
 * this reason; the cascade itself is tested in all three (the print rules applied unconditionally, and the page's
 * `color-scheme: dark`, which is what `light dark` becomes when the OS is dark).
 */
const CAN_EMULATE = /Chrome\//.test(navigator.userAgent);
const NO_EMULATION = 'emulate-media needs CDP: Chromium only (Firefox over BiDi and WebKitGTK over WebDriver cannot)';

/** Skips the current test where media cannot be emulated (saying why, once per engine). */
let told = false;
function needsEmulation(ctx: Mocha.Context): void {
  if (CAN_EMULATE) return;
  if (!told) console.log(`tests that emulate media are skipped in this engine: ${NO_EMULATION}`);
  told = true;
  ctx.skip();
}

const warnings = warningsOfEachTest();
const html = document.documentElement;
afterEach(async () => {
  html.style.colorScheme = '';
  html.removeAttribute('data-plan-theme');
  // '' clears the emulated preference (puppeteer); the type only lists the values to emulate
  if (CAN_EMULATE) await emulateMedia({ colorScheme: '' as 'light', media: 'screen' });
});

const make = async (tag: string, attrs: string, extra = '') => {
  const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(`<${tag} ${attrs} ${extra}></${tag}>`);
  await el.updateComplete;
  return el;
};

/** The colours the reader sees: text and background of the `base` part (the host's own colour must agree). */
function colours(el: HTMLElement): { text: string; surface: string } {
  const base = getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!);
  expect(getComputedStyle(el).color, 'host and base text colour').to.equal(base.color);
  return { text: base.color, surface: base.backgroundColor };
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

it('light-dark() is supported by this engine (the tokens rely on it)', () => {
  expect(CSS.supports('color', 'light-dark(#000, #fff)')).to.equal(true);
});

for (const { tag, attrs } of ELEMENTS) {
  describe(`<${tag}> theme`, () => {
    it('has no prefers-color-scheme rule: the OS reaches it only through the page’s color-scheme', async () => {
      const el = await make(tag, attrs);
      const os = rules(el).filter((r) => r instanceof CSSMediaRule && r.media.mediaText.includes('prefers-color-scheme'));
      expect(os.map((r) => r.cssText.slice(0, 80))).to.deep.equal([]);
    });

    it('is light on a page that has not opted into dark, whatever the OS says', async function () {
      needsEmulation(this);
      await emulateMedia({ colorScheme: 'dark' });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      const el = await make(tag, attrs);
      expect(colours(el)).to.deep.equal(LIGHT);
    });

    it('follows the OS on a page that declares color-scheme: light dark', async function () {
      needsEmulation(this);
      html.style.colorScheme = 'light dark';
      const el = await make(tag, attrs);
      expect(colours(el), 'OS light').to.deep.equal(LIGHT);
      await emulateMedia({ colorScheme: 'dark' });
      expect(colours(el), 'OS dark').to.deep.equal(DARK);
    });

    it('is dark on a page whose color-scheme is dark, and light again when the page switches back', async () => {
      html.style.colorScheme = 'dark';
      const el = await make(tag, attrs);
      expect(colours(el)).to.deep.equal(DARK);
      html.style.colorScheme = 'light';
      expect(colours(el)).to.deep.equal(LIGHT);
    });

    it('follows the page switch <html data-plan-theme>, set before or after it renders', async () => {
      html.setAttribute('data-plan-theme', 'dark');
      const el = await make(tag, attrs);
      expect(colours(el), 'dark before').to.deep.equal(DARK);
      html.setAttribute('data-plan-theme', 'light');
      html.style.colorScheme = 'dark'; // the switch beats the page's color-scheme
      await nextFrame();
      expect(colours(el), 'light').to.deep.equal(LIGHT);
      html.removeAttribute('data-plan-theme');
      await nextFrame();
      expect(colours(el), 'removed: the page’s color-scheme again').to.deep.equal(DARK);
      html.style.colorScheme = '';
      html.setAttribute('data-plan-theme', 'dark');
      await nextFrame();
      expect(colours(el), 'dark after').to.deep.equal(DARK);
      expect(warnings).to.deep.equal([]);
    });

    it('takes the nearest data-plan-theme (a dark section of a light page), also through a move', async () => {
      const page = await fixture<HTMLDivElement>('<div><section data-plan-theme="dark"></section><section></section></div>');
      const [dark, plain] = page.querySelectorAll('section');
      html.setAttribute('data-plan-theme', 'light');
      dark.insertAdjacentHTML('beforeend', `<${tag} ${attrs}></${tag}>`);
      const el = dark.lastElementChild as HTMLElement & { updateComplete: Promise<boolean> };
      await el.updateComplete;
      expect(colours(el), 'in the dark section').to.deep.equal(DARK);
      plain.append(el);
      await el.updateComplete;
      expect(colours(el), 'moved out').to.deep.equal(LIGHT);
    });

    it('lets theme on the element beat the page switch and the page’s color-scheme', async () => {
      html.setAttribute('data-plan-theme', 'dark');
      html.style.colorScheme = 'dark';
      const light = await make(tag, attrs, 'theme="light"');
      expect(colours(light), 'theme=light on a dark page').to.deep.equal(FORCED_LIGHT);
      html.setAttribute('data-plan-theme', 'light');
      html.style.colorScheme = 'light';
      const dark = await make(tag, attrs, 'theme="dark"');
      expect(colours(dark), 'theme=dark on a light page').to.deep.equal(FORCED_DARK);
      dark.removeAttribute('theme');
      await dark.updateComplete;
      expect(colours(dark), 'theme removed: the page again').to.deep.equal(LIGHT);
      expect(warnings).to.deep.equal([]);
    });

    it('ignores an unknown theme (the page decides) and warns once naming light, dark', async () => {
      html.style.colorScheme = 'dark';
      const el = await make(tag, attrs, 'theme="sepia"');
      expect(colours(el)).to.deep.equal(DARK);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('theme="sepia"').and.contain('light, dark');
    });

    it('ignores an unknown page switch value (the page’s color-scheme decides) and warns once', async () => {
      html.style.colorScheme = 'dark';
      for (const bad of ['night', 'constructor', '<b>x</b>']) {
        html.setAttribute('data-plan-theme', bad);
        const el = await make(tag, attrs);
        expect(colours(el), bad).to.deep.equal(DARK);
        expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      }
      expect(warnings).to.have.length(3);
      expect(warnings[0]).to.contain('data-plan-theme="night"').and.contain('light, dark');
    });

    it('lets host tokens give both schemes with light-dark()', async () => {
      html.style.colorScheme = 'dark';
      const el = await make(tag, attrs, 'style="--plan-text: light-dark(rgb(1, 2, 3), rgb(4, 5, 6))"');
      expect(getComputedStyle(el).color).to.equal('rgb(4, 5, 6)');
      el.setAttribute('theme', 'light');
      await el.updateComplete;
      expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
    });

    it('prints black on white: the print rules beat theme="dark", the page switch and dark host tokens', async () => {
      html.setAttribute('data-plan-theme', 'dark');
      html.style.colorScheme = 'dark';
      const el = await make(tag, attrs, 'theme="dark" style="--plan-text: #eee; --plan-surface: #111"');
      expect(colours(el).text, 'on screen: the host token').to.equal('rgb(238, 238, 238)');
      applyPrintRules(el);
      const { text, surface } = colours(el);
      expect(text).to.equal('rgb(0, 0, 0)');
      expect(surface).to.be.oneOf(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']);
      expect(getComputedStyle(el).colorScheme).to.equal('light');
    });

    it('prints black on white when the page is printed (emulated print, OS dark, theme="dark")', async function () {
      needsEmulation(this);
      html.style.colorScheme = 'light dark';
      const el = await make(tag, attrs, 'theme="dark"');
      await emulateMedia({ colorScheme: 'dark', media: 'print' });
      expect(matchMedia('print').matches).to.equal(true);
      const { text, surface } = colours(el);
      expect(text).to.equal('rgb(0, 0, 0)');
      expect(surface).to.be.oneOf(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']);
    });
  });
}

// Issue 18 §4: in a dark page (Bootstrap's `data-bs-theme="dark"`: color-scheme dark on rgb(33, 37, 41)) the widgets
// paint no box of their own: host and base are transparent, and their text reads against the page's background.
describe('surfaces in a Bootstrap dark page', () => {
  const PAGE = [33, 37, 41];
  const channels = (c: string) =>
    (/rgba?\(([^)]+)\)/.exec(c)?.[1] ?? '')
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (a: number[], b: number[]) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const SWITCHES = [
    { how: 'the page’s color-scheme', page: 'style="color-scheme: dark"' },
    { how: 'the page switch', page: 'data-plan-theme="dark"' },
  ];
  for (const { tag, attrs } of ELEMENTS) {
    for (const { how, page } of SWITCHES) {
      it(`<${tag}>, dark by ${how}: transparent host and base, text ≥ 4.5:1 against the page`, async () => {
        const box = await fixture<HTMLDivElement>(
          `<div data-bs-theme="dark" ${page}><div style="background-color: rgb(33, 37, 41); color: rgb(222, 226, 230)">` +
            `<${tag} ${attrs}></${tag}></div></div>`,
        );
        const el = box.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(tag)!;
        await el.updateComplete;
        await nextFrame();
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        expect(getComputedStyle(el).backgroundColor, 'host background').to.equal('rgba(0, 0, 0, 0)');
        expect(getComputedStyle(base).backgroundColor, 'base background').to.equal('rgba(0, 0, 0, 0)');
        const text = getComputedStyle(base).color;
        expect(text, 'the dark scheme’s text').to.equal(DARK.text);
        expect(contrast(channels(text), PAGE), `text ${text} on the page`).to.be.at.least(4.5);
        const credit = el.shadowRoot!.querySelector('[part~="credit"]')!;
        const muted = getComputedStyle(credit).color;
        expect(contrast(channels(muted), PAGE), `credit ${muted} on the page`).to.be.at.least(4.5);
      });
    }

    it(`<${tag}>: a host's --plan-surface still paints an opaque surface`, async () => {
      html.style.colorScheme = 'dark';
      const el = await make(tag, attrs, 'style="--plan-surface: rgb(1, 2, 3)"');
      expect(colours(el)).to.deep.equal({ ...DARK, surface: 'rgb(1, 2, 3)' });
    });
  }
});
