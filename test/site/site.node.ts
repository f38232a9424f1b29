/**
 * Demo site check (issue #9): runs `npm run build:site` (scripts/build-site.mjs; after `npm run build`, which it
 * runs first if dist/ is missing), serves site-dist/ with the site's CSP (`default-src 'self'; script-src 'self';
 * style-src 'self'`, scripts/serve-site.mjs) and checks in headless Chromium (puppeteer-core from
 * @web/test-runner-chrome; CHROME_PATH, default /usr/bin/chromium) that
 * - every page loads with nothing in the console (errors, warnings, CSP violations), no page error, no failed
 *   request and no request outside the server's origin;
 * - every plan-* element renders (a shadow root with content): the timeline's svg, gdp-2025's value, article 35's lead;
 * - the configurator: choosing plan-article (keyboard: Tab to the select, arrow keys) shows a control per manifest
 *   attribute; typing 35 into `number` updates the preview and all three snippets; a value with `"<>&` comes out
 *   escaped in the snippets (and as the raw value on the preview element); Space toggles a checkbox and presses a
 *   copy button, whose confirmation appears in the polite live region; focus is visible;
 * - axe-core (from node_modules, evaluated through DevTools so the page's CSP stays on) finds no violations on any
 *   page, the configurator checked again after it has been operated.
 * Run alone with `npm run test:site`. Exits non-zero on failure.
 */
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../../scripts/build-site.mjs';
import { serveSite } from '../../scripts/serve-site.mjs';
import { expectedTexts, launchChromium, report, type Browser } from '../helpers/node.js';
import en8 from '../../src/generated/en/chapters/chapter-08.js';

type Page = Awaited<ReturnType<Browser['newPage']>>;

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const started = performance.now();
const { gdpValue, lead35 } = expectedTexts();
// the English pages (news, configurator: <html lang="en">) show the English edition (generated from translations/en/)
const lead35en = en8.articles.find((a) => a.number === 35)!.lead;
const failures: string[] = [];
const rows: string[] = [];
const fail = (what: string) => failures.push(what);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

if (!existsSync(join(root, 'dist/cdn/plan-widgets.js')) || !existsSync(join(root, 'dist/embed/embed.js'))) {
  console.log('site: dist/ is missing, running npm run build first');
  execSync('npm run build', { stdio: 'inherit' });
}
await buildSite();
const built = performance.now();

const server = await serveSite(join(root, 'site-dist'));
const { origin } = server;
let browser: Browser | undefined;

/** Opens a page with listeners that turn console output, CSP violations and foreign requests into failures. */
async function open(path: string): Promise<{ tab: Page; problems: string[] }> {
  assert.ok(browser);
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1100, height: 900 });
  const problems: string[] = [];
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  tab.on('request', (r) => {
    if (!r.url().startsWith(`${origin}/`)) problems.push(`request outside the origin: ${r.url()}`);
  });
  tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  tab.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await tab.evaluateOnNewDocument(`
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));
  `);
  await tab.goto(`${origin}/${path}`, { waitUntil: 'load' });
  return { tab, problems };
}

/** Waits until every plan-* element has a shadow root with content; returns what did not render. */
const rendered = (tab: Page) =>
  tab.evaluate(`(async () => {
    const els = () => [...document.querySelectorAll('plan-timeline, plan-target, plan-article')];
    const ok = (el) => (el.shadowRoot?.textContent ?? '').trim().length > 0;
    const end = Date.now() + 10000;
    while (!els().every(ok) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 200));
    return { count: els().length, missing: els().filter((el) => !ok(el)).map((el) => el.outerHTML.slice(0, 80)) };
  })()`) as Promise<{ count: number; missing: string[] }>;

const shadowText = (tab: Page, selector: string) =>
  tab.evaluate((s) => (document.querySelector(s)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ''), selector);

async function axe(tab: Page, label: string): Promise<void> {
  await tab.evaluate(axeSource); // through DevTools: not subject to the page's CSP
  const violations = (await tab.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))`)) as string[];
  for (const v of violations) fail(`${label}: axe ${v}`);
}

async function finish(tab: Page, problems: string[], label: string): Promise<void> {
  const csp = (await tab.evaluate('window.__csp')) as string[];
  for (const c of csp) fail(`${label}: CSP violation ${c}`);
  for (const p of problems) fail(`${label}: ${p}`);
  await tab.close();
}

try {
  browser = await launchChromium();
  await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);

  // 1. Static pages: load, render, no console output, no foreign requests, no axe violations.
  for (const [path, checks] of [
    ['index.html', []],
    [
      'news.html',
      [
        ['plan-target[figure="gdp-2025"]', gdpValue],
        ['plan-article[number="35"]', lead35en],
      ],
    ],
    ['portal.html', [['#article-35', lead35]]],
  ] as const) {
    const { tab, problems } = await open(path);
    const r = await rendered(tab);
    for (const m of r.missing) fail(`${path}: not rendered: ${m}`);
    // server-rendered by build:site (declarative shadow DOM for every element), then hydrated by the autoloader
    const templates = (readFileSync(join(root, 'site-dist', path), 'utf8').match(/<template shadowroot/g) ?? []).length;
    if (templates !== r.count) fail(`${path}: ${templates} of ${r.count} elements are server-rendered`);
    for (const [selector, needle] of checks)
      if (!(await shadowText(tab, selector)).includes(needle.replace(/\s+/g, ''))) fail(`${path}: ${selector} does not show ${needle}`);
    if (path !== 'index.html' && !(await tab.evaluate(`!!document.querySelector('plan-timeline')?.shadowRoot?.querySelector('svg')`)))
      fail(`${path}: plan-timeline has no svg`);
    if (path === 'portal.html') {
      // permalink: #article-35 leads to the element
      await tab.goto(`${origin}/portal.html#article-35`, { waitUntil: 'load' });
      await rendered(tab);
      const id = await tab.evaluate(`document.querySelector(':target')?.localName + '#' + document.querySelector(':target')?.id`);
      if (id !== 'plan-article#article-35') fail(`portal.html#article-35: :target is ${String(id)}`);
    }
    await axe(tab, path);
    rows.push(`site: ${path} renders ${r.count} element(s)`);
    await finish(tab, problems, path);
  }

  // 2. The configurator, with the keyboard only.
  const { tab, problems } = await open('configurator.html');
  const active = () => tab.evaluate(`document.activeElement?.id || document.activeElement?.localName`) as Promise<string>;
  const tabTo = async (id: string, key: 'Tab' | 'Shift+Tab' = 'Tab') => {
    for (let i = 0; i < 40 && (await active()) !== id; i++) {
      if (key === 'Tab') await tab.keyboard.press('Tab');
      else {
        await tab.keyboard.down('Shift');
        await tab.keyboard.press('Tab');
        await tab.keyboard.up('Shift');
      }
    }
    if ((await active()) !== id) throw new Error(`keyboard: could not Tab to #${id}`);
  };
  const snippetsNow = () =>
    tab.evaluate(`({
      cdn: document.getElementById('snippet-cdn')?.textContent ?? '',
      npm: document.getElementById('snippet-npm')?.textContent ?? '',
      iframe: document.getElementById('snippet-iframe')?.textContent ?? '',
      markup: [...document.querySelectorAll('#snippets pre')].some((p) => p.querySelector('*:not(code)')),
    })`) as Promise<{ cdn: string; npm: string; iframe: string; markup: boolean }>;
  const controlIds = () =>
    tab.evaluate(`[...document.querySelectorAll('#attributes [id^="attr-"]:is(input, select)')].map((e) => e.id)`) as Promise<string[]>;
  const manifestAttrs = (tag: string) =>
    (
      JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
        modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
      }
    ).modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === tag)
      ?.attributes?.map((a) => `attr-${a.name}`) ?? [];
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  await tab.waitForSelector('#attr-number', { timeout: 5000 });
  await rendered(tab);
  await tabTo('element');
  // arrows change the element: down to the next one in the list (its attributes), up again to plan-article
  const next = await tab.$eval('#element', (e): string => {
    const select = e as HTMLSelectElement;
    return select.options[select.selectedIndex + 1]?.value ?? '';
  });
  await tab.keyboard.press('ArrowDown');
  await wait(100);
  if (!next || (await tab.$eval('#element', (e) => (e as HTMLSelectElement).value)) !== next)
    fail(`configurator: ArrowDown did not choose the next element (${next})`);
  if (JSON.stringify(await controlIds()) !== JSON.stringify(manifestAttrs(next)))
    fail(`configurator: ${next} controls ${JSON.stringify(await controlIds())} ≠ manifest ${JSON.stringify(manifestAttrs(next))}`);
  await tab.keyboard.press('ArrowUp');
  await wait(100);
  const ids = await controlIds();
  if (JSON.stringify(ids) !== JSON.stringify(manifestAttrs('plan-article')))
    fail(`configurator: plan-article controls ${JSON.stringify(ids)} ≠ manifest ${JSON.stringify(manifestAttrs('plan-article'))}`);
  // every control has a visible label and its help text
  const unlabelled = (await tab.evaluate(`[...document.querySelectorAll('#attributes input, #attributes select')].filter((e) =>
    !(e.labels?.[0]?.offsetWidth > 0) || !document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent?.trim()).map((e) => e.id)`)) as string[];
  if (unlabelled.length) fail(`configurator: controls without a visible label or help text: ${unlabelled.join(', ')}`);
  const kinds = (await tab.evaluate(`({
    citation: document.getElementById('attr-citation-style')?.localName,
    excerpt: document.getElementById('attr-excerpt')?.type,
    number: document.getElementById('attr-number')?.type,
  })`)) as Record<string, string>;
  if (kinds.citation !== 'select' || kinds.excerpt !== 'checkbox' || kinds.number !== 'text')
    fail(`configurator: control kinds from the manifest types: ${JSON.stringify(kinds)}`);

  // number = 35 (keyboard: Tab, select all, type)
  await tabTo('attr-number');
  const outline = await tab.evaluate(`getComputedStyle(document.activeElement).outlineStyle`);
  if (outline === 'none') fail('configurator: the focused input has no visible outline');
  await tab.keyboard.down('Control');
  await tab.keyboard.press('KeyA');
  await tab.keyboard.up('Control');
  await tab.keyboard.type('35');
  await wait(100);
  let s = await snippetsNow();
  if (!s.cdn.includes('<plan-article number="35"></plan-article>') || !s.cdn.includes('/cdn/plan-widgets.js"></script>'))
    fail(`configurator: CDN snippet after number=35: ${s.cdn}`);
  if (
    !s.npm.includes("import 'shenzhen-plan-widgets/define/plan-article.js';") ||
    !s.npm.includes('<plan-article number="35"></plan-article>')
  )
    fail(`configurator: npm snippet after number=35: ${s.npm}`);
  if (
    !s.iframe.includes('embed/index.html?el=plan-article&amp;number=35"') ||
    !s.iframe.includes('data-plan-embed') ||
    !s.iframe.includes('/embed/embed.js"></script>')
  )
    fail(`configurator: iframe snippet after number=35: ${s.iframe}`);
  if (
    !(await tab.evaluate(`(async () => {
    const end = Date.now() + 8000;
    const ok = () => document.querySelector('#preview plan-article')?.getAttribute('number') === '35' &&
      (document.querySelector('#preview plan-article')?.shadowRoot?.textContent ?? '').replace(/\\s+/g, '').includes(${JSON.stringify(lead35en.replace(/\s+/g, ''))});
    while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    return ok();
  })()`))
  )
    fail('configurator: the preview does not show article 35');

  // the iframe's height is the element's at 375 px as the embed page lays it out: measured there, in a 375 px tab
  const snippetHeight = async () => Number(/height="(\d+)"/.exec((await snippetsNow()).iframe)?.[1] ?? 0);
  let frame = 0;
  for (let i = 0, previous = -1; i < 50; i++, await wait(100)) {
    frame = await snippetHeight();
    if (frame === previous && frame !== 400) break;
    previous = frame;
  }
  const embedTab = await browser.newPage();
  await embedTab.setViewport({ width: 375, height: 800 });
  await embedTab.goto(`${origin}/embed/index.html?el=plan-article&number=35`, { waitUntil: 'load' });
  const embedHeight = (await embedTab.evaluate(`(async () => {
    const end = Date.now() + 8000;
    const ready = () => { const r = document.querySelector('plan-article')?.shadowRoot;
      return !!r && (r.textContent ?? '').length > 100 && !r.querySelector('[aria-busy="true"]'); };
    while (!ready() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    await document.fonts.ready;
    return document.body.getBoundingClientRect().height;
  })()`)) as number;
  await embedTab.close();
  // rounded up to 10 px: at most 10 px taller than the content, never shorter
  if (!(frame >= embedHeight && frame - embedHeight < 10))
    fail(`configurator: iframe height="${frame}" for article 35, the embed page at 375 px is ${embedHeight.toFixed(1)} px`);
  rows.push(`site: configurator: iframe height="${frame}" for article 35 (embed page at 375 px: ${embedHeight.toFixed(1)} px)`);

  // the image: the command, and download links the site server draws (scripts/serve-site.mjs) as PNG and SVG
  await tab.select('#image-preset', 'wechat');
  await wait(100);
  const image = (await tab.evaluate(`({
    command: document.getElementById('snippet-image')?.textContent ?? '',
    png: document.getElementById('image-png')?.href ?? '', svg: document.getElementById('image-svg')?.href ?? '',
    shown: !document.getElementById('image-links')?.hidden, download: document.getElementById('image-png')?.download,
  })`)) as { command: string; png: string; svg: string; shown: boolean; download: string };
  if (
    image.command !== `npx shenzhen-plan-widgets image '<plan-article number="35"></plan-article>' --out plan-article.png --preset wechat`
  )
    fail(`configurator: image command ${JSON.stringify(image.command)}`);
  if (!image.shown || image.download !== 'plan-article.png') fail(`configurator: download links ${JSON.stringify(image)}`);
  const png = Buffer.from(await (await fetch(image.png)).arrayBuffer());
  // a PNG's signature, then IHDR's width: 677 px for the WeChat preset
  if (png.subarray(1, 4).toString() !== 'PNG' || png.readUInt32BE(16) !== 677 || png.length < 20_000)
    fail(`configurator: the PNG link gave ${png.length} bytes, width ${png.length > 20 ? png.readUInt32BE(16) : '?'}`);
  const svgText = await (await fetch(image.svg)).text();
  if (!/^<svg[^>]*width="677"/.test(svgText)) fail(`configurator: the SVG link gave ${JSON.stringify(svgText.slice(0, 80))}`);
  rows.push(
    `site: configurator: PNG ${Math.round(png.length / 1024)} kB and SVG ${Math.round(svgText.length / 1024)} kB downloads (WeChat, 677 px)`,
  );

  // a value with "<>& in highlight: escaped in the snippets, raw on the preview element, no markup anywhere
  const nasty = '数字"<b>&x';
  await tabTo('attr-highlight');
  await tab.keyboard.type(nasty);
  await wait(100);
  s = await snippetsNow();
  const escaped = 'highlight="数字&quot;&lt;b&gt;&amp;x"';
  if (!s.cdn.includes(escaped) || !s.npm.includes(escaped))
    fail(`configurator: highlight not escaped in the tag snippets: ${s.cdn} | ${s.npm}`);
  if (s.cdn.includes('<b>') || s.npm.includes('<b>') || s.iframe.includes('<b>') || s.iframe.includes('"<'))
    fail('configurator: raw "<> in a snippet');
  const encoded = new URLSearchParams({ highlight: nasty }).toString().replace(/&/g, '&amp;');
  if (!s.iframe.includes(encoded)) fail(`configurator: iframe src does not carry the encoded value (${encoded}): ${s.iframe}`);
  if (s.markup) fail('configurator: a snippet contains elements');
  if ((await tab.$eval('#preview plan-article', (e) => e.getAttribute('highlight'))) !== nasty)
    fail('configurator: the preview element does not have the raw highlight value');

  // Space toggles the excerpt checkbox; arrows choose a citation style
  await tabTo('attr-excerpt');
  await tab.keyboard.press('Space');
  await wait(100);
  s = await snippetsNow();
  if (!s.cdn.includes(' excerpt') || !(await tab.$eval('#preview plan-article', (e) => e.hasAttribute('excerpt'))))
    fail(`configurator: Space on excerpt did not set it: ${s.cdn}`);
  await tabTo('attr-citation-style');
  await tab.keyboard.press('ArrowDown');
  await wait(100);
  s = await snippetsNow();
  const style = await tab.$eval('#preview plan-article', (e) => e.getAttribute('citation-style'));
  if (!style || !s.cdn.includes(`citation-style="${style}"`))
    fail(`configurator: ArrowDown on citation-style: ${String(style)} / ${s.cdn}`);

  // a copy button, with Space: the clipboard gets the snippet, the live region says so
  for (let i = 0; i < 60 && (await tab.evaluate(`document.activeElement?.dataset?.copy ?? ''`)) !== 'cdn'; i++)
    await tab.keyboard.press('Tab');
  if ((await tab.evaluate(`document.activeElement?.dataset?.copy ?? ''`)) !== 'cdn')
    fail('configurator: could not Tab to the CDN copy button');
  await tab.keyboard.press('Space');
  await wait(300);
  const live = (await tab.evaluate(
    `(() => { const r = document.getElementById('copy-status'); return { text: r.textContent, live: r.getAttribute('aria-live'), role: r.getAttribute('role') }; })()`,
  )) as Record<string, string>;
  if (!/^Copied/.test(live.text) || live.live !== 'polite' || live.role !== 'status')
    fail(`configurator: copy confirmation ${JSON.stringify(live)}`);
  const clip = (await tab.evaluate(`navigator.clipboard.readText().catch((e) => 'unreadable: ' + e)`)) as string;
  s = await snippetsNow();
  if (clip !== s.cdn) fail(`configurator: clipboard has ${JSON.stringify(clip.slice(0, 120))}, expected the CDN snippet`);

  await axe(tab, 'configurator.html');
  rows.push(`site: configurator.html: ${ids.length} plan-article controls; snippets: ${JSON.stringify(s.cdn.split('\n')[1])}`);
  await finish(tab, problems, 'configurator.html');
} finally {
  await browser?.close();
  await server.close();
}

rows.push(`site: build ${((built - started) / 1000).toFixed(1)} s, Chromium ${((performance.now() - built) / 1000).toFixed(1)} s`);
report('site', 'with the demo site', rows, failures);
console.log(
  'site: every page renders under the strict CSP with no console output, foreign requests or axe violations; the configurator works by keyboard',
);
