/**
 * Issue #9 (portal path): every element (the portal elements of issue #11 too) renders under a strict Content-Security-Policy with Trusted Types —
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`:
 * no inline script or style attribute, no `unsafe-inline`, no eval.
 *
 * test/csp/page.html is served with that header (test/wtr/strict-csp.mjs; only pages under /test/csp/ get it) and
 * opened in an iframe. Its first script, test/csp/listen.js (classic, same origin, not inline), records every
 * `securitypolicyviolation` (capture phase) and console error from the start; then a module script renders the
 * three elements in their variants. Asserted: the header really is there, the page has no inline script (the dev
 * server injects none into a plain HTML file), the elements rendered, and there was no violation and no error.
 * Control cases prove, in each engine, that the listener would have seen a violation: an inline `style` attribute set
 * with setAttribute is reported (and not applied), and, where the engine enforces Trusted Types, a string assigned to
 * innerHTML throws and is reported. Trusted Types are feature-detected (`window.trustedTypes`), not assumed per engine:
 * all three engines of this suite enforce them (Chromium 156, Firefox 153 ESR, WebKitGTK 2.50); an engine without them
 * would check the CSP part only, and say so in the log.
 * Without the fix in src/internal/css-props.ts (Lit's `styleMap` writes its first render as a `style` attribute), each
 * <plan-timeline> here produced a `style-src-attr` violation in every engine.
 */
import { expect } from '@open-wc/testing';

/** The policy under test, written out here (not imported from the middleware), so a weakened header fails the test. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

type Violation = { directive: string; blocked: string; sample: string; source: string };
type PageWindow = Window & typeof globalThis & { __ready?: boolean; __violations: Violation[]; __errors: string[]; __second?: string };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

async function openPage(src: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1000px;height:800px;border:0;display:block';
  frame.src = src;
  document.body.append(frame);
  frames.push(frame);
  const win = () => frame.contentWindow as PageWindow | null;
  for (let i = 0; i < 600 && !win()?.__ready; i++) await new Promise((r) => setTimeout(r, 25));
  expect(win()?.__ready, `${src} loaded and its script ran`).to.equal(true);
  return win()!;
}

const waitFor = async (test: () => boolean) => {
  for (let i = 0; i < 100 && !test(); i++) await new Promise((r) => setTimeout(r, 10));
};
const show = (list: unknown[]) => JSON.stringify(list, null, 1);
const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, '') ?? '';

describe('strict CSP and Trusted Types (the portal path)', () => {
  it(`the CSP header is sent with the test page: ${STRICT_CSP}`, async () => {
    const res = await fetch('/test/csp/page.html');
    expect(res.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  it('all three elements, in every variant, render with no CSP violation and no console error (Trusted Types where the engine has them)', async () => {
    const win = await openPage('/test/csp/page.html');
    const doc = win.document;
    // nothing inline in the page itself: a violation could only come from the elements
    expect(doc.querySelectorAll('script:not([src]), style, [style]').length, 'inline scripts or styles in the page').to.equal(0);

    const timelines = [...doc.querySelectorAll('plan-timeline')];
    const targets = [...doc.querySelectorAll('plan-target')];
    const [article, excerpt] = [...doc.querySelectorAll('plan-article')];
    expect(timelines.length).to.equal(3);
    for (const t of timelines) {
      expect(t.shadowRoot!.querySelectorAll('[role="radio"]').length, `stages of ${t.outerHTML}`).to.equal(5);
      expect(t.shadowRoot!.querySelector('svg'), `chart of ${t.outerHTML}`).to.not.equal(null);
    }
    expect(targets.length).to.equal(4);
    for (const t of targets) expect(shadowText(t), t.outerHTML).to.include('超过4万亿元');
    expect(targets.filter((t) => t.shadowRoot!.querySelector('[part~="progress"]')).length, 'targets showing `actual`').to.equal(3);
    expect(article.shadowRoot!.querySelector('mark')?.textContent).to.equal('数字经济');
    expect(article.shadowRoot!.querySelectorAll('[part~="paragraph"]').length).to.be.above(0);
    expect(excerpt.shadowRoot!.querySelector('[part~="excerpt"]'), 'the excerpt').to.not.equal(null);
    // the portal elements (issue #11): the outline's links, the table and the chart, the search's results
    expect(doc.querySelector('plan-outline')!.shadowRoot!.querySelectorAll('a').length).to.equal(73);
    const [table, chart] = [...doc.querySelectorAll('plan-figures')];
    expect(table.shadowRoot!.querySelectorAll('tbody tr').length).to.be.above(30);
    expect(chart.shadowRoot!.querySelector('svg'), 'the figures chart').to.not.equal(null);
    expect(doc.querySelector('plan-search')!.shadowRoot!.querySelectorAll('[role="option"]').length).to.be.above(0);

    expect(win.__violations, `CSP violations:\n${show(win.__violations)}`).to.deep.equal([]);
    expect(win.__errors, `console errors:\n${show(win.__errors)}`).to.deep.equal([]);
  });

  it('control: an inline style attribute in the same page is reported (and not applied), so the listener works', async () => {
    const win = await openPage('/test/csp/page.html');
    const probe = win.document.createElement('p');
    win.document.body.append(probe);
    expect(win.__violations, 'violations before the probe').to.deep.equal([]);
    probe.setAttribute('style', 'color: rgb(255, 0, 0)');
    await waitFor(() => win.__violations.length > 0);
    expect(win.__violations.map((v) => v.directive)).to.deep.equal(['style-src-attr']);
    expect(win.getComputedStyle(probe).color).to.not.equal('rgb(255, 0, 0)');
  });

  const hasTrustedTypes = (win: Window) => 'trustedTypes' in win;

  it('control: a string assigned to innerHTML throws and is reported where Trusted Types are enforced (feature-detected)', async () => {
    const win = await openPage('/test/csp/page.html');
    const probe = win.document.createElement('div');
    win.document.body.append(probe);
    if (!hasTrustedTypes(win)) {
      console.log('this engine has no Trusted Types: the page is checked for CSP only');
      probe.innerHTML = '<b>x</b>';
      expect(probe.querySelector('b')).to.not.equal(null);
      return;
    }
    expect(win.__violations, 'violations before the probe').to.deep.equal([]);
    let thrown: unknown;
    try {
      probe.innerHTML = '<b>x</b>';
    } catch (e) {
      thrown = e;
    }
    expect((thrown as Error | undefined)?.name, 'what assigning a string to innerHTML threw').to.equal('TypeError');
    expect(probe.querySelector('b')).to.equal(null);
    await waitFor(() => win.__violations.length > 0);
    expect(win.__violations.map((v) => v.directive)).to.deep.equal(['require-trusted-types-for']);
  });

  it("two copies of Lit on one page: the second needs `trusted-types lit-html 'allow-duplicates'` where Trusted Types are enforced", async () => {
    const strict = await openPage('/test/csp/two-lits.html');
    const allowed = await openPage('/test/csp/two-lits.html?tt=allow-duplicates');
    expect(shadowText(strict.document.querySelector('plan-target')!), 'the first copy renders').to.include('超过4万亿元');
    expect(allowed.__second, "with 'allow-duplicates'").to.equal('rendered');
    expect(allowed.__violations).to.deep.equal([]);
    if (!hasTrustedTypes(strict)) {
      console.log('this engine has no Trusted Types: a second copy of Lit renders under the strict header too');
      expect(strict.__second).to.equal('rendered');
      return;
    }
    console.log(`without 'allow-duplicates' the second copy: ${strict.__second}; violations ${show(strict.__violations)}`);
    expect(strict.__second).to.match(/^failed: TypeError/);
    expect(strict.__violations.map((v) => v.directive)).to.deep.equal(['trusted-types']);
  });
});
