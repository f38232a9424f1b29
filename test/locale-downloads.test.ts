/**
 * Issue #10: a zh-Hans page downloads no locale pack, no pack loader and no translated text. A file of its own, so
 * its page has loaded nothing of another locale before (test/locale.test.ts loads them all), and it imports only
 * the zh-Hans elements. The resource timing buffer is raised first, so no entry can be dropped unseen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/plan-timeline.js';
import '../src/define/plan-target.js';
import '../src/define/plan-article.js';
import '../src/define/plan-outline.js';

const LOCALE_FILES = /\/i18n\/(packs\/|load\.)|\/generated\/(en|zh-Hant-HK|zh-Hant-TW)\//;

before(() => performance.setResourceTimingBufferSize(10000));

describe('locales: downloads', () => {
  it('a zh-Hans page downloads no locale pack, loader or translated text', async () => {
    const els = [
      await fixture(html`<plan-timeline lang="zh-CN"></plan-timeline>`),
      await fixture(html`<plan-target figure="gdp-2025"></plan-target>`),
      await fixture(html`<plan-article lang="zh" number="1"></plan-article>`),
      await fixture(html`<plan-outline expanded="1"></plan-outline>`),
    ];
    for (const el of els) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const names = performance.getEntriesByType('resource').map((e) => e.name);
    expect(
      names.some((n) => n.includes('/generated/chapters/chapter-01')),
      'the zh-Hans chapter was fetched (the check sees requests)',
    ).to.equal(true);
    expect(names.filter((n) => LOCALE_FILES.test(n))).to.deep.equal([]);
  });

  it('control: an English element in the same page does fetch its pack (what the test above would see)', async () => {
    const el = await fixture(html`<plan-target lang="en" figure="gdp-2025"></plan-target>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const names = performance.getEntriesByType('resource').map((e) => e.name);
    expect(names.filter((n) => LOCALE_FILES.test(n)).length).to.be.above(0);
  });
});
